/**
 * The vector store on a real Chroma server from the project virtualenv: the shared
 * contract, and what is Chroma's own: writes larger than the server's batch limit, and a
 * server that has gone away.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { ChromaClient } from "chromadb"
import { Effect, Exit, Scope } from "effect"
import { join } from "node:path"
import { ChromaServer } from "../../../platform/chroma/ChromaServer.js"
import * as Server from "../../../platform/chroma/ChromaServer.js"
import * as ChromaVectorStore from "../../../platform/chroma/ChromaVectorStore.js"
import { tempDir } from "../../support/nodes.js"
import { chromaLayer, managedOptions, requireChroma } from "./chromaServer.js"
import { unit, vectorStoreContract } from "./vectorStore.case.js"

let collections = 0
const open = Effect.flatMap(ChromaServer, ({ url }) =>
  ChromaVectorStore.make({ url, collection: `test-${++collections}` }),
)

describe("Chroma vector store", () => {
  layer(chromaLayer, { excludeTestServices: true, timeout: 60_000 })((it) => {
    vectorStoreContract(it, open)

    it.effect("a write larger than the server's batch limit goes in batches", () =>
      Effect.gen(function* () {
        const { url } = yield* ChromaServer
        const max = yield* Effect.promise(() =>
          new ChromaClient({
            host: "127.0.0.1",
            port: Number(new URL(url).port),
          }).getMaxBatchSize(),
        )
        const store = yield* open
        const total = max + 100
        const records = Array.from({ length: total }, (_, i) => ({
          id: `r${i}`,
          embedding: unit(i % 8).map((x, j) => x + (j === (i + 1) % 8 ? i / total : 0)),
          document: `record ${i}`,
          metadata: { i },
        }))
        yield* store.upsert(records)
        expect(yield* store.count()).toBe(total)
        const last = yield* store.page({ offset: total - 1, limit: 10 })
        expect(last).toHaveLength(1)
        yield* store.remove(records.map((r) => r.id))
        expect(yield* store.count()).toBe(0)
      }),
    )

    it.effect("the collection is made with cosine space and no embedding function", () =>
      Effect.gen(function* () {
        const { url } = yield* ChromaServer
        const store = yield* ChromaVectorStore.make({ url, collection: "shape" })
        yield* store.upsert([{ id: "a", embedding: unit(0), document: "a", metadata: {} }])
        const found = yield* Effect.promise(() =>
          new ChromaClient({ host: "127.0.0.1", port: Number(new URL(url).port) }).getCollection({
            name: "shape",
          }),
        )
        expect(found.metadata).toEqual({ "hnsw:space": "cosine" })
        expect(found.configuration).toMatchObject({
          hnsw: { space: "cosine" },
          embedding_function: null,
        })
      }),
    )
  })

  it.scopedLive("a server that has gone away fails each operation with a typed error", () =>
    Effect.gen(function* () {
      yield* requireChroma
      const directory = join(yield* tempDir("aico-chroma-"), "chroma")
      const scope = yield* Scope.make()
      const { url } = yield* Server.start(managedOptions(directory)).pipe(Scope.extend(scope))
      const store = yield* ChromaVectorStore.make({ url, collection: "gone" })
      yield* store.upsert([{ id: "a", embedding: unit(0), document: "a", metadata: {} }])
      yield* Scope.close(scope, Exit.void)
      const count = yield* store.count().pipe(Effect.flip)
      expect(count).toMatchObject({ _tag: "VectorStoreError", operation: "count" })
      expect(count.message).toContain("vector store count failed")
      const query = yield* store.query(unit(0), { limit: 1 }).pipe(Effect.flip)
      expect(query).toMatchObject({ _tag: "VectorStoreError", operation: "query" })
    }),
  )
})
