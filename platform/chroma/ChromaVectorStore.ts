/**
 * The vector store on one Chroma collection (cosine space), created on first use. AICO
 * computes embeddings itself, so the collection has no embedding function and every
 * call passes vectors. Large writes go in batches of the server's maximum batch size.
 */
import {
  ChromaClient,
  ChromaNotFoundError,
  type Collection,
  type Metadata,
  type Where,
} from "chromadb"
import { Effect, Layer, Option, SynchronizedRef } from "effect"
import type { Config } from "../../schemas/Config.js"
import {
  CollectionInfo,
  decodeAnswer,
  MetadataAnswer,
  PageAnswer,
  QueryAnswer,
  toMatches,
  toRecords,
} from "./chromaAnswers.js"
import { ChromaServer } from "./ChromaServer.js"
import * as Server from "./ChromaServer.js"
import { checkEmbedding, checkRecords } from "./validateRecords.js"
import { VectorStore } from "./VectorStore.js"
import {
  VectorDimensionMismatch,
  VectorStoreError,
  type VectorStoreOperation,
} from "./VectorStoreError.js"

export interface ChromaVectorStoreOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:8000`. */
  readonly url: string
  readonly collection: string
}

const call = <A>(operation: VectorStoreOperation, run: () => Promise<A>) =>
  Effect.tryPromise({
    try: run,
    catch: (cause) =>
      new VectorStoreError({
        operation,
        reason: cause instanceof Error ? cause.message : String(cause),
        cause,
      }),
  })

const clientFor = (url: string) => {
  const parsed = new URL(url)
  const ssl = parsed.protocol === "https:"
  const port = parsed.port === "" ? (ssl ? 443 : 80) : Number(parsed.port)
  return new ChromaClient({ host: parsed.hostname, port, ssl })
}

/** Chroma allows `$eq` on one key, or an `$and` of several. */
const whereOf = (where: VectorStore.Metadata | undefined): Where | undefined => {
  const clauses = Object.entries(where ?? {}).map(([key, value]) => ({ [key]: { $eq: value } }))
  if (clauses.length === 0) return undefined
  return clauses.length === 1 ? clauses[0] : { $and: clauses }
}

const chunks = <A>(items: ReadonlyArray<A>, size: number): Array<ReadonlyArray<A>> =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )

/** A vector store on the collection; nothing is sent to the server until the first call. */
export const make = (options: ChromaVectorStoreOptions): Effect.Effect<VectorStore.Service> =>
  Effect.gen(function* () {
    const client = clientFor(options.url)
    const name = options.collection
    const handle = yield* SynchronizedRef.make(Option.none<Collection>())
    const maxBatchSize = yield* Effect.cached(
      call("open", () => client.getMaxBatchSize()).pipe(Effect.map((max) => Math.max(1, max))),
    )

    const collection = (operation: VectorStoreOperation) =>
      SynchronizedRef.modifyEffect(handle, (current) =>
        Option.match(current, {
          onSome: (found) => Effect.succeed([found, current] as const),
          onNone: () =>
            call(operation, () =>
              client.getOrCreateCollection({
                name,
                embeddingFunction: null,
                metadata: { "hnsw:space": "cosine" },
              }),
            ).pipe(Effect.map((created) => [created, Option.some(created)] as const)),
        }),
      )

    /** The collection's dimension, null until its first write (the JS client does not expose it). */
    const dimensionOf = (operation: VectorStoreOperation, found: Collection) =>
      call(operation, async () => {
        const path = `/api/v2/tenants/${encodeURIComponent(found.tenant)}/databases/${encodeURIComponent(found.database)}/collections/${encodeURIComponent(name)}`
        const response = await fetch(`${options.url}${path}`)
        if (!response.ok) throw new Error(`reading collection ${name}: HTTP ${response.status}`)
        return (await response.json()) as unknown
      }).pipe(
        Effect.flatMap(decodeAnswer(CollectionInfo, operation)),
        Effect.map((info) => info.dimension),
      )

    /**
     * Chroma's upsert merges metadata: a key the new record lacks keeps its old value, and
     * a null value does not remove it. Records that would keep such a key are deleted
     * first so the upsert replaces them whole; only those records are briefly absent.
     */
    const dropStaleKeys = (found: Collection, batch: ReadonlyArray<VectorStore.Record>) =>
      Effect.gen(function* () {
        const answer = yield* call("upsert", () =>
          found.get({ ids: batch.map((r) => r.id), include: ["metadatas"] }),
        )
        const stored = yield* decodeAnswer(MetadataAnswer, "upsert")(answer)
        const wanted = new Map(batch.map((r) => [r.id, r.metadata]))
        const stale = stored.ids.filter((id, i) =>
          Object.keys(stored.metadatas[i] ?? {}).some((key) => !(key in (wanted.get(id) ?? {}))),
        )
        if (stale.length > 0) yield* call("upsert", () => found.delete({ ids: stale }))
      })

    const upsert: VectorStore.Service["upsert"] = (records) =>
      Effect.gen(function* () {
        if (records.length === 0) return
        const { embeddings, dimension } = yield* checkRecords(records)
        const found = yield* collection("upsert")
        const expected = yield* dimensionOf("upsert", found)
        if (expected !== null && expected !== dimension) {
          return yield* new VectorDimensionMismatch({
            operation: "upsert",
            expected,
            actual: dimension,
          })
        }
        const indices = records.map((_, i) => i)
        for (const batch of chunks(indices, yield* maxBatchSize)) {
          yield* dropStaleKeys(
            found,
            batch.map((i) => records[i]!),
          )
          yield* call("upsert", () =>
            found.upsert({
              ids: batch.map((i) => records[i]!.id),
              embeddings: batch.map((i) => embeddings[i]!),
              documents: batch.map((i) => records[i]!.document),
              // Chroma refuses an empty metadata object; null stores none.
              metadatas: batch.map((i) => {
                const metadata = records[i]!.metadata
                return Object.keys(metadata).length === 0 ? null : { ...metadata }
              }) as Array<Metadata>,
            }),
          )
        }
      })

    const query: VectorStore.Service["query"] = (embedding, { limit, where }) =>
      Effect.gen(function* () {
        const vector = yield* checkEmbedding("query", embedding)
        if (limit <= 0) return []
        const found = yield* collection("query")
        const expected = yield* dimensionOf("query", found)
        if (expected === null) return []
        if (expected !== vector.length) {
          return yield* new VectorDimensionMismatch({
            operation: "query",
            expected,
            actual: vector.length,
          })
        }
        const filter = whereOf(where)
        const answer = yield* call("query", () =>
          found.query({
            queryEmbeddings: [vector],
            nResults: limit,
            include: ["distances"],
            ...(filter === undefined ? {} : { where: filter }),
          }),
        )
        return toMatches(yield* decodeAnswer(QueryAnswer, "query")(answer))
      })

    const remove: VectorStore.Service["remove"] = (ids) =>
      Effect.gen(function* () {
        if (ids.length === 0) return
        const found = yield* collection("remove")
        for (const batch of chunks(ids, yield* maxBatchSize)) {
          yield* call("remove", () => found.delete({ ids: [...batch] }))
        }
      })

    const count: VectorStore.Service["count"] = () =>
      collection("count").pipe(Effect.flatMap((found) => call("count", () => found.count())))

    const page: VectorStore.Service["page"] = ({ offset, limit }) =>
      Effect.gen(function* () {
        if (limit <= 0) return []
        const found = yield* collection("page")
        const answer = yield* call("page", () =>
          found.get({ offset, limit, include: ["embeddings", "documents", "metadatas"] }),
        )
        return toRecords(yield* decodeAnswer(PageAnswer, "page")(answer))
      })

    /** Dropping the collection (recreated on next use) is what resets its dimension. */
    const clear: VectorStore.Service["clear"] = () =>
      SynchronizedRef.updateEffect(handle, () =>
        call("clear", () =>
          client.deleteCollection({ name }).catch((error: unknown) => {
            if (!(error instanceof ChromaNotFoundError)) throw error
          }),
        ).pipe(Effect.as(Option.none<Collection>())),
      )

    return { upsert, query, remove, count, page, clear } satisfies VectorStore.Service
  })

/** The store on the collection, against the `ChromaServer` in context. */
export const layer = (options: {
  readonly collection: string
}): Layer.Layer<VectorStore, never, ChromaServer> =>
  Layer.effect(
    VectorStore,
    Effect.flatMap(ChromaServer, (server) =>
      make({ url: server.url, collection: options.collection }),
    ),
  )

/** The store and its server as AICO's configuration says. */
export const layerFromConfig = (config: Config) =>
  layer({ collection: config.chroma.collection }).pipe(
    Layer.provide(Server.layerFromConfig(config)),
  )
