/** A person's rating of one message: thumbs up or down, with an optional comment. */
import { Schema } from "effect"
import { MessageId } from "./Message.js"
import { UserId } from "./User.js"

export const FeedbackId = Schema.UUID.pipe(Schema.brand("FeedbackId"))
export type FeedbackId = typeof FeedbackId.Type

export const FeedbackRating = Schema.Literal("up", "down")
export type FeedbackRating = typeof FeedbackRating.Type

export const FeedbackComment = Schema.String.pipe(Schema.maxLength(4000))

export class MessageFeedback extends Schema.Class<MessageFeedback>("MessageFeedback")({
  id: FeedbackId,
  messageId: MessageId,
  userId: Schema.NullOr(UserId),
  rating: FeedbackRating,
  /** "" when none was given. */
  comment: FeedbackComment,
  createdAt: Schema.DateFromSelf,
  updatedAt: Schema.DateFromSelf,
}) {}

/** A `message_feedback` row as stored: the comment sealed for `message_feedback/<id>`. */
export const StoredFeedback = Schema.Struct({
  id: FeedbackId,
  messageId: MessageId,
  userId: Schema.NullOr(UserId),
  rating: FeedbackRating,
  content: Schema.Uint8ArrayFromSelf,
  createdAt: Schema.DateFromSelf,
  updatedAt: Schema.DateFromSelf,
})
export type StoredFeedback = typeof StoredFeedback.Type

export const NewFeedback = Schema.Struct({
  messageId: MessageId,
  userId: Schema.optional(UserId),
  rating: FeedbackRating,
  comment: Schema.optional(FeedbackComment),
})
export type NewFeedback = typeof NewFeedback.Type
