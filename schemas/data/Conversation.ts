/** A conversation with one person. */
import { Schema } from "effect"
import { UserId } from "./User.js"

export const ConversationId = Schema.UUID.pipe(Schema.brand("ConversationId"))
export type ConversationId = typeof ConversationId.Type

export const ConversationTitle = Schema.String.pipe(
  Schema.trimmed(),
  Schema.minLength(1),
  Schema.maxLength(200),
)

export class Conversation extends Schema.Class<Conversation>("Conversation")({
  id: ConversationId,
  userId: UserId,
  title: Schema.NullOr(ConversationTitle),
  startedAt: Schema.DateFromSelf,
  lastMessageAt: Schema.NullOr(Schema.DateFromSelf),
}) {}

export const NewConversation = Schema.Struct({
  userId: UserId,
  title: Schema.optional(ConversationTitle),
})
export type NewConversation = typeof NewConversation.Type
