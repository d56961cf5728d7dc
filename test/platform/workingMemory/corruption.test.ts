/**
 * Damage gives typed errors, never a crash: a garbage or truncated data file fails the
 * open with the file and the problem named, a damaged record fails the read naming its
 * key, and an oversize entry is refused before anything is written.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Option } from "effect"
import { open } from "lmdb"
import { closeSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from "node:fs"
import { join } from "node:path"
import { tempDir } from "../../support/nodes.js"
import { openStore, withStore } from "./store.js"

const say = (content: string) => ({ role: "user" as const, content })

/** A store with a few entries, closed again; resolves with its directory. */
const filledStore = Effect.gen(function* () {
  const path = join(yield* tempDir(), "wm")
  yield* withStore({ path }, (store) =>
    Effect.forEach(
      Array.from({ length: 200 }, (_, i) => i),
      (i) => store.put(`c${i % 5}`, say(`entry ${i} `.repeat(20))),
      { concurrency: 20 },
    ),
  )
  return path
})

const openFailure = (path: string) =>
  Effect.gen(function* () {
    const exit = yield* Effect.exit(withStore({ path }, (store) => store.stats()))
    if (Exit.isSuccess(exit)) throw new Error("the damaged store opened")
    return yield* Effect.flip(exit)
  })

describe("working memory damage", () => {
  it.scoped("a data file of garbage is reported as corrupted, naming the file", () =>
    Effect.gen(function* () {
      const path = yield* filledStore
      writeFileSync(join(path, "data.mdb"), "this is not an LMDB file. ".repeat(1000))
      const error = yield* openFailure(path)
      expect(error._tag).toBe("WorkingMemoryCorrupted")
      expect(error.message).toContain(join(path, "data.mdb"))
      expect(error.message).toContain("not an LMDB file")
    }),
  )

  it.scoped("garbage over the header pages is reported as corrupted", () =>
    Effect.gen(function* () {
      const path = yield* filledStore
      const fd = openSync(join(path, "data.mdb"), "r+")
      writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 0)
      closeSync(fd)
      expect((yield* openFailure(path))._tag).toBe("WorkingMemoryCorrupted")
    }),
  )

  it.scoped("a truncated data file is reported as truncated", () =>
    Effect.gen(function* () {
      const path = yield* filledStore
      const file = join(path, "data.mdb")
      truncateSync(file, Math.floor(statSync(file).size / 2))
      const half = yield* openFailure(path)
      expect(half._tag).toBe("WorkingMemoryCorrupted")
      expect(half.message).toContain("truncated")
      truncateSync(file, 0)
      expect((yield* openFailure(path)).message).toContain("empty")
    }),
  )

  it.scoped("an undecodable record fails the read with a typed error naming its key", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      const { id } = yield* withStore({ path }, (store) => store.put("c", say("fine")))
      // Damage one record from outside, as a bad disk or another program might.
      const raw = open({ path, maxDbs: 4, compression: false })
      const entries = raw.openDB<Uint8Array, Array<string>>({ name: "entries", encoding: "binary" })
      const badId = "01ARZ3NDEKTSV4RRFFQ69G5FAV"
      yield* Effect.promise(() => entries.put(["c", badId], Buffer.from([1, 0x7b, 0x7d])))
      yield* Effect.promise(() => raw.close())

      const store = yield* openStore({ path })
      const error = yield* Effect.flip(store.get("c", badId))
      expect(error._tag).toBe("WorkingMemoryRecordInvalid")
      expect(error.message).toContain(badId)
      expect((yield* Effect.flip(store.recent("c", 10)))._tag).toBe("WorkingMemoryRecordInvalid")
      // The good record is still readable, and forgetting clears the damage.
      expect(Option.isSome(yield* store.get("c", id))).toBe(true)
      expect(yield* store.forget("c")).toBe(2)
      expect(yield* store.recent("c", 10)).toEqual([])
    }),
  )

  it.scoped("an oversize entry is refused and leaves the store unchanged", () =>
    Effect.gen(function* () {
      const store = yield* openStore({ path: join(yield* tempDir(), "wm"), maxEntryBytes: 1024 })
      const kept = yield* store.put("c", say("small"))
      const error = yield* Effect.flip(store.put("c", say("x".repeat(2000))))
      expect(error._tag).toBe("WorkingMemoryEntryTooLarge")
      expect(error.message).toContain("at most 1024")
      expect(yield* store.recent("c", 10)).toEqual([kept])
      expect(yield* store.stats()).toEqual({ entries: 1, conversations: 1 })
    }),
  )
})
