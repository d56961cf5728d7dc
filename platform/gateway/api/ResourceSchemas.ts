/**
 * What the conversation, memory, actor and dead-letter routes take and answer, in their
 * JSON form: dates as ISO strings, ids as UUIDs, no stored bytes.
 */
import { Schema } from "effect"
import { MessageRole } from "../../../schemas/data/Message.js"
import { MemoryHit } from "../../../schemas/messages/memory.js"

/** A `?limit=` query parameter: 1-1000, `fallback` when absent. */
const limitParam = (fallback: number) =>
  Schema.optionalWith(
    Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 1000)).annotations({
      description: "how many to return, 1-1000",
    }),
    { default: () => fallback },
  )

export const ConversationView = Schema.Struct({
  id: Schema.UUID,
  title: Schema.NullOr(Schema.String),
  startedAt: Schema.Date,
  lastMessageAt: Schema.NullOr(Schema.Date),
}).annotations({ identifier: "Conversation" })
export type ConversationView = typeof ConversationView.Type

export const ConversationsQuery = Schema.Struct({ limit: limitParam(50) })

export const ConversationPath = Schema.Struct({ id: Schema.UUID })

export const MessagesQuery = Schema.Struct({
  limit: limitParam(100),
  /** Only messages before this `seq` (paging backwards). */
  before: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.positive())),
})

export const MessageView = Schema.Struct({
  id: Schema.UUID,
  conversationId: Schema.UUID,
  /** Later messages of a conversation have larger `seq`. */
  seq: Schema.Int,
  role: MessageRole,
  content: Schema.String,
  createdAt: Schema.Date,
}).annotations({ identifier: "Message" })
export type MessageView = typeof MessageView.Type

export const MemorySearchRequest = Schema.Struct({
  query: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(10_000)),
  limit: Schema.optionalWith(Schema.Int.pipe(Schema.between(1, 100)), { default: () => 10 }),
}).annotations({ identifier: "MemorySearchRequest" })

export const MemorySearchResults = Schema.Struct({
  hits: Schema.Array(MemoryHit.annotations({ identifier: "MemoryHit" })),
}).annotations({ identifier: "MemorySearchResults" })

export const RestartResult = Schema.Struct({
  address: Schema.String,
  /** The actor's restarts so far, this one included. */
  restarts: Schema.Int,
}).annotations({ identifier: "RestartResult" })

export const DeadLetterView = Schema.Struct({
  id: Schema.String,
  recipient: Schema.String,
  sender: Schema.String,
  type: Schema.String,
  reason: Schema.String,
  attempts: Schema.Int,
  /** When it was dead-lettered, epoch milliseconds. */
  at: Schema.Number,
  /** Size of the stored envelope. */
  bytes: Schema.Int,
}).annotations({ identifier: "DeadLetter" })
export type DeadLetterView = typeof DeadLetterView.Type

export const DeadLetterPath = Schema.Struct({
  id: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128)),
})

export const ReplayResult = Schema.Struct({ id: Schema.String, replayed: Schema.Boolean })

/** `/ws` query parameters (the handshake itself is not part of the HTTP API). */
export const SocketQuery = Schema.Struct({
  token: Schema.optional(Schema.String),
  resume: Schema.optional(Schema.String),
  after: Schema.optional(Schema.String),
})
