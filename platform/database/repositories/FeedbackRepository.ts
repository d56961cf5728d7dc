/**
 * Ratings of messages (`message_feedback`): one per message, a new rating replacing the
 * last. The comment is sealed (`ContentCipher`, context `message_feedback/<id>`) and opened
 * on read.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import {
  FeedbackId,
  MessageFeedback,
  NewFeedback,
  StoredFeedback,
} from "../../../schemas/data/Feedback.js"
import { MessageId } from "../../../schemas/data/Message.js"
import { UserId } from "../../../schemas/data/User.js"
import { ContentCipher } from "../../crypto/ContentCipher.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface FeedbackRepository {
  /** Records the rating; none when the message does not exist. */
  readonly rate: (
    input: NewFeedback,
  ) => Effect.Effect<Option.Option<MessageFeedback>, RepositoryError>
  readonly findByMessage: (
    messageId: MessageId,
  ) => Effect.Effect<Option.Option<MessageFeedback>, RepositoryError>
}

export const FeedbackRepository = Context.GenericTag<FeedbackRepository>("aico/FeedbackRepository")

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const cipher = yield* ContentCipher
  const contextOf = (id: FeedbackId) => `message_feedback/${id}`
  const opened = ({ content, ...row }: StoredFeedback) =>
    cipher
      .open(content, contextOf(row.id))
      .pipe(Effect.map((comment) => new MessageFeedback({ ...row, comment })))

  const messageExists = SqlSchema.findOne({
    Request: MessageId,
    Result: Schema.Struct({ id: MessageId }),
    execute: (id) => sql`select id from messages where id = ${id} for share`,
  })
  // Locked: two ratings of one message in flight must not both insert.
  const current = SqlSchema.findOne({
    Request: MessageId,
    Result: StoredFeedback,
    execute: (messageId) =>
      sql`select * from message_feedback where message_id = ${messageId} for update`,
  })
  const insert = SqlSchema.single({
    Request: Schema.Struct({
      id: FeedbackId,
      messageId: MessageId,
      userId: Schema.NullOr(UserId),
      rating: Schema.Literal("up", "down"),
      content: Schema.Uint8ArrayFromSelf,
    }),
    Result: StoredFeedback,
    execute: (row) => sql`insert into message_feedback ${sql.insert(row)} returning *`,
  })
  const update = SqlSchema.single({
    Request: Schema.Struct({
      id: FeedbackId,
      userId: Schema.NullOr(UserId),
      rating: Schema.Literal("up", "down"),
      content: Schema.Uint8ArrayFromSelf,
    }),
    Result: StoredFeedback,
    execute: ({ content, id, rating, userId }) =>
      sql`update message_feedback
          set rating = ${rating}, user_id = ${userId}, content = ${content}, updated_at = now()
          where id = ${id} returning *`,
  })
  const byMessage = SqlSchema.findOne({
    Request: MessageId,
    Result: StoredFeedback,
    execute: (messageId) => sql`select * from message_feedback where message_id = ${messageId}`,
  })

  const record = (input: NewFeedback) =>
    Effect.gen(function* () {
      if (Option.isNone(yield* messageExists(input.messageId))) return Option.none()
      const existing = yield* current(input.messageId)
      const id = Option.match(existing, {
        onNone: () => FeedbackId.make(randomUUID()),
        onSome: (row) => row.id,
      })
      const row = {
        id,
        userId: input.userId ?? null,
        rating: input.rating,
        content: cipher.seal(input.comment ?? "", contextOf(id)),
      }
      const stored = Option.isSome(existing)
        ? yield* update(row)
        : yield* insert({ ...row, messageId: input.messageId })
      return Option.some(
        new MessageFeedback({
          id: stored.id,
          messageId: stored.messageId,
          userId: stored.userId,
          rating: stored.rating,
          comment: input.comment ?? "",
          createdAt: stored.createdAt,
          updatedAt: stored.updatedAt,
        }),
      )
    })

  return FeedbackRepository.of({
    rate: (input) =>
      Schema.decodeUnknown(NewFeedback)(input).pipe(
        Effect.flatMap(record),
        sql.withTransaction,
        failsAs("rate message"),
      ),
    findByMessage: (messageId) =>
      byMessage(messageId).pipe(
        Effect.flatMap(
          Option.match({
            onNone: () => Effect.succeed(Option.none<MessageFeedback>()),
            onSome: (row) => Effect.map(opened(row), Option.some),
          }),
        ),
        failsAs("find feedback"),
      ),
  })
})

export const layer = Layer.effect(FeedbackRepository, make)
