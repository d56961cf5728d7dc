/**
 * Conversation message types (`conversation.*`) and the companion's notices. Topics:
 * `conversation.reply` carries the reply to a request (accepted, delta, done, failed),
 * `conversation.turn_completed` every finished turn, `companion.notice` what the companion
 * says first.
 */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Conversation from "../../schemas/messages/conversation.js"

const proto = aico.conversation.v1

export const replyTopic = "conversation.reply"
export const turnCompletedTopic = "conversation.turn_completed"
export const noticeTopic = "companion.notice"

export const Send = defineMessage({
  type: "conversation.send",
  schema: Conversation.Send,
  proto: proto.Send,
})
export const Regenerate = defineMessage({
  type: "conversation.regenerate",
  schema: Conversation.Regenerate,
  proto: proto.Regenerate,
})
export const Stop = defineMessage({
  type: "conversation.stop",
  schema: Conversation.Stop,
  proto: proto.Stop,
})
export const Feedback = defineMessage({
  type: "conversation.feedback",
  schema: Conversation.Feedback,
  proto: proto.Feedback,
})
export const Accepted = defineMessage({
  type: "conversation.accepted",
  schema: Conversation.Accepted,
  proto: proto.Accepted,
})
export const ReplyDelta = defineMessage({
  type: "conversation.delta",
  schema: Conversation.ReplyDelta,
  proto: proto.ReplyDelta,
})
export const ReplyDone = defineMessage({
  type: "conversation.reply_done",
  schema: Conversation.ReplyDone,
  proto: proto.ReplyDone,
})
export const ReplyFailed = defineMessage({
  type: "conversation.reply_failed",
  schema: Conversation.ReplyFailed,
  proto: proto.ReplyFailed,
})
export const TurnCompleted = defineMessage({
  type: "conversation.turn_completed",
  schema: Conversation.TurnCompleted,
  proto: proto.TurnCompleted,
})
export const Notice = defineMessage({
  type: "companion.notice",
  schema: Conversation.Notice,
  proto: proto.Notice,
})

export const conversationMessages = [
  Send,
  Regenerate,
  Stop,
  Feedback,
  Accepted,
  ReplyDelta,
  ReplyDone,
  ReplyFailed,
  TurnCompleted,
  Notice,
] as const
