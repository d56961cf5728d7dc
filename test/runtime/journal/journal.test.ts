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

/** Admits ids in one turn (one batch record); the i-th carries the envelope [i]. */
const admitAll = (journal: Journal, ids: ReadonlyArray<string>) =>
  Effect.promise(() => Promise.all(ids.map((id, i) => journal.admit(id, bytes(i)))))

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
      expect(first.isKnown("in-2")).toBe(true)
      yield* Effect.promise(() => first.close())

      const second = Journal.open({ path, sync: true })
      expect(second.inbox()).toEqual([{ id: "in-1", envelope: bytes(1, 2, 3), attempts: 0 }])
      expect(second.outbox()).toEqual([
        { id: "out-1", peer: "peer-b", envelope: bytes(9, 9) },
        { id: "out-2", peer: "peer-ü", envelope: bytes() },
      ])
      // A retry of a message completed before the restart is still recognised.
      expect(second.isKnown("in-2")).toBe(true)
      expect(second.isKnown("never-seen")).toBe(false)
      yield* Effect.promise(() => second.close())
    }),
  )

  it.scopedLive("attempts records of messages no longer in the inbox go at the next open", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "journal")
      const first = Journal.open({ path, sync: true })
      yield* admitAll(first, ["kept"])
      first.recordAttempt("kept", 3)
      yield* Effect.promise(() => first.close())
      // What a crash between two writes leaves: an attempts record without its message.
      const raw = open({ path, maxDbs: 16, compression: false })
      const attempts = raw.openDB<number, string>({ name: "inbox.attempts" })
      yield* Effect.promise(() => attempts.put("gone", 2))
      yield* Effect.promise(() => raw.close())

      const second = Journal.open({ path, sync: true })
      expect(second.inbox()).toEqual([{ id: "kept", envelope: bytes(0), attempts: 3 }])
      yield* Effect.promise(() => second.close())
      const reread = open({ path, maxDbs: 16, compression: false })
      expect([...reread.openDB<number, string>({ name: "inbox.attempts" }).getKeys()]).toEqual([
        "kept",
      ])
      yield* Effect.promise(() => reread.close())
    }),
  )

  it.scopedLive("a damaged record is skipped, not fatal", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "journal")
      const journal = Journal.open({ path, sync: true })
      yield* Effect.promise(() => journal.admit("good", bytes(7)))
      yield* Effect.promise(() => journal.close())
      // Damage the file's records from outside, as a bad disk or another program might.
      const raw = open({ path, maxDbs: 16, compression: false })
      const batches = raw.openDB<Uint8Array, number>({ name: "inbox.batches", encoding: "binary" })
      yield* Effect.promise(() => batches.put(100, bytes(2, 0, 0, 0, 9, 0)))
      yield* Effect.promise(() => batches.put(101, bytes(99, 0, 0, 0, 0)))
      const legacy = raw.openDB<Uint8Array, string>({ name: "inbox", encoding: "binary" })
      yield* Effect.promise(() => legacy.put("truncated", bytes(1, 0)))
      yield* Effect.promise(() => raw.close())
      const reopened = Journal.open({ path, sync: true })
      expect(reopened.inbox().map((entry) => entry.id)).toEqual(["good"])
      // New batches are keyed after the damaged ones, which stay for whoever investigates.
      yield* Effect.promise(() => reopened.admit("later", bytes(8)))
      yield* Effect.promise(() => reopened.close())
      expect(
        Journal.open({ path, sync: true })
          .inbox()
          .map((entry) => entry.id),
      ).toEqual(["good", "later"])
    }),
  )

  it.scopedLive(
    "messages admitted together are replayed after a reopen only if not yet processed",
    () =>
      Effect.gen(function* () {
        const path = join(yield* tempDir(), "journal")
        const first = Journal.open({ path, sync: true })
        yield* admitAll(first, ["m-1", "m-2", "m-3", "m-4"])
        first.recordAttempt("m-3", 2)
        yield* Effect.promise(() => first.complete(["m-2", "m-4", "not-admitted"]))
        expect(first.inboxSize).toBe(2)
        yield* Effect.promise(() => first.close())

        const second = Journal.open({ path, sync: true })
        expect(second.inbox()).toEqual([
          { id: "m-1", envelope: bytes(0), attempts: 0 },
          { id: "m-3", envelope: bytes(2), attempts: 2 },
        ])
        expect(["m-2", "m-4"].every((id) => second.isKnown(id))).toBe(true)
        expect(second.isKnown("not-admitted")).toBe(false)
        // The last pending messages processed: the record goes, the ids stay known.
        yield* Effect.promise(() => second.complete(["m-1", "m-3"]))
        yield* Effect.promise(() => second.close())
        const third = Journal.open({ path, sync: true })
        expect(third.inbox()).toEqual([])
        expect(["m-1", "m-2", "m-3", "m-4"].every((id) => third.isKnown(id))).toBe(true)
        yield* Effect.promise(() => third.close())
      }),
  )

  it.scopedLive(
    "once processed ids are forgotten, a half-processed batch no longer holds them",
    () =>
      Effect.gen(function* () {
        const path = join(yield* tempDir(), "journal")
        const journal = Journal.open({ path, sync: true, dedupWindowMs: 30 })
        yield* admitAll(journal, ["keep", "done"])
        yield* Effect.promise(() => journal.complete(["done"]))
        // Two rotations later "done" is forgotten; a replay must not deliver it again.
        yield* Effect.promise(
          () =>
            new Promise<void>((resolve) => {
              const poll = setInterval(() => {
                if (!journal.isKnown("done")) {
                  clearInterval(poll)
                  resolve()
                }
              }, 10)
            }),
        )
        yield* Effect.promise(() => journal.close())
        const reopened = Journal.open({ path, sync: true })
        expect(reopened.inbox()).toEqual([{ id: "keep", envelope: bytes(0), attempts: 0 }])
        yield* Effect.promise(() => reopened.close())
      }),
  )

  it.scopedLive("asked about ids while it closes, the journal answers from memory only", () =>
    Effect.gen(function* () {
      const journal = Journal.open({ path: join(yield* tempDir(), "journal"), sync: true })
      const ours = "0123abcd-ef01-1"
      yield* admitAll(journal, [ours, "foreign-1"])
      yield* Effect.promise(() => journal.complete([ours, "foreign-1"]))
      const closing = journal.close()
      // A disk read now would throw later from one of LMDB's timers and end the process.
      expect([ours, "foreign-1", "never-seen"].map((id) => journal.isKnown(id))).toEqual([
        true,
        false,
        false,
      ])
      expect(journal.list()).toEqual([])
      yield* Effect.promise(() => closing)
      yield* Effect.sleep("20 millis")
    }),
  )

  it.scopedLive(
    "an acknowledged message leaves the outbox record it shares with unacknowledged ones",
    () =>
      Effect.gen(function* () {
        const path = join(yield* tempDir(), "journal")
        const journal = Journal.open({ path, sync: true })
        yield* Effect.promise(() =>
          Promise.all(["o-1", "o-2", "o-3"].map((id, i) => journal.stage(id, "peer", bytes(i)))),
        )
        journal.acknowledge("o-2")
        // Rewritten within about a second; until then a crash would send "o-2" again too.
        yield* Effect.sleep("2500 millis")
        yield* Effect.promise(() => journal.close())
        const reopened = Journal.open({ path, sync: true })
        expect(reopened.outbox().map((entry) => entry.id)).toEqual(["o-1", "o-3"])
        reopened.acknowledge("o-1")
        reopened.acknowledge("o-3")
        yield* Effect.promise(() => reopened.close())
        expect(Journal.open({ path, sync: true }).outbox()).toEqual([])
      }),
  )

  it.scopedLive("an inbox and outbox written one record per message are carried over", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "journal")
      const raw = open({ path, maxDbs: 16, compression: false })
      const legacy = raw.openDB<Uint8Array, string>({ name: "inbox", encoding: "binary" })
      yield* Effect.promise(() => legacy.put("old-1", bytes(1, 0, 0, 0, 0, 5)))
      yield* Effect.promise(() => legacy.put("old-2", bytes(1, 0, 0, 0, 2, 6, 7)))
      const legacyOut = raw.openDB<Uint8Array, string>({ name: "outbox", encoding: "binary" })
      yield* Effect.promise(() => legacyOut.put("sent-1", bytes(1, 0, 1, 0x70, 4, 2)))
      yield* Effect.promise(() => raw.close())
      const journal = Journal.open({ path, sync: true })
      const expected = [
        { id: "old-1", envelope: bytes(5), attempts: 0 },
        { id: "old-2", envelope: bytes(6, 7), attempts: 2 },
      ]
      const sent = [{ id: "sent-1", peer: "p", envelope: bytes(4, 2) }]
      expect(journal.inbox()).toEqual(expected)
      expect(journal.outbox()).toEqual(sent)
      yield* Effect.promise(() => journal.close())
      // Moved, not copied: a second start finds them once.
      const again = Journal.open({ path, sync: true })
      expect(again.inbox()).toEqual(expected)
      expect(again.outbox()).toEqual(sent)
      yield* Effect.promise(() => again.close())
    }),
  )
})
