/**
 * Conversations with one person. Every method joins the caller's transaction when there is
 * one (`sql.withTransaction`).
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, type Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import {
  Conversation,
  ConversationId,
  ConversationTitle,
  NewConversation,
} from "../../../schemas/data/Conversation.js"
import { UserId } from "../../../schemas/data/User.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface ConversationRepository {
  readonly start: (userId: UserId, title?: string) => Effect.Effect<Conversation, RepositoryError>
  readonly findById: (
    id: ConversationId,
  ) => Effect.Effect<Option.Option<Conversation>, RepositoryError>
  /** The user's conversations, most recently started first. */
  readonly listByUser: (
    userId: UserId,
    limit: number,
  ) => Effect.Effect<ReadonlyArray<Conversation>, RepositoryError>
}

export const ConversationRepository = Context.GenericTag<ConversationRepository>(
  "aico/ConversationRepository",
)

const Limit = Schema.Int.pipe(Schema.between(1, 1000))

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const insert = SqlSchema.single({
    Request: Schema.Struct({
      id: ConversationId,
      userId: UserId,
      title: Schema.NullOr(ConversationTitle),
    }),
    Result: Conversation,
    execute: (row) => sql`insert into conversations ${sql.insert(row)} returning *`,
  })
  const byId = SqlSchema.findOne({
    Request: ConversationId,
    Result: Conversation,
    execute: (id) => sql`select * from conversations where id = ${id}`,
  })
  const byUser = SqlSchema.findAll({
    Request: Schema.Struct({ userId: UserId, limit: Limit }),
    Result: Conversation,
    execute: ({ limit, userId }) =>
      sql`select * from conversations where user_id = ${userId}
          order by started_at desc, id desc limit ${limit}`,
  })

  return ConversationRepository.of({
    start: (userId, title) =>
      Schema.decodeUnknown(NewConversation)(
        title === undefined ? { userId } : { userId, title },
      ).pipe(
        Effect.flatMap((input) =>
          insert({
            id: ConversationId.make(randomUUID()),
            userId: input.userId,
            title: input.title ?? null,
          }),
        ),
        failsAs("start conversation"),
      ),
    findById: (id) => byId(id).pipe(failsAs("find conversation")),
    listByUser: (userId, limit) => byUser({ userId, limit }).pipe(failsAs("list conversations")),
  })
})

export const layer = Layer.effect(ConversationRepository, make)
