/**
 * Messages of conversations. Appending a message also moves the conversation's
 * `last_message_at` to it, in one transaction, so the two never disagree.
 *
 * The content is stored sealed (`ContentCipher`, context `messages/<id>`) and opened on
 * read; a row that does not open fails the read with a RepositoryError naming the row.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { BigintColumn, JsonObject } from "../../../schemas/data/Json.js"
import {
  Message,
  MessageId,
  MessagePage,
  MessageRole,
  NewMessage,
  StoredMessage,
} from "../../../schemas/data/Message.js"
import { ContentCipher } from "../../crypto/ContentCipher.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface MessageRepository {
  readonly append: (
    conversationId: ConversationId,
    message: NewMessage,
  ) => Effect.Effect<Message, RepositoryError>
  /** The newest `limit` messages (before `beforeSeq` when given), oldest first. */
  readonly listByConversation: (
    conversationId: ConversationId,
    page: MessagePage,
  ) => Effect.Effect<ReadonlyArray<Message>, RepositoryError>
  readonly count: (conversationId: ConversationId) => Effect.Effect<number, RepositoryError>
}

export const MessageRepository = Context.GenericTag<MessageRepository>("aico/MessageRepository")

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const cipher = yield* ContentCipher
  const contextOf = (id: MessageId) => `messages/${id}`
  const opened = (row: StoredMessage) =>
    cipher
      .open(row.content, contextOf(row.id))
      .pipe(Effect.map((content) => new Message({ ...row, content })))

  const insert = SqlSchema.single({
    Request: Schema.Struct({
      id: MessageId,
      conversationId: ConversationId,
      role: MessageRole,
      content: Schema.Uint8ArrayFromSelf,
      metadata: JsonObject,
    }),
    Result: StoredMessage,
    execute: (row) => sql`insert into messages ${sql.insert(row)} returning *`,
  })
  const touch = SqlSchema.void({
    Request: MessageId,
    // The message's own timestamp, not a JS Date of it: PostgreSQL keeps microseconds.
    execute: (messageId) =>
      sql`update conversations c
          set last_message_at = greatest(c.last_message_at, m.created_at)
          from messages m where m.id = ${messageId} and c.id = m.conversation_id`,
  })
  const page = SqlSchema.findAll({
    Request: Schema.Struct({
      conversationId: ConversationId,
      limit: Schema.Int,
      beforeSeq: Schema.NullOr(Schema.Int),
    }),
    Result: StoredMessage,
    execute: ({ beforeSeq, conversationId, limit }) =>
      sql`select * from (
            select * from messages
            where conversation_id = ${conversationId}
              ${beforeSeq === null ? sql`` : sql`and seq < ${beforeSeq}`}
            order by seq desc limit ${limit}
          ) newest order by seq`,
  })
  const counted = SqlSchema.single({
    Request: ConversationId,
    Result: Schema.Struct({ count: BigintColumn }),
    execute: (id) => sql`select count(*) from messages where conversation_id = ${id}`,
  })

  return MessageRepository.of({
    append: (conversationId, message) =>
      Schema.decodeUnknown(NewMessage)(message).pipe(
        Effect.flatMap((input) => {
          const id = MessageId.make(randomUUID())
          return insert({
            id,
            conversationId,
            role: input.role,
            content: cipher.seal(input.content, contextOf(id)),
            metadata: input.metadata ?? {},
          }).pipe(Effect.map((row) => new Message({ ...row, content: input.content })))
        }),
        Effect.tap((inserted) => touch(inserted.id)),
        sql.withTransaction,
        failsAs("append message"),
      ),
    listByConversation: (conversationId, options) =>
      Schema.decodeUnknown(MessagePage)(options).pipe(
        Effect.flatMap(({ beforeSeq, limit }) =>
          page({ conversationId, limit, beforeSeq: beforeSeq ?? null }),
        ),
        Effect.flatMap(Effect.forEach(opened)),
        failsAs("list messages"),
      ),
    count: (conversationId) =>
      counted(conversationId).pipe(
        Effect.map(({ count }) => count),
        failsAs("count messages"),
      ),
  })
})

export const layer = Layer.effect(MessageRepository, make)
