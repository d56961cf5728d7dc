/**
 * Memories: the source of truth behind semantic memory. The Chroma index is built from
 * these rows elsewhere; `list` pages through all of them in id order for that rebuild and
 * for backups.
 *
 * The content is stored sealed (`ContentCipher`, context `memories/<id>`) and opened on
 * read; a row that does not open fails the read with a RepositoryError naming the row.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { BigintColumn, JsonObject } from "../../../schemas/data/Json.js"
import {
  Importance,
  Memory,
  MemoryId,
  MemoryPage,
  NewMemory,
  StoredMemory,
} from "../../../schemas/data/Memory.js"
import { UserId } from "../../../schemas/data/User.js"
import { ContentCipher } from "../../crypto/ContentCipher.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface MemoryRepository {
  readonly insert: (memory: NewMemory) => Effect.Effect<Memory, RepositoryError>
  /** The memories with these ids that exist, in no particular order. */
  readonly getMany: (
    ids: ReadonlyArray<MemoryId>,
  ) => Effect.Effect<ReadonlyArray<Memory>, RepositoryError>
  /** Up to `limit` memories with ids after `afterId`, in id order. */
  readonly list: (page: MemoryPage) => Effect.Effect<ReadonlyArray<Memory>, RepositoryError>
  readonly count: () => Effect.Effect<number, RepositoryError>
  /** True when there was such a memory. */
  readonly remove: (id: MemoryId) => Effect.Effect<boolean, RepositoryError>
}

export const MemoryRepository = Context.GenericTag<MemoryRepository>("aico/MemoryRepository")

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const cipher = yield* ContentCipher
  const contextOf = (id: MemoryId) => `memories/${id}`
  const opened = (row: StoredMemory) =>
    cipher
      .open(row.content, contextOf(row.id))
      .pipe(Effect.map((content) => new Memory({ ...row, content })))

  const insert = SqlSchema.single({
    Request: Schema.Struct({
      id: MemoryId,
      userId: Schema.NullOr(UserId),
      conversationId: Schema.NullOr(ConversationId),
      kind: Schema.String,
      content: Schema.Uint8ArrayFromSelf,
      importance: Importance,
      metadata: JsonObject,
      createdAt: Schema.NullOr(Schema.DateFromSelf),
    }),
    Result: StoredMemory,
    // Without a creation time the database's clock stamps the row.
    execute: ({ createdAt, ...row }) =>
      sql`insert into memories ${sql.insert(createdAt === null ? row : { ...row, createdAt })}
          returning *`,
  })
  const byIds = SqlSchema.findAll({
    Request: Schema.Array(MemoryId),
    Result: StoredMemory,
    execute: (ids) => sql`select * from memories where id in ${sql.in(ids)}`,
  })
  const page = SqlSchema.findAll({
    Request: Schema.Struct({ afterId: Schema.NullOr(MemoryId), limit: Schema.Int }),
    Result: StoredMemory,
    execute: ({ afterId, limit }) =>
      sql`select * from memories
          ${afterId === null ? sql`` : sql`where id > ${afterId}`}
          order by id limit ${limit}`,
  })
  const counted = SqlSchema.single({
    Request: Schema.Void,
    Result: Schema.Struct({ count: BigintColumn }),
    execute: () => sql`select count(*) from memories`,
  })
  const deleted = SqlSchema.findAll({
    Request: MemoryId,
    Result: Schema.Struct({ id: MemoryId }),
    execute: (id) => sql`delete from memories where id = ${id} returning id`,
  })

  return MemoryRepository.of({
    insert: (memory) =>
      Schema.decodeUnknown(NewMemory)(memory).pipe(
        Effect.flatMap((input) => {
          const id = input.id ?? MemoryId.make(randomUUID())
          return insert({
            id,
            userId: input.userId ?? null,
            conversationId: input.conversationId ?? null,
            kind: input.kind,
            content: cipher.seal(input.content, contextOf(id)),
            importance: input.importance,
            metadata: input.metadata ?? {},
            createdAt: input.createdAt ?? null,
          }).pipe(Effect.map((row) => new Memory({ ...row, content: input.content })))
        }),
        failsAs("insert memory"),
      ),
    getMany: (ids) =>
      (ids.length === 0 ? Effect.succeed([]) : byIds(ids)).pipe(
        Effect.flatMap(Effect.forEach(opened)),
        failsAs("get memories"),
      ),
    list: (options) =>
      Schema.decodeUnknown(MemoryPage)(options).pipe(
        Effect.flatMap(({ afterId, limit }) => page({ afterId: afterId ?? null, limit })),
        Effect.flatMap(Effect.forEach(opened)),
        failsAs("list memories"),
      ),
    count: () =>
      counted(undefined).pipe(
        Effect.map(({ count }) => count),
        failsAs("count memories"),
      ),
    remove: (id) =>
      deleted(id).pipe(
        Effect.map((rows) => rows.length > 0),
        failsAs("remove memory"),
      ),
  })
})

export const layer = Layer.effect(MemoryRepository, make)
