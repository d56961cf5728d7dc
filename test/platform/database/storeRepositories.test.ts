import { SqlClient } from "@effect/sql"
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import { OVERHEAD } from "../../../platform/crypto/aesGcm.js"
import { ContentUnreadable } from "../../../platform/crypto/ContentCipher.js"
import * as DeadLetterRepository from "../../../platform/database/repositories/DeadLetterRepository.js"
import * as MemoryRepository from "../../../platform/database/repositories/MemoryRepository.js"
import * as PgSnapshotStore from "../../../platform/database/repositories/PgSnapshotStore.js"
import { SnapshotNotJsonError } from "../../../platform/database/repositories/PgSnapshotStore.js"
import { RepositoryError } from "../../../platform/database/repositories/RepositoryError.js"
import * as UserRepository from "../../../platform/database/repositories/UserRepository.js"
import { DeadLetter } from "../../../runtime/journal/DeadLetterStore.js"
import { MemoryId } from "../../../schemas/data/Memory.js"
import { stores } from "../../support/databaseLayer.js"
import { databaseKinds } from "../../support/postgres.js"

const repositories = Layer.mergeAll(
  UserRepository.layer,
  DeadLetterRepository.layer,
  MemoryRepository.layer,
)

const letter = (id: string, at: number, bytes: ReadonlyArray<number>) =>
  new DeadLetter({
    id,
    recipient: "aico://node/actor/emotion",
    sender: "aico://node/actor/dialogue",
    type: "appraise",
    reason: "handler crashed 3 times",
    attempts: 3,
    at,
    envelope: Uint8Array.from(bytes),
  })

const memoryId = (n: number) =>
  MemoryId.make(`00000000-0000-4000-8000-${String(n).padStart(12, "0")}`)

describe.each(databaseKinds)("Snapshot, dead-letter and memory stores on $kind", ({ options }) => {
  layer(repositories.pipe(Layer.provideMerge(stores(options))), { timeout: 60_000 })((it) => {
    it.effect("saves, replaces, loads and removes snapshots exactly as given", () =>
      Effect.gen(function* () {
        const store = yield* PgSnapshotStore.make
        const snapshot = {
          status: "active",
          value: { waiting_for_reply: "idle" },
          context: { turns: [1, 2.5, null], mood_score: -0.25, name: "Ünïcode ✓" },
          output: undefined,
          historyValue: {},
        }
        yield* Effect.promise(() => store.save("aico://n/a", snapshot))
        const { output: _output, ...stored } = snapshot
        expect(yield* Effect.promise(() => store.load("aico://n/a"))).toEqual(stored)
        // At rest it is sealed: the words are not in the row.
        const sql = yield* SqlClient.SqlClient
        const [raw] = yield* sql<{ readonly snapshot: Uint8Array }>`
          select snapshot from actor_snapshots where id = ${"aico://n/a"}`
        expect(raw?.snapshot).toBeInstanceOf(Uint8Array)
        expect(Buffer.from(raw!.snapshot).includes(Buffer.from("waiting_for_reply"))).toBe(false)
        yield* Effect.promise(() => store.save("aico://n/a", ["a", 1, { b: true }]))
        expect(yield* Effect.promise(() => store.load("aico://n/a"))).toEqual(["a", 1, { b: true }])
        yield* Effect.promise(() => store.save("aico://n/b", "just a string"))
        expect(yield* Effect.promise(() => store.load("aico://n/b"))).toBe("just a string")
        yield* Effect.promise(() => store.remove("aico://n/a"))
        expect(yield* Effect.promise(() => store.load("aico://n/a"))).toBeUndefined()
        yield* Effect.promise(() => store.remove("aico://n/a"))
        expect(yield* Effect.promise(() => store.load("aico://never"))).toBeUndefined()
      }),
    )

    it.effect("rejects a snapshot that is not JSON and writes nothing", () =>
      Effect.gen(function* () {
        const store = yield* PgSnapshotStore.make
        yield* Effect.promise(() => store.save("aico://n/kept", { version: 1 }))
        const cyclic: Record<string, unknown> = { a: 1 }
        cyclic["self"] = cyclic
        const refused = [
          cyclic,
          { big: 10n },
          { fn: () => 1 },
          { nan: Number.NaN },
          { map: new Map([["a", 1]]) },
          { list: [1, undefined] },
          { text: "nul \u0000 byte" },
          undefined,
        ]
        for (const bad of refused) {
          const error = yield* Effect.promise(() =>
            store.save("aico://n/kept", bad).then(
              () => undefined,
              (e: unknown) => e,
            ),
          )
          expect(error).toBeInstanceOf(RepositoryError)
          expect((error as RepositoryError).cause).toBeInstanceOf(SnapshotNotJsonError)
          expect((error as RepositoryError).message).toMatch(
            /^save snapshot failed: the snapshot of aico:\/\/n\/kept is not JSON/,
          )
        }
        expect(yield* Effect.promise(() => store.load("aico://n/kept"))).toEqual({ version: 1 })
      }),
    )

    it.effect("puts, lists, gets and removes dead letters with their bytes", () =>
      Effect.gen(function* () {
        const letters = yield* DeadLetterRepository.DeadLetterRepository
        const later = letter("dl-2", Date.UTC(2025, 0, 2, 12, 0, 0, 123), [0, 255, 7])
        const earlier = letter("dl-1", Date.UTC(2025, 0, 1), [])
        yield* letters.put(later)
        yield* letters.put(earlier)
        expect(yield* letters.list()).toEqual([earlier, later])
        const got = yield* letters.get("dl-2")
        expect(got).toEqual(Option.some(later))
        expect(Option.map(got, (l) => l instanceof DeadLetter)).toEqual(Option.some(true))
        const replaced = new DeadLetter({ ...later, attempts: 4, envelope: Uint8Array.of(9) })
        yield* letters.put(replaced)
        expect(yield* letters.get("dl-2")).toEqual(Option.some(replaced))
        expect(yield* letters.remove("dl-1")).toBe(true)
        expect(yield* letters.remove("dl-1")).toBe(false)
        expect(Option.isNone(yield* letters.get("dl-1"))).toBe(true)
        expect((yield* letters.list()).map((l) => l.id)).toEqual(["dl-2"])
      }),
    )

    it.effect("refuses a dead letter the table cannot hold, writing nothing", () =>
      Effect.gen(function* () {
        const letters = yield* DeadLetterRepository.DeadLetterRepository
        const fractional = new DeadLetter({ ...letter("dl-bad", 0, [1]), attempts: 1.5 })
        const error = yield* Effect.flip(letters.put(fractional))
        expect(error.operation).toBe("put dead letter")
        expect(Option.isNone(yield* letters.get("dl-bad"))).toBe(true)
      }),
    )

    it.effect("inserts memories, gets many in any order and pages through all by id", () =>
      Effect.gen(function* () {
        const memories = yield* MemoryRepository.MemoryRepository
        const user = yield* Effect.flatMap(UserRepository.UserRepository, (users) =>
          users.create({ displayName: "Mo" }),
        )
        const before = yield* memories.count()
        const given = yield* memories.insert({
          id: memoryId(3),
          userId: user.id,
          kind: "fact",
          content: "likes rain",
          importance: 0.75,
          metadata: { source_turn: 4 },
          createdAt: new Date("2024-05-01T10:00:00.123Z"),
        })
        expect(given.createdAt).toEqual(new Date("2024-05-01T10:00:00.123Z"))
        expect(given.metadata).toEqual({ source_turn: 4 })
        expect(given.conversationId).toBeNull()
        const first = yield* memories.insert({
          id: memoryId(1),
          kind: "episode",
          content: "a",
          importance: 0,
        })
        const second = yield* memories.insert({
          id: memoryId(2),
          kind: "episode",
          content: "b",
          importance: 1,
        })
        const generated = yield* memories.insert({ kind: "fact", content: "c", importance: 0.5 })
        expect(generated.userId).toBeNull()
        expect(yield* memories.count()).toBe(before + 4)

        const many = yield* memories.getMany([memoryId(3), memoryId(99), memoryId(1)])
        expect([...many].sort((a, b) => a.id.localeCompare(b.id))).toEqual([first, given])
        expect(yield* memories.getMany([])).toEqual([])

        const seen = []
        let page = yield* memories.list({ limit: 2 })
        while (page.length > 0) {
          seen.push(...page)
          page = yield* memories.list({ afterId: page[page.length - 1]!.id, limit: 2 })
        }
        const ids = seen.map((m) => m.id)
        expect(ids).toEqual([...ids].sort())
        expect(ids).toEqual(expect.arrayContaining([first.id, second.id, given.id, generated.id]))
        expect(new Set(ids).size).toBe(ids.length)

        expect(yield* memories.remove(second.id)).toBe(true)
        expect(yield* memories.remove(second.id)).toBe(false)
        expect(yield* memories.count()).toBe(before + 3)
      }),
    )

    it.effect("stores content sealed for its row; a value moved to another row does not open", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const memories = yield* MemoryRepository.MemoryRepository
        const text = "the alarm code is 4711"
        yield* memories.insert({ id: memoryId(70), kind: "fact", content: text, importance: 0.5 })
        yield* memories.insert({
          id: memoryId(71),
          kind: "fact",
          content: "other",
          importance: 0.5,
        })
        const [stored] = yield* sql<{ readonly content: Uint8Array }>`
            select content from memories where id = ${memoryId(70)}`
        expect(stored?.content).toBeInstanceOf(Uint8Array)
        expect(stored?.content.length).toBe(text.length + OVERHEAD)
        expect(Buffer.from(stored!.content).includes(Buffer.from("alarm"))).toBe(false)
        expect((yield* memories.getMany([memoryId(70)]))[0]?.content).toBe(text)

        yield* sql`update memories set content = (select content from memories where id = ${memoryId(70)})
                     where id = ${memoryId(71)}`
        const moved = yield* Effect.flip(memories.getMany([memoryId(71)]))
        expect(moved.operation).toBe("get memories")
        expect(moved.cause).toBeInstanceOf(ContentUnreadable)
        expect(moved.message).toContain(`cannot decrypt memories/${memoryId(71)}`)
        expect(moved.message).not.toContain("alarm")
        const listed = yield* Effect.flip(memories.list({ afterId: memoryId(69), limit: 5 }))
        expect(listed.operation).toBe("list memories")
        yield* memories.remove(memoryId(71))
        expect(
          (yield* memories.list({ afterId: memoryId(69), limit: 1 })).map((m) => m.content),
        ).toEqual([text])
        yield* memories.remove(memoryId(70))
      }),
    )

    it.effect("refuses bad memories and duplicates with RepositoryError", () =>
      Effect.gen(function* () {
        const memories = yield* MemoryRepository.MemoryRepository
        const before = yield* memories.count()
        const tooImportant = yield* Effect.flip(
          memories.insert({ kind: "fact", content: "x", importance: 1.5 }),
        )
        expect(tooImportant.operation).toBe("insert memory")
        const badMetadata = yield* Effect.flip(
          memories.insert({ kind: "fact", content: "x", importance: 0.5, metadata: { n: 1n } }),
        )
        expect(badMetadata._tag).toBe("RepositoryError")
        yield* memories.insert({ id: memoryId(50), kind: "fact", content: "x", importance: 0.5 })
        const duplicate = yield* Effect.flip(
          memories.insert({ id: memoryId(50), kind: "fact", content: "y", importance: 0.5 }),
        )
        expect(duplicate.message).toMatch(/^insert memory failed/)
        expect(yield* memories.count()).toBe(before + 1)
      }),
    )

    it.effect("writes no memory when the surrounding transaction fails", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const memories = yield* MemoryRepository.MemoryRepository
        const failed = yield* Effect.gen(function* () {
          yield* memories.insert({
            id: memoryId(60),
            kind: "fact",
            content: "x",
            importance: 0.1,
          })
          return yield* Effect.fail("indexing failed" as const)
        }).pipe(sql.withTransaction, Effect.flip)
        expect(failed).toBe("indexing failed")
        expect(yield* memories.getMany([memoryId(60)])).toEqual([])
      }),
    )
  })
})
