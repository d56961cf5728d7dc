/**
 * The journal on real LMDB files: what it was told survives closing and reopening, done
 * messages leave the inbox and stay known for de-duplication, and a damaged record is
 * skipped instead of stopping the node.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { open } from "lmdb"
import { join } from "node:path"
import { Journal } from "../../../runtime/journal/Journal.js"
import { tempDir } from "../../support/nodes.js"

const bytes = (...values: Array<number>) => Uint8Array.from(values)

describe("journal", () => {
  it.scopedLive("inbox and outbox entries survive a reopen; completed ids stay known", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "journal")
      const first = Journal.open({ path, sync: true })
      yield* Effect.promise(() =>
        Promise.all([
          first.admit("in-1", bytes(1, 2, 3)),
          first.admit("in-2", bytes(4)),
          first.stage("out-1", "peer-b", bytes(9, 9)),
          first.stage("out-2", "peer-ü", bytes()),
        ]),
      )
      yield* Effect.promise(() => first.complete(["in-2"]))
      expect(first.isKnown("in-2", false)).toBe(true)
      yield* Effect.promise(() => first.close())

      const second = Journal.open({ path, sync: true })
      expect(second.inbox()).toEqual([{ id: "in-1", envelope: bytes(1, 2, 3), attempts: 0 }])
      expect(second.outbox()).toEqual([
        { id: "out-1", peer: "peer-b", envelope: bytes(9, 9) },
        { id: "out-2", peer: "peer-ü", envelope: bytes() },
      ])
      // A retry of a message completed before the restart is still recognised.
      expect(second.isKnown("in-2", true)).toBe(true)
      expect(second.isKnown("never-seen", true)).toBe(false)
      yield* Effect.promise(() => second.close())
    }),
  )

  it.scopedLive("a damaged record is skipped, not fatal", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "journal")
      const journal = Journal.open({ path, sync: true })
      yield* Effect.promise(() => journal.admit("good", bytes(7)))
      yield* Effect.promise(() => journal.close())
      // Damage the file's records from outside, as a bad disk or another program might.
      const raw = open({ path, maxDbs: 8, compression: false })
      const inbox = raw.openDB<Uint8Array, string>({ name: "inbox", encoding: "binary" })
      yield* Effect.promise(() => inbox.put("truncated", bytes(1, 0)))
      yield* Effect.promise(() => inbox.put("unknown-version", bytes(99, 0, 0, 0, 0, 5)))
      yield* Effect.promise(() => raw.close())
      const reopened = Journal.open({ path, sync: true })
      expect(reopened.inbox().map((entry) => entry.id)).toEqual(["good"])
      yield* Effect.promise(() => reopened.close())
    }),
  )
})
