/**
 * The semantic-memory vector store: records (an id, an embedding, the document it embeds
 * and flat metadata) found again by cosine distance. Storage-agnostic; `ChromaVectorStore.ts`
 * is the Chroma implementation.
 */
import { Context, type Effect } from "effect"
import type { VectorDimensionMismatch, VectorStoreError } from "./VectorStoreError.js"

export declare namespace VectorStore {
  export type Scalar = string | number | boolean
  export type Metadata = { readonly [key: string]: Scalar }
  export type Embedding = ReadonlyArray<number> | Float32Array

  export interface Record {
    readonly id: string
    readonly embedding: Embedding
    readonly document: string
    readonly metadata: Metadata
  }

  /** A record as read back: embeddings come back as plain arrays. */
  export interface StoredRecord {
    readonly id: string
    readonly embedding: ReadonlyArray<number>
    readonly document: string
    readonly metadata: Metadata
  }

  export interface QueryOptions {
    readonly limit: number
    /** Only records whose metadata has every one of these values. */
    readonly where?: Metadata
  }

  export interface Match {
    readonly id: string
    /** Cosine distance: 0 is the same direction, 2 the opposite. */
    readonly distance: number
  }

  export interface PageOptions {
    readonly offset: number
    readonly limit: number
  }

  export type Error = VectorStoreError | VectorDimensionMismatch

  export interface Service {
    /**
     * Inserts or replaces records. Every embedding must have the collection's dimension
     * (the first write sets it); a mismatch fails before anything is written.
     */
    readonly upsert: (records: ReadonlyArray<Record>) => Effect.Effect<void, Error>
    /** The `limit` nearest records, nearest first. */
    readonly query: (
      embedding: Embedding,
      options: QueryOptions,
    ) => Effect.Effect<ReadonlyArray<Match>, Error>
    /** Deletes the records; unknown ids are ignored. */
    readonly remove: (ids: ReadonlyArray<string>) => Effect.Effect<void, VectorStoreError>
    readonly count: () => Effect.Effect<number, VectorStoreError>
    /** Records in a stable storage order, for backups and rebuilds. */
    readonly page: (
      options: PageOptions,
    ) => Effect.Effect<ReadonlyArray<StoredRecord>, VectorStoreError>
    /** Deletes every record and forgets the dimension, so a rebuild may use another model. */
    readonly clear: () => Effect.Effect<void, VectorStoreError>
  }
}

export class VectorStore extends Context.Tag("aico/VectorStore")<
  VectorStore,
  VectorStore.Service
>() {}
