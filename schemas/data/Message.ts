/** One message in a conversation, in the order it arrived. */
import { Schema } from "effect"
import { ConversationId } from "./Conversation.js"
import { BigintColumn, JsonObject } from "./Json.js"

export const MessageId = Schema.UUID.pipe(Schema.brand("MessageId"))
export type MessageId = typeof MessageId.Type

export const MessageRole = Schema.Literal("user", "assistant", "system")
export type MessageRole = typeof MessageRole.Type

export class Message extends Schema.Class<Message>("Message")({
  id: MessageId,
  conversationId: ConversationId,
  /** Order of arrival across all conversations; within one, later messages have larger seq. */
  seq: BigintColumn,
  role: MessageRole,
  content: Schema.String,
  metadata: JsonObject,
  createdAt: Schema.DateFromSelf,
}) {}

/** A `messages` row as stored: the content sealed for `messages/<id>` (`ContentCipher`). */
export const StoredMessage = Schema.Struct({
  ...Message.fields,
  content: Schema.Uint8ArrayFromSelf,
})
export type StoredMessage = typeof StoredMessage.Type

export const NewMessage = Schema.Struct({
  role: MessageRole,
  content: Schema.String,
  metadata: Schema.optional(JsonObject),
})
export type NewMessage = typeof NewMessage.Type

/** Which page of a conversation to read: the newest `limit` messages before `beforeSeq`. */
export const MessagePage = Schema.Struct({
  limit: Schema.Int.pipe(Schema.between(1, 1000)),
  beforeSeq: Schema.optional(Schema.Int),
})
export type MessagePage = typeof MessagePage.Type
