/**
 * What a conversation says, as the events it sends up to the engine: replies published on
 * `conversation.reply`, finished turns on `conversation.turn_completed`, and the notice
 * that a request is over.
 */
import * as Out from "../../runtime/actor/Outgoing.js"
import type { ReplyFailureCode } from "../../schemas/messages/conversation.js"
import type { FromConversation } from "./ConversationEvents.js"
import {
  Accepted,
  ReplyDelta,
  ReplyDone,
  ReplyFailed,
  replyTopic,
  TurnCompleted,
  turnCompletedTopic,
} from "./messages.js"
import type { Accepted as AcceptedTurn } from "./steps/accept.js"
import type { Stored } from "./steps/store.js"

/** Sent up to the engine, which routes it onto the bus. */
export const out = (outgoing: Out.Outgoing): FromConversation => ({
  type: "conversation.out",
  outgoing,
})

export const acceptedReply = (requestId: string, conversationId: string, messageId: string) =>
  out(Out.publish(replyTopic, Accepted.make({ requestId, conversationId, messageId })))

export const deltaReply = (requestId: string, conversationId: string, seq: number, text: string) =>
  out(Out.publish(replyTopic, ReplyDelta.make({ requestId, conversationId, seq, text })))

export const failedReply = (
  requestId: string,
  conversationId: string,
  code: ReplyFailureCode,
  reason: string,
) => out(Out.publish(replyTopic, ReplyFailed.make({ requestId, conversationId, code, reason })))

export const doneReply = (requestId: string, conversationId: string, stored: Stored) =>
  out(
    Out.publish(
      replyTopic,
      ReplyDone.make({
        requestId,
        conversationId,
        messageId: stored.replyMessageId,
        text: stored.replyText,
      }),
    ),
  )

/** The finished turn, with the classifier's reading of the user message ("" when none). */
export const turnCompleted = (conversationId: string, turn: AcceptedTurn, stored: Stored) =>
  out(
    Out.publish(
      turnCompletedTopic,
      TurnCompleted.make({
        conversationId,
        userId: turn.userId,
        userMessageId: turn.userMessageId,
        replyMessageId: stored.replyMessageId,
        userText: stored.userText,
        replyText: stored.replyText,
        sentiment: stored.labels?.sentiment ?? "",
        sentimentScore: stored.labels?.sentimentScore ?? 0,
        emotion: stored.labels?.emotion ?? "",
        emotionScore: stored.labels?.emotionScore ?? 0,
        completedAt: stored.completedAt,
      }),
    ),
  )

/** The request is over (answered or failed): the engine forgets it. */
export const finished = (conversationId: string, requestId: string): FromConversation => ({
  type: "conversation.finished",
  conversationId,
  requestId,
})
