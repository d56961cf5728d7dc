/**
 * Payloads of conversation messages (`conversation.*`) and companion notices. The gateway
 * tells `conversation@<node>` what a client sent; the conversation engine publishes the
 * reply on topic `conversation.reply` (accepted, deltas, then done or failed, all carrying
 * the gateway's requestId) and every finished turn on `conversation.turn_completed` for
 * the companion's other actors. On the wire "" and 0 mean "not given".
 */
import { Schema } from "effect"

const RequestId = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128))
const OptionalUuid = Schema.Union(Schema.Literal(""), Schema.UUID)
const Count = Schema.Number.pipe(Schema.int(), Schema.nonNegative())
const EpochMs = Schema.Number.pipe(Schema.nonNegative())

/** Longest user message accepted (characters). */
export const maxMessageChars = 32_000

export const Send = Schema.Struct({
  requestId: RequestId,
  userId: OptionalUuid,
  /** "" starts a new conversation. */
  conversationId: OptionalUuid,
  text: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(maxMessageChars)),
})
export type Send = typeof Send.Type

/** Answer the conversation's last user message again, replacing the last reply. */
export const Regenerate = Schema.Struct({
  requestId: RequestId,
  userId: OptionalUuid,
  conversationId: Schema.UUID,
})
export type Regenerate = typeof Regenerate.Type

/** Stop the generation of a request (a client pressed stop or went away). */
export const Stop = Schema.Struct({ requestId: RequestId, conversationId: OptionalUuid })
export type Stop = typeof Stop.Type

export const Rating = Schema.Literal("up", "down")
export type Rating = typeof Rating.Type

export const Feedback = Schema.Struct({
  messageId: Schema.UUID,
  userId: OptionalUuid,
  rating: Rating,
  comment: Schema.String.pipe(Schema.maxLength(4000)),
})
export type Feedback = typeof Feedback.Type

export const Accepted = Schema.Struct({
  requestId: RequestId,
  conversationId: Schema.UUID,
  /** The stored user message ("" for a regenerate). */
  messageId: OptionalUuid,
})
export type Accepted = typeof Accepted.Type

export const ReplyDelta = Schema.Struct({
  requestId: RequestId,
  conversationId: Schema.UUID,
  seq: Count,
  text: Schema.String,
})
export type ReplyDelta = typeof ReplyDelta.Type

export const ReplyDone = Schema.Struct({
  requestId: RequestId,
  conversationId: Schema.UUID,
  /** The stored reply. */
  messageId: Schema.UUID,
  text: Schema.String,
})
export type ReplyDone = typeof ReplyDone.Type

export const ReplyFailureCode = Schema.Literal(
  "invalid",
  "not_found",
  "busy",
  "model_unavailable",
  "model_missing",
  "timeout",
  "cancelled",
  "internal",
)
export type ReplyFailureCode = typeof ReplyFailureCode.Type

export const ReplyFailed = Schema.Struct({
  requestId: RequestId,
  conversationId: OptionalUuid,
  code: ReplyFailureCode,
  reason: Schema.String,
})
export type ReplyFailed = typeof ReplyFailed.Type

export const TurnCompleted = Schema.Struct({
  conversationId: Schema.UUID,
  userId: OptionalUuid,
  userMessageId: Schema.UUID,
  replyMessageId: Schema.UUID,
  userText: Schema.String,
  replyText: Schema.String,
  /** The classifier's reading of the user's message ("" when not classified). */
  sentiment: Schema.String,
  sentimentScore: Schema.Number,
  emotion: Schema.String,
  emotionScore: Schema.Number,
  completedAt: EpochMs,
})
export type TurnCompleted = typeof TurnCompleted.Type

/** Something the companion says first, published on `companion.notice` for the gateway. */
export const Notice = Schema.Struct({
  noticeId: Schema.UUID,
  userId: OptionalUuid,
  /** What prompted it, e.g. "check_in", "goal_due", "curiosity". */
  kind: Schema.String.pipe(Schema.pattern(/^[a-z][a-z0-9_.-]{0,63}$/)),
  text: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(maxMessageChars)),
  at: EpochMs,
})
export type Notice = typeof Notice.Type
