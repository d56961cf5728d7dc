/**
 * TTL on the TestClock: an expired entry is never returned, even before compaction runs;
 * compaction deletes exactly the expired entries, on demand and on its own schedule.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, TestClock } from "effect"
import { join } from "node:path"
import { tempDir } from "../../support/nodes.js"
import { modes, openStore } from "./store.js"

const say = (content: string) => ({ role: "user" as const, content })

/** Lets LMDB's own threads and callbacks run while the TestClock stands still. */
const settle = Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 10)))

describe.each(modes)("working memory expiry ($name)", ({ keyed }) => {
  it.scoped("expired entries are hidden before compaction and removed by it", () =>
    Effect.gen(function* () {
      const store = yield* openStore({ ...keyed, path: join(yield* tempDir(), "wm"), ttlMs: 1000 })
      const old1 = yield* store.put("c", say("old 1"))
      const old2 = yield* store.put("c", say("old 2"))
      yield* TestClock.adjust("500 millis")
      const young = yield* store.put("c", say("young"))
      expect(young.expiresAt).toBe(1500)

      yield* TestClock.adjust("600 millis")
      expect(yield* store.get("c", old1.id)).toEqual(Option.none())
      expect(yield* store.get("c", young.id)).toEqual(Option.some(young))
      expect(yield* store.recent("c", 10)).toEqual([young])
      // Still on disk until compaction.
      expect((yield* store.stats()).entries).toBe(3)

      expect(yield* store.compact()).toBe(2)
      expect(yield* store.stats()).toEqual({ entries: 1, conversations: 1 })
      expect(yield* store.recent("c", 10)).toEqual([young])
      expect(yield* store.get("c", old2.id)).toEqual(Option.none())
      expect(yield* store.compact()).toBe(0)

      yield* TestClock.adjust("400 millis")
      expect(yield* store.recent("c", 10)).toEqual([])
      expect(yield* store.compact()).toBe(1)
      expect(yield* store.stats()).toEqual({ entries: 0, conversations: 0 })
    }),
  )

  it.scoped("an entry expires exactly at expiresAt", () =>
    Effect.gen(function* () {
      const store = yield* openStore({ ...keyed, path: join(yield* tempDir(), "wm"), ttlMs: 100 })
      const entry = yield* store.put("c", say("brief"))
      yield* TestClock.adjust("99 millis")
      expect(yield* store.get("c", entry.id)).toEqual(Option.some(entry))
      yield* TestClock.adjust("1 millis")
      expect(yield* store.get("c", entry.id)).toEqual(Option.none())
    }),
  )

  it.scoped("the compaction fiber sweeps on its interval", () =>
    Effect.gen(function* () {
      const store = yield* openStore({
        ...keyed,
        path: join(yield* tempDir(), "wm"),
        ttlMs: 100,
        compactionIntervalMs: 1000,
      })
      yield* store.put("c", say("expires soon"))
      yield* store.put("d", say("also"))
      yield* TestClock.adjust("999 millis")
      yield* settle
      expect((yield* store.stats()).entries).toBe(2)
      yield* TestClock.adjust("1 millis")
      let stats = yield* store.stats()
      for (let i = 0; i < 500 && stats.entries > 0; i++) {
        yield* settle
        stats = yield* store.stats()
      }
      expect(stats).toEqual({ entries: 0, conversations: 0 })
    }),
  )
})
