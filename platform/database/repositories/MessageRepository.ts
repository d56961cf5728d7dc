/**
 * Messages of conversations. Appending a message also moves the conversation's
 * `last_message_at` to it, in the same statement, so the two never disagree.
 *
 * The content is stored sealed (`ContentCipher`, context `messages/<id>`) and opened on
 * read; a row that does not open fails the read with a RepositoryError naming the row.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, Option, Schema } from "effect"
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
  /** Appends a message, under `id` when the caller chose one (a new one otherwise). */
  readonly append: (
    conversationId: ConversationId,
    message: NewMessage,
    id?: MessageId,
  ) => Effect.Effect<Message, RepositoryError>
  /** The newest `limit` messages (before `beforeSeq` when given), oldest first. */
  readonly listByConversation: (
    conversationId: ConversationId,
    page: MessagePage,
  ) => Effect.Effect<ReadonlyArray<Message>, RepositoryError>
  readonly count: (conversationId: ConversationId) => Effect.Effect<number, RepositoryError>
  /** One message of a conversation by its id (none when it is not there). */
  readonly findById: (
    conversationId: ConversationId,
    id: MessageId,
  ) => Effect.Effect<Option.Option<Message>, RepositoryError>
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
    // One statement, so one round trip and atomic without a transaction of its own. The
    // conversation takes the message's own timestamp, not a JS Date of it: PostgreSQL
    // keeps microseconds.
    execute: (row) =>
      sql`with inserted as (insert into messages ${sql.insert(row)} returning *),
          touched as (
            update conversations c
            set last_message_at = greatest(c.last_message_at, inserted.created_at)
            from inserted where c.id = inserted.conversation_id
          )
          select * from inserted`,
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
  const byId = SqlSchema.findOne({
    Request: Schema.Struct({ conversationId: ConversationId, id: MessageId }),
    Result: StoredMessage,
    execute: ({ conversationId, id }) =>
      sql`select * from messages where id = ${id} and conversation_id = ${conversationId}`,
  })
  const counted = SqlSchema.single({
    Request: ConversationId,
    Result: Schema.Struct({ count: BigintColumn }),
    execute: (id) => sql`select count(*) from messages where conversation_id = ${id}`,
  })

  return MessageRepository.of({
    append: (conversationId, message, chosenId) =>
      Schema.decodeUnknown(NewMessage)(message).pipe(
        Effect.flatMap((input) => {
          const id = chosenId ?? MessageId.make(randomUUID())
          return insert({
            id,
            conversationId,
            role: input.role,
            content: cipher.seal(input.content, contextOf(id)),
            metadata: input.metadata ?? {},
          }).pipe(Effect.map((row) => new Message({ ...row, content: input.content })))
        }),
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
    findById: (conversationId, id) =>
      byId({ conversationId, id }).pipe(
        Effect.flatMap(
          Option.match({
            onNone: () => Effect.succeed(Option.none<Message>()),
            onSome: (row) => Effect.map(opened(row), Option.some),
          }),
        ),
        failsAs("find message"),
      ),
    count: (conversationId) =>
      counted(conversationId).pipe(
        Effect.map(({ count }) => count),
        failsAs("count messages"),
      ),
  })
})

export const layer = Layer.effect(MessageRepository, make)
