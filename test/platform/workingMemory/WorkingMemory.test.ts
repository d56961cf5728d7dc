/**
 * The working memory on real LMDB files: entries round-trip, come back newest-last and
 * per conversation, survive a reopen, and a backup opens as a store of its own.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { join } from "node:path"
import { tempDir } from "../../support/nodes.js"
import { modes, openClosable, openStore, withStore } from "./store.js"

const say = (content: string) => ({ role: "user" as const, content })

describe.each(modes)("working memory ($name)", ({ keyed }) => {
  it.scoped("put, get and recent round-trip, oldest first, limited to the newest", () =>
    Effect.gen(function* () {
      const store = yield* openStore({ ...keyed, path: join(yield* tempDir(), "wm") })
      const first = yield* store.put("c1", {
        role: "user",
        content: "hello",
        metadata: { lang: "en", turn: 1, voice: false },
      })
      const second = yield* store.put("c1", { role: "assistant", content: "hi there ✨" })
      const third = yield* store.put("c1", { role: "system", content: "" })

      expect(first).toMatchObject({ conversationId: "c1", role: "user", content: "hello" })
      expect(first.metadata).toEqual({ lang: "en", turn: 1, voice: false })
      expect(first.expiresAt - first.createdAt).toBe(60 * 60 * 1000)
      expect(first.id < second.id && second.id < third.id).toBe(true)

      expect(yield* store.get("c1", first.id)).toEqual(Option.some(first))
      expect(yield* store.get("c1", "01ARZ3NDEKTSV4RRFFQ69G5FAV")).toEqual(Option.none())
      expect(yield* store.get("other", first.id)).toEqual(Option.none())
      expect(yield* store.recent("c1", 10)).toEqual([first, second, third])
      expect(yield* store.recent("c1", 2)).toEqual([second, third])
      expect(yield* store.recent("c1", 0)).toEqual([])
      expect(yield* store.recent("nobody", 5)).toEqual([])
    }),
  )

  it.scoped("conversations are isolated, including ones whose ids share a prefix", () =>
    Effect.gen(function* () {
      const store = yield* openStore({ ...keyed, path: join(yield* tempDir(), "wm") })
      const a = yield* store.put("a", say("in a"))
      const ab = yield* store.put("ab", say("in ab"))
      const aSpace = yield* store.put("a b", say("in a b"))
      expect(yield* store.recent("a", 10)).toEqual([a])
      expect(yield* store.recent("ab", 10)).toEqual([ab])
      expect(yield* store.recent("a b", 10)).toEqual([aSpace])
      expect(yield* store.stats()).toEqual({ entries: 3, conversations: 3 })

      expect(yield* store.forget("a")).toBe(1)
      expect(yield* store.recent("a", 10)).toEqual([])
      expect(yield* store.get("a", a.id)).toEqual(Option.none())
      expect(yield* store.recent("ab", 10)).toEqual([ab])
      expect(yield* store.stats()).toEqual({ entries: 2, conversations: 2 })
    }),
  )

  it.scoped(
    "entries survive closing and reopening; a closed store refuses with a typed error",
    () =>
      Effect.gen(function* () {
        const path = join(yield* tempDir(), "wm")
        const { store, close } = yield* openClosable({ ...keyed, path })
        const written = yield* Effect.forEach(
          Array.from({ length: 50 }, (_, i) => i),
          (i) => store.put(`c${i % 3}`, say(`message ${i}`)),
          { concurrency: 10 },
        )
        yield* close
        const refused = yield* Effect.flip(store.put("c0", say("too late")))
        expect(refused._tag).toBe("WorkingMemoryClosed")
        expect(refused.message).toContain("closed")

        const reopened = yield* openStore({ ...keyed, path })
        for (const entry of written)
          expect(yield* reopened.get(entry.conversationId, entry.id)).toEqual(Option.some(entry))
        const c0 = written
          .filter((e) => e.conversationId === "c0")
          .sort((x, y) => (x.id < y.id ? -1 : 1))
        expect(yield* reopened.recent("c0", 100)).toEqual(c0)
      }),
  )

  it.scoped("a backup opens as a store holding the same entries", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir()
      const store = yield* openStore({ ...keyed, path: join(dir, "wm") })
      const written = yield* Effect.forEach(
        Array.from({ length: 30 }, (_, i) => i),
        (i) => store.put(`conv-${i % 4}`, say(`m${i}`)),
      )
      yield* store.forget("conv-3")
      yield* store.backup(join(dir, "archive", "wm"))
      // Writes after the backup are not in it.
      yield* store.put("conv-0", say("after the backup"))

      yield* withStore({ ...keyed, path: join(dir, "archive", "wm") }, (copy) =>
        Effect.gen(function* () {
          const kept = written.filter((e) => e.conversationId !== "conv-3")
          expect(yield* copy.stats()).toEqual({ entries: kept.length, conversations: 3 })
          for (const entry of kept)
            expect(yield* copy.get(entry.conversationId, entry.id)).toEqual(Option.some(entry))
        }),
      )
      const again = yield* Effect.flip(store.backup(join(dir, "archive", "wm")))
      expect(again._tag).toBe("WorkingMemoryIoError")
    }),
  )
})
