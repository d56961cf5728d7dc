/**
 * The stores' side of a key rotation, on real stores: PostgreSQL (embedded and external)
 * re-sealing a table batch by batch in transactions, and LMDB working memory re-keyed batch
 * by batch from a cursor. A batch run twice (a rotation killed before it recorded its
 * cursor) changes nothing the second time; afterwards the repositories and the store read
 * everything under the new key only. Every `bytea` column of the schema is accounted for.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import { Effect, Layer, Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { join } from "node:path"
import * as ContentCipher from "../../../platform/crypto/ContentCipher.js"
import { ContentCipher as ContentCipherTag } from "../../../platform/crypto/ContentCipher.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import * as ConversationRepository from "../../../platform/database/repositories/ConversationRepository.js"
import * as MemoryRepository from "../../../platform/database/repositories/MemoryRepository.js"
import * as MessageRepository from "../../../platform/database/repositories/MessageRepository.js"
import * as SealedContent from "../../../platform/database/repositories/SealedContentRepository.js"
import * as UserRepository from "../../../platform/database/repositories/UserRepository.js"
import { openRekey } from "../../../platform/workingMemory/LmdbRekey.js"
import type { ConversationId } from "../../../schemas/data/Conversation.js"
import { MemoryId } from "../../../schemas/data/Memory.js"
import { databaseLayer } from "../../support/databaseLayer.js"
import { tempDir } from "../../support/nodes.js"
import { databaseKinds } from "../../support/postgres.js"
import { openStore, withStore } from "../workingMemory/store.js"

/** Why `opening` failed (it must). */
const openFailure = <A, E, R>(opening: Effect.Effect<A, E, R>) =>
  Effect.flip(Effect.scoped(opening))

const keys = { from: SecretKey.random(), to: SecretKey.random() }
const reseal = (sealed: Uint8Array, context: string) => ContentCipher.reseal(keys, sealed, context)

/** Repositories whose cipher is under `key`. */
const repositoriesUnder = (key: SecretKey.SecretKey) =>
  Effect.gen(function* () {
    const cipher = Effect.provideService(ContentCipherTag, ContentCipher.make(key))
    return {
      users: yield* cipher(UserRepository.make),
      conversations: yield* cipher(ConversationRepository.make),
      messages: yield* cipher(MessageRepository.make),
      memories: yield* cipher(MemoryRepository.make),
    }
  })

/** Re-seals `table` to its end from `after`, `limit` rows a batch; every batch's outcome. */
const resealAll = (
  table: SealedContent.SealedTable,
  limit: number,
  after = Option.none<string>(),
) =>
  Effect.gen(function* () {
    const repository = yield* SealedContent.SealedContentRepository
    const batches: Array<SealedContent.ResealBatch> = []
    let cursor = after
    for (;;) {
      const batch = yield* repository.resealBatch(table, cursor, limit, reseal)
      batches.push(batch)
      if (Option.isNone(batch.last)) return batches
      cursor = batch.last
    }
  })

describe.each(databaseKinds)("re-sealing content columns on $kind", ({ options }) => {
  layer(SealedContent.layer.pipe(Layer.provideMerge(databaseLayer(options))), {
    timeout: 60_000,
  })((it) => {
    it.effect(
      "moves every row to the new key in batches; a batch run twice does nothing more",
      () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const old = yield* repositoriesUnder(keys.from)
          const user = yield* old.users.create({ displayName: "Ada" })
          const conversation = yield* old.conversations.start(user.id, "Rotation")
          const said = Array.from({ length: 7 }, (_, i) => `message ${i}`)
          for (const content of said)
            yield* old.messages.append(conversation.id, { role: "user", content })
          const remembered = ["the heron", "the violin", "the bakery"]
          for (const content of remembered)
            yield* old.memories.insert({ kind: "fact", content, importance: 0.5 })
          // A row no key opens: reported, and left as it was.
          const damaged = MemoryId.make(randomUUID())
          yield* sql`insert into memories (id, kind, content, importance, metadata)
                   values (${damaged}, 'fact', ${new Uint8Array([1, 2, 3])}, 0.5, '{}')`

          const repository = yield* SealedContent.SealedContentRepository
          expect(yield* repository.count("messages")).toBe(7)
          const first = yield* repository.resealBatch("messages", Option.none(), 3, reseal)
          expect(first).toMatchObject({ seen: 3, resealed: 3, unreadable: [] })
          // Killed before the cursor was recorded: the same batch again finds nothing to do.
          const again = yield* repository.resealBatch("messages", Option.none(), 3, reseal)
          expect(again).toMatchObject({ seen: 3, resealed: 0, last: first.last })
          const rest = yield* resealAll("messages", 3, first.last)
          expect(rest.map((b) => b.seen)).toEqual([3, 1])
          expect(rest.reduce((n, b) => n + b.resealed, 0)).toBe(4)

          const memories = yield* resealAll("memories", 2)
          expect(memories.flatMap((b) => b.unreadable)).toEqual([`memories/${damaged}`])
          expect(memories.reduce((n, b) => n + b.resealed, 0)).toBe(3)
          yield* sql`delete from memories where id = ${damaged}`
          for (const table of ["message_feedback", "goals", "initiatives"] as const)
            expect(yield* resealAll(table, 2)).toMatchObject([{ seen: 0 }])

          const now = yield* repositoriesUnder(keys.to)
          const page = yield* now.messages.listByConversation(conversation.id as ConversationId, {
            limit: 100,
          })
          expect(page.map((m) => m.content)).toEqual(said)
          const all = yield* now.memories.list({ limit: 100 })
          expect(all.map((m) => m.content).sort()).toEqual([...remembered].sort())
          const stale = yield* Effect.flip(
            old.messages.listByConversation(conversation.id as ConversationId, { limit: 100 }),
          )
          expect(stale.message).toContain("cannot decrypt messages/")
        }),
    )

    it.effect("every bytea column is either re-sealed or known to hold no sealed value", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const rows = yield* sql`select table_name || '.' || column_name as name
                                from information_schema.columns
                                where table_schema = current_schema() and data_type = 'bytea'`
        const names = Schema.decodeUnknownSync(
          Schema.Array(Schema.Struct({ name: Schema.String })),
        )(rows).map((row) => row.name)
        const sealed = SealedContent.sealedTables.map(
          (table) => `${table}.${SealedContent.sealedColumn[table]}`,
        )
        expect([...names].sort()).toEqual([...sealed, ...SealedContent.unsealedByteaColumns].sort())
      }),
    )
  })
})

const entries = [
  ["c-1", "hello"],
  ["c-2", "the heron"],
  ["c-1", "by the mill"],
  ["c-2", "a violin"],
  ["c-1", "lesson"],
] as const

describe("re-keying working memory", () => {
  it.scoped("moves every record to the new key from a cursor, then binds the store to it", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      expect(Option.isNone(yield* openRekey(path, keys))).toBe(true)
      const written = yield* withStore({ path, key: keys.from }, (store) =>
        Effect.forEach(entries, ([conversation, content]) =>
          store.put(conversation, { role: "user", content }),
        ),
      )
      yield* Effect.scoped(
        Effect.gen(function* () {
          const rekey = Option.getOrThrow(yield* openRekey(path, keys))
          expect(yield* rekey.count()).toBe(5)
          const first = yield* rekey.batch(Option.none(), 2)
          expect(first).toMatchObject({ seen: 2, resealed: 2, unreadable: [] })
          const again = yield* rekey.batch(Option.none(), 2)
          expect(again).toMatchObject({ seen: 2, resealed: 0 })
          const second = yield* rekey.batch(first.last, 2)
          const third = yield* rekey.batch(second.last, 2)
          expect([second.resealed, third.resealed, third.seen]).toEqual([2, 1, 1])
          expect(Option.isNone(third.last)).toBe(true)
          yield* rekey.bind()
        }),
      )
      const read = yield* withStore({ path, key: keys.to }, (store) =>
        Effect.all([store.recent("c-1", 10), store.recent("c-2", 10)]),
      )
      expect(
        read
          .flat()
          .map((e) => e.id)
          .sort(),
      ).toEqual(written.map((e) => e.id).sort())
      expect(read[0].map((e) => e.content)).toEqual(["hello", "by the mill", "lesson"])
      expect((yield* openFailure(openStore({ path, key: keys.from })))._tag).toBe(
        "WorkingMemoryKeyMismatch",
      )
      const stranger = { from: SecretKey.random(), to: SecretKey.random() }
      expect((yield* openFailure(openRekey(path, stranger)))._tag).toBe("WorkingMemoryKeyMismatch")
    }),
  )
})
