import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import { VectorStore } from "../../../platform/chroma/VectorStore.js"
import * as ContentCipher from "../../../platform/crypto/ContentCipher.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { MemoryRepository } from "../../../platform/database/repositories/MemoryRepository.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import { memoryStack, stackDirs } from "../../support/memoryStack.js"
import { facts } from "../../support/memoryFacts.js"

const contents = (hits: ReadonlyArray<{ memory: { content: string } }>) =>
  hits.map((hit) => hit.memory.content)

describe("SemanticMemory on PostgreSQL, Chroma and all-MiniLM-L6-v2", () => {
  it.scopedLive("finds memories by meaning and by rare words, and survives a restart", () =>
    Effect.gen(function* () {
      const dirs = yield* stackDirs
      const first = yield* Effect.gen(function* () {
        const memory = yield* SemanticMemory
        yield* memory.rememberAll(facts.map((content) => ({ content, kind: "fact" })))
        expect(yield* memory.count).toBe(5)
        // By meaning: no word in common with the dog memory.
        const dog = yield* memory.recall({ query: "Which pet does she have?", limit: 3 })
        expect(contents(dog)[0]).toContain("golden retriever")
        // By a rare word the embedder knows little about.
        const street = yield* memory.recall({ query: "Zanzibar", limit: 3 })
        expect(contents(street)[0]).toContain("pottery")
        expect(street[0]?.keywordRank).toBe(1)
        return yield* memory.recall({ query: "running a race", limit: 5 })
      }).pipe(Effect.provide(memoryStack(dirs)), Effect.scoped)
      expect(contents(first)[0]).toContain("marathon")

      // A new process over the same stores ranks the same way.
      const again = yield* Effect.gen(function* () {
        const memory = yield* SemanticMemory
        return yield* memory.recall({ query: "running a race", limit: 5 })
      }).pipe(Effect.provide(memoryStack(dirs)), Effect.scoped)
      expect(contents(again)).toEqual(contents(first))
    }),
  )

  it.scopedLive("refuses a document too large, and empty content, writing nothing", () =>
    Effect.gen(function* () {
      const dirs = yield* stackDirs
      yield* Effect.gen(function* () {
        const memory = yield* SemanticMemory
        const vectors = yield* VectorStore
        const rows = yield* MemoryRepository
        yield* memory.remember({ content: "a small memory", kind: "note" })
        const large = yield* Effect.either(
          memory.remember({ content: "x".repeat(2_001), kind: "note" }),
        )
        expect(Either.isLeft(large) && large.left._tag).toBe("MemoryTooLargeError")
        expect(Either.isLeft(large) && large.left.message).toContain("2001 characters")
        const empty = yield* Effect.either(memory.remember({ content: "   ", kind: "note" }))
        expect(Either.isLeft(empty) && empty.left._tag).toBe("MemoryInvalidError")
        // One bad item in a batch refuses the whole batch.
        const batch = yield* Effect.either(
          memory.rememberAll([
            { content: "fine", kind: "note" },
            { content: "y".repeat(5_000), kind: "note" },
          ]),
        )
        expect(Either.isLeft(batch)).toBe(true)
        expect(yield* memory.count).toBe(1)
        expect(yield* rows.count()).toBe(1)
        expect(yield* vectors.count()).toBe(1)
      }).pipe(Effect.provide(memoryStack(dirs)), Effect.scoped)
    }),
  )

  it.scopedLive("re-embeds from PostgreSQL when the vector store lost its records", () =>
    Effect.gen(function* () {
      const dirs = yield* stackDirs
      const before = yield* Effect.gen(function* () {
        const memory = yield* SemanticMemory
        yield* memory.rememberAll(facts.map((content) => ({ content, kind: "fact" })))
        const found = yield* memory.recall({ query: "dinner with the kids", limit: 5 })
        yield* (yield* VectorStore).clear()
        return found
      }).pipe(Effect.provide(memoryStack(dirs)), Effect.scoped)
      const after = yield* Effect.gen(function* () {
        expect(yield* (yield* VectorStore).count()).toBe(5)
        return yield* (yield* SemanticMemory).recall({ query: "dinner with the kids", limit: 5 })
      }).pipe(Effect.provide(memoryStack(dirs)), Effect.scoped)
      expect(contents(after)).toEqual(contents(before))
      expect(contents(after)[0]).toContain("pizza")
    }),
  )

  it.scopedLive("gives Chroma sealed documents, and does not start under another key", () =>
    Effect.gen(function* () {
      const dirs = yield* stackDirs
      const fact = facts[0] ?? ""
      yield* Effect.gen(function* () {
        const stored = yield* (yield* SemanticMemory).remember({ content: fact, kind: "fact" })
        const records = yield* (yield* VectorStore).page({ offset: 0, limit: 10 })
        expect(records.map((record) => record.id)).toEqual([stored.id])
        const document = records[0]?.document ?? ""
        expect(document).not.toContain("Biscuit")
        // The document is the base64 of the value sealed for the memory's row.
        const sealed = new Uint8Array(Buffer.from(document, "base64"))
        const cipher = ContentCipher.make(dirs.key)
        expect(yield* cipher.open(sealed, `memories/${stored.id}`)).toBe(fact)
        expect(records[0]?.embedding).toHaveLength(384)
      }).pipe(Effect.provide(memoryStack(dirs)), Effect.scoped)

      const wrongKey = yield* Effect.either(
        Effect.scoped(Layer.build(memoryStack({ ...dirs, key: SecretKey.random() }))),
      )
      expect(Either.isLeft(wrongKey) && wrongKey.left._tag).toBe("MemoryUnavailableError")
      expect(Either.isLeft(wrongKey) && wrongKey.left.message).toContain("cannot decrypt")
      expect(Either.isLeft(wrongKey) && wrongKey.left.message).not.toContain("Biscuit")
    }),
  )
})
