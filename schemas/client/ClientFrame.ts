/**
 * What a client may send over the gateway's WebSocket (`/ws`): JSON objects with a `type`.
 * Anything else gets an `error` frame back and the connection stays open.
 */
import { Schema } from "effect"
import { maxMessageChars, Rating } from "../messages/conversation.js"

/** A frame of one `type` with its fields. */
export const frame = <Type extends string, Fields extends Schema.Struct.Fields>(
  type: Type,
  fields: Fields,
) => Schema.Struct({ type: Schema.Literal(type), ...fields })

/** The client's own id for a request; every frame answering it repeats it. */
export const RequestId = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z0-9._:-]{1,64}$/, {
    message: () => "an id of 1-64 letters, digits, '.', '_', ':' or '-'",
  }),
)

export const ChatSend = frame("chat.send", {
  id: RequestId,
  /** Omitted: a new conversation. */
  conversationId: Schema.optional(Schema.UUID),
  text: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(maxMessageChars)),
})

/** Stop the generation of an earlier `chat.send` or `chat.regenerate`. */
export const ChatStop = frame("chat.stop", { id: RequestId })

/** Answer the conversation's last message again. */
export const ChatRegenerate = frame("chat.regenerate", {
  id: RequestId,
  conversationId: Schema.UUID,
})

export const ChatFeedback = frame("chat.feedback", {
  messageId: Schema.UUID,
  rating: Rating,
  comment: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))),
})

/** Live actor state (clients allowed to see it): every actor, or the listed addresses. */
export const ActorsSubscribe = frame("actors.subscribe", {
  addresses: Schema.optional(Schema.Array(Schema.String.pipe(Schema.maxLength(256)))),
})
export const ActorsUnsubscribe = frame("actors.unsubscribe", {})

export const Ping = frame("ping", { id: Schema.optional(RequestId) })

export const ClientFrame = Schema.Union(
  ChatSend,
  ChatStop,
  ChatRegenerate,
  ChatFeedback,
  ActorsSubscribe,
  ActorsUnsubscribe,
  Ping,
)
export type ClientFrame = typeof ClientFrame.Type

export const clientFrameTypes: ReadonlyArray<ClientFrame["type"]> = ClientFrame.members.map(
  (member) => member.fields.type.literals[0],
)
