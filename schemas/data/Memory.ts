/** One remembered thing: the source of truth behind the semantic memory index. */
import { Schema } from "effect"
import { ConversationId } from "./Conversation.js"
import { JsonObject } from "./Json.js"
import { UserId } from "./User.js"

export const MemoryId = Schema.UUID.pipe(Schema.brand("MemoryId"))
export type MemoryId = typeof MemoryId.Type

export const Importance = Schema.Number.pipe(Schema.between(0, 1))

export class Memory extends Schema.Class<Memory>("Memory")({
  id: MemoryId,
  userId: Schema.NullOr(UserId),
  conversationId: Schema.NullOr(ConversationId),
  kind: Schema.String,
  content: Schema.String,
  importance: Importance,
  metadata: JsonObject,
  createdAt: Schema.DateFromSelf,
}) {}

/** A `memories` row as stored: the content sealed for `memories/<id>` (`ContentCipher`). */
export const StoredMemory = Schema.Struct({
  ...Memory.fields,
  content: Schema.Uint8ArrayFromSelf,
})
export type StoredMemory = typeof StoredMemory.Type

export const NewMemory = Schema.Struct({
  id: Schema.optional(MemoryId),
  userId: Schema.optional(UserId),
  conversationId: Schema.optional(ConversationId),
  kind: Schema.String.pipe(Schema.minLength(1)),
  content: Schema.String,
  importance: Importance,
  metadata: Schema.optional(JsonObject),
  createdAt: Schema.optional(Schema.DateFromSelf),
})
export type NewMemory = typeof NewMemory.Type

/** A page of all memories in id order; the next page starts after the last id seen. */
export const MemoryPage = Schema.Struct({
  afterId: Schema.optional(MemoryId),
  limit: Schema.Int.pipe(Schema.between(1, 10_000)),
})
export type MemoryPage = typeof MemoryPage.Type
