/**
 * Hostile input to `put` and `get`: empty and very long ids, control characters, lone
 * surrogates, odd unicode, values of the wrong type. Each put either stores exactly what
 * it was given or fails with a typed error, and the store stays sound across a reopen.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, FastCheck as fc, Option } from "effect"
import { join } from "node:path"
import type {
  WorkingMemoryEntry,
  WorkingMemoryInput,
} from "../../../schemas/memory/WorkingMemoryEntry.js"
import { tempDir } from "../../support/nodes.js"
import { modes, openStore, withStore } from "./store.js"

const typedErrors = ["WorkingMemoryInvalidInput", "WorkingMemoryEntryTooLarge"]

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", "\u0000", "\ud800", "a\u001eb", "~", "é", "🦄".repeat(300), "x".repeat(5000)),
)

const input = fc.oneof(
  fc.record(
    {
      role: fc.constantFrom("user", "assistant", "system"),
      content: text,
      metadata: fc.dictionary(text, fc.oneof(text, fc.double(), fc.boolean(), fc.constant(null))),
    },
    { requiredKeys: ["role", "content"] },
  ),
  fc.anything(),
)

describe.each(modes)("working memory under hostile input ($name)", ({ keyed }) => {
  it.scopedLive("puts either store what they were given or fail typed; the store stays sound", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      const store = yield* openStore({ ...keyed, path, maxEntryBytes: 16 * 1024 })
      const samples = fc.sample(fc.tuple(text, input, text), { numRuns: 300, seed: 42 })
      const stored: Array<WorkingMemoryEntry> = []
      for (const [conversationId, entry, garbageId] of samples) {
        const result = yield* Effect.either(store.put(conversationId, entry as WorkingMemoryInput))
        if (Either.isRight(result)) {
          stored.push(result.right)
          expect(result.right).toMatchObject({ conversationId, ...(entry as object) })
          expect(yield* store.get(conversationId, result.right.id)).toEqual(
            Option.some(result.right),
          )
        } else expect(typedErrors).toContain(result.left._tag)
        // Reads of garbage ids find nothing rather than failing.
        expect(yield* store.get(conversationId, garbageId)).toEqual(Option.none())
        expect(yield* store.recent(garbageId, 3)).toBeInstanceOf(Array)
      }
      expect(stored.length).toBeGreaterThan(20)
      expect(stored.length).toBeLessThan(samples.length)
      expect((yield* store.stats()).entries).toBe(stored.length)

      yield* store.backup(join(path, "..", "backup"))
      yield* withStore({ ...keyed, path: join(path, "..", "backup") }, (copy) =>
        Effect.gen(function* () {
          for (const entry of stored)
            expect(yield* copy.get(entry.conversationId, entry.id)).toEqual(Option.some(entry))
        }),
      )
    }),
  )
})
