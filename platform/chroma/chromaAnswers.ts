/** What the Chroma server sends back, decoded at the boundary before AICO reads it. */
import { Effect, ParseResult, Schema } from "effect"
import type { VectorStore } from "./VectorStore.js"
import { VectorStoreError, type VectorStoreOperation } from "./VectorStoreError.js"

const Scalar = Schema.Union(Schema.String, Schema.Number, Schema.Boolean)
const Metadata = Schema.Record({ key: Schema.String, value: Scalar })

/** `GET .../collections/{name}`: only the dimension, null until the first write. */
export const CollectionInfo = Schema.Struct({
  dimension: Schema.optionalWith(Schema.NullOr(Schema.Int), { default: () => null }),
})

/** One query embedding's answer (Chroma answers per query embedding; AICO sends one). */
export const QueryAnswer = Schema.Struct({
  ids: Schema.Tuple(Schema.Array(Schema.String)),
  distances: Schema.Tuple(Schema.Array(Schema.Number)),
}).pipe(
  Schema.filter(({ ids, distances }) =>
    ids[0].length === distances[0].length ? undefined : "ids and distances differ in length",
  ),
)

export const PageAnswer = Schema.Struct({
  ids: Schema.Array(Schema.String),
  embeddings: Schema.Array(Schema.Array(Schema.Number)),
  documents: Schema.Array(Schema.NullOr(Schema.String)),
  metadatas: Schema.Array(Schema.NullOr(Metadata)),
}).pipe(
  Schema.filter(({ ids, embeddings, documents, metadatas }) =>
    embeddings.length === ids.length &&
    documents.length === ids.length &&
    metadatas.length === ids.length
      ? undefined
      : "ids, embeddings, documents and metadatas differ in length",
  ),
)

/** The stored metadata of some records, to see which keys an upsert would leave behind. */
export const MetadataAnswer = Schema.Struct({
  ids: Schema.Array(Schema.String),
  metadatas: Schema.Array(Schema.NullOr(Metadata)),
}).pipe(
  Schema.filter(({ ids, metadatas }) =>
    metadatas.length === ids.length ? undefined : "ids and metadatas differ in length",
  ),
)

/** Decodes an answer, failing as a `VectorStoreError` that says what did not fit. */
export const decodeAnswer =
  <A, I>(schema: Schema.Schema<A, I>, operation: VectorStoreOperation) =>
  (answer: unknown): Effect.Effect<A, VectorStoreError> =>
    Schema.decodeUnknown(schema)(answer).pipe(
      Effect.mapError(
        (error) =>
          new VectorStoreError({
            operation,
            reason: `unexpected answer from Chroma: ${ParseResult.TreeFormatter.formatErrorSync(error)}`,
          }),
      ),
    )

export const toRecords = (answer: typeof PageAnswer.Type): Array<VectorStore.StoredRecord> =>
  answer.ids.map((id, i) => ({
    id,
    embedding: answer.embeddings[i] ?? [],
    document: answer.documents[i] ?? "",
    metadata: answer.metadatas[i] ?? {},
  }))

export const toMatches = (answer: typeof QueryAnswer.Type): Array<VectorStore.Match> =>
  answer.ids[0].map((id, i) => ({ id, distance: answer.distances[0][i] ?? Number.NaN }))
