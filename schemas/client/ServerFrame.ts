/**
 * What the gateway sends over the WebSocket. Every frame but `pong` and `session` carries
 * `seq`, the session's frame counter: a client that reconnects with its resume token and
 * the last `seq` it saw gets every later frame again.
 */
import { Schema } from "effect"
import { ReplyFailureCode } from "../messages/conversation.js"
import { frame, RequestId } from "./ClientFrame.js"

const Seq = Schema.Number.pipe(Schema.int(), Schema.nonNegative())

/** The first frame of every connection. */
export const Session = frame("session", {
  sessionId: Schema.String,
  /** Present on reconnect as `/ws?resume=<token>&after=<last seq seen>`. */
  resumeToken: Schema.String,
  resumed: Schema.Boolean,
  /** The last seq sent so far in this session (frames after it follow). */
  seq: Seq,
})

export const ChatAccepted = frame("chat.accepted", {
  seq: Seq,
  id: RequestId,
  conversationId: Schema.UUID,
  /** The stored user message; absent for a regenerate. */
  messageId: Schema.optional(Schema.UUID),
})

export const ChatDelta = frame("chat.delta", {
  seq: Seq,
  id: RequestId,
  conversationId: Schema.UUID,
  /** 0, 1, 2… within the reply. */
  index: Seq,
  text: Schema.String,
})

export const ChatDone = frame("chat.done", {
  seq: Seq,
  id: RequestId,
  conversationId: Schema.UUID,
  /** The stored reply. */
  messageId: Schema.UUID,
  text: Schema.String,
})

export const ChatError = frame("chat.error", {
  seq: Seq,
  id: RequestId,
  code: ReplyFailureCode,
  message: Schema.String,
})

export const CompanionNotice = frame("companion.notice", {
  seq: Seq,
  noticeId: Schema.UUID,
  kind: Schema.String,
  text: Schema.String,
  at: Schema.Number,
})

/** An actor's state changed (to clients subscribed with `actors.subscribe`). */
export const ActorState = frame("actor.state", {
  seq: Seq,
  address: Schema.String,
  status: Schema.String,
  /** XState state value. */
  state: Schema.Unknown,
  at: Schema.Number,
})

export const ErrorCode = Schema.Literal(
  "malformed",
  "unknown_type",
  "invalid",
  "too_large",
  "rate_limited",
  "unauthorized",
  "forbidden",
  "resume_failed",
  "internal",
)
export type ErrorCode = typeof ErrorCode.Type

/** A frame the client sent could not be served; the connection stays usable. */
export const ErrorFrame = frame("error", {
  seq: Seq,
  code: ErrorCode,
  message: Schema.String,
  /** The offending frame's `id`, when it had one. */
  id: Schema.optional(Schema.String),
})

export const Pong = frame("pong", { id: Schema.optional(RequestId) })

export const ServerFrame = Schema.Union(
  Session,
  ChatAccepted,
  ChatDelta,
  ChatDone,
  ChatError,
  CompanionNotice,
  ActorState,
  ErrorFrame,
  Pong,
)
export type ServerFrame = typeof ServerFrame.Type
