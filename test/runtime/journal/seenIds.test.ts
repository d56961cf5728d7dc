/**
 * The journal's memory of processed ids, on real LMDB files: ids made by this runtime (bits
 * per sender incarnation) and any other ids (one record each) are known at once, survive a
 * reopen, stay known for one rotation and are forgotten after two.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { open, type RootDatabase } from "lmdb"
import { join } from "node:path"
import { SeenIds } from "../../../runtime/journal/SeenIds.js"
import { tempDir } from "../../support/nodes.js"

const openSeen = (root: RootDatabase) => {
  const databases = (suffix: string) => ({
    blocks: root.openDB<Uint8Array, string>({ name: `blocks.${suffix}`, encoding: "binary" }),
    ids: root.openDB<number, string>({ name: `ids.${suffix}` }),
  })
  return new SeenIds(databases("a"), databases("b"))
}

const openRoot = (path: string) => open({ path, maxDbs: 8, compression: false })

const ours = (counter: number) => `0123abcd-ef01-${counter.toString(36)}`
const theirs = (n: number) => `foreign id ${n}`

describe("SeenIds", () => {
  it.scopedLive("knows what it was given at once and after a reopen, and nothing else", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "seen")
      // Counters across several blocks, with gaps inside them.
      const given = [0, 1, 7, 1023, 1024, 5000, 36 ** 10 - 1].map(ours)
      const others = [theirs(1), theirs(2), "storm-3"]
      const notGiven = [2, 6, 8, 1022, 1025, 4999, 5001, 36 ** 10 - 2].map(ours)
      const root = openRoot(path)
      const seen = openSeen(root)
      const written = seen.add([...given, ...others], Date.now())
      for (const id of [...given, ...others]) expect(seen.has(id), id).toBe(true)
      yield* Effect.promise(() => written)
      for (const id of [...notGiven, theirs(4), "0123abcd-ef01-01"])
        expect(seen.has(id), id).toBe(false)
      yield* Effect.promise(() => root.close())

      const again = openRoot(path)
      const reopened = openSeen(again)
      for (const id of [...given, ...others]) expect(reopened.has(id), id).toBe(true)
      for (const id of notGiven) expect(reopened.has(id), id).toBe(false)
      // A block read from disk keeps its other bits when more are added.
      yield* Effect.promise(() => reopened.add([ours(2)], Date.now()))
      expect([ours(0), ours(1), ours(2), ours(7)].every((id) => reopened.has(id))).toBe(true)
      yield* Effect.promise(() => again.close())
    }),
  )

  it.scopedLive("an id stays known through one rotation and is forgotten after the second", () =>
    Effect.gen(function* () {
      const root = openRoot(join(yield* tempDir(), "seen"))
      const seen = openSeen(root)
      yield* Effect.promise(() => seen.add([ours(10), theirs(10)], Date.now()))
      yield* Effect.promise(() => seen.rotate())
      yield* Effect.promise(() => seen.add([ours(11), theirs(11)], Date.now()))
      const known = () => [ours(10), theirs(10), ours(11), theirs(11)].map((id) => seen.has(id))
      expect(known()).toEqual([true, true, true, true])
      yield* Effect.promise(() => seen.rotate())
      expect(known()).toEqual([false, false, true, true])
      yield* Effect.promise(() => root.close())
    }),
  )

  it.scopedLive("a damaged block counts as missing and is replaced by the next write", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "seen")
      const root = openRoot(path)
      yield* Effect.promise(() => openSeen(root).add([ours(3)], Date.now()))
      // Cut the block short from outside, as a bad disk or another program might.
      const blocks = root.openDB<Uint8Array, string>({ name: "blocks.a", encoding: "binary" })
      const [key] = [...blocks.getKeys()]
      yield* Effect.promise(() => blocks.put(key!, Uint8Array.of(0xff)))
      const seen = openSeen(root)
      expect(seen.has(ours(3))).toBe(false)
      yield* Effect.promise(() => seen.add([ours(4)], Date.now()))
      expect(openSeen(root).has(ours(4))).toBe(true)
      yield* Effect.promise(() => root.close())
    }),
  )
})
