/**
 * Chat frames to the conversation engine: `chat.send`, `chat.regenerate`, `chat.stop` and
 * `chat.feedback` become `conversation.*` messages told to `conversation@<node>` in the
 * gateway actor's name. The reply comes back through the hub (matched by request id).
 * Conversations are checked to be the client's own before anything is sent.
 */
import { Effect, Option } from "effect"
import { Feedback, Regenerate, Send, Stop } from "../../../actors/conversation/messages.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import type * as ClientFrames from "../../../schemas/client/ClientFrame.js"
import type { ReplyFailureCode } from "../../../schemas/messages/conversation.js"
import type { Message } from "../../../runtime/message/MessageDefinition.js"
import type { ConversationRepository } from "../../database/repositories/ConversationRepository.js"
import type { GatewayNode } from "../GatewayNode.js"
import type { Hub } from "./SessionHub.js"
import type { Session } from "./Session.js"

type ChatSend = typeof ClientFrames.ChatSend.Type
type ChatRegenerate = typeof ClientFrames.ChatRegenerate.Type
type ChatStop = typeof ClientFrames.ChatStop.Type
type ChatFeedback = typeof ClientFrames.ChatFeedback.Type

export interface ChatDeps {
  readonly node: GatewayNode.Service
  readonly conversations: ConversationRepository
  readonly hub: Hub
}

const failed = (session: Session, id: string, code: ReplyFailureCode, message: string) =>
  Effect.sync(() => session.push({ type: "chat.error", id, code, message }))

export const makeChat = ({ conversations, hub, node }: ChatDeps) => {
  const engine = `conversation@${node.nodeId}`

  /** Whether the conversation exists and is the session's user's (false if unknown). */
  const owned = (session: Session, conversationId: string) =>
    conversations
      .findById(ConversationId.make(conversationId))
      .pipe(
        Effect.map((found) => Option.isSome(found) && found.value.userId === session.client.userId),
      )

  /** Opens the request, tells the engine, and reports a refused send as the request's error. */
  const request = (
    session: Session,
    id: string,
    conversationId: string,
    message: (requestId: string) => Message,
  ) =>
    Effect.gen(function* () {
      if (session.requests.has(id)) {
        return session.push({
          type: "error",
          code: "invalid",
          message: `request "${id}" is still open: use a new id per request`,
          id,
        })
      }
      const requestId = hub.openRequest(session, id, conversationId)
      yield* node.tell(engine, message(requestId)).pipe(
        Effect.catchAll((error) => {
          hub.closeRequest(session, id)
          return failed(
            session,
            id,
            error._tag === "MailboxFull" ? "busy" : "internal",
            `the conversation engine could not be reached: ${error.message}`,
          )
        }),
      )
    })

  const checkOwned = (session: Session, id: string, conversationId: string) =>
    owned(session, conversationId).pipe(
      Effect.catchAll((error) =>
        Effect.logError("gateway: checking a conversation failed", error.message).pipe(
          Effect.as(undefined),
        ),
      ),
      Effect.flatMap((mine) =>
        mine === true
          ? Effect.succeed(true)
          : failed(
              session,
              id,
              mine === undefined ? "internal" : "not_found",
              mine === undefined
                ? "the conversation could not be checked: try again later"
                : `no conversation ${conversationId}`,
            ).pipe(Effect.as(false)),
      ),
    )

  const send = (session: Session, frame: ChatSend) =>
    Effect.gen(function* () {
      const conversationId = frame.conversationId ?? ""
      if (conversationId !== "" && !(yield* checkOwned(session, frame.id, conversationId))) return
      yield* request(session, frame.id, conversationId, (requestId) =>
        Send.make({ requestId, userId: session.client.userId, conversationId, text: frame.text }),
      )
    })

  const regenerate = (session: Session, frame: ChatRegenerate) =>
    Effect.gen(function* () {
      if (!(yield* checkOwned(session, frame.id, frame.conversationId))) return
      yield* request(session, frame.id, frame.conversationId, (requestId) =>
        Regenerate.make({
          requestId,
          userId: session.client.userId,
          conversationId: frame.conversationId,
        }),
      )
    })

  /** Asks the engine to stop; the request stays open until the engine answers it. */
  const stopRequest = (session: Session, id: string) => {
    const open = session.requests.get(id)
    if (open === undefined) return Effect.succeed(false)
    return node
      .tell(engine, Stop.make({ requestId: open.requestId, conversationId: open.conversationId }))
      .pipe(
        Effect.catchAll((error) =>
          Effect.logWarning(`gateway: could not stop ${open.requestId}`, error.message),
        ),
        Effect.as(true),
      )
  }

  const stop = (session: Session, frame: ChatStop) =>
    Effect.flatMap(stopRequest(session, frame.id), (open) =>
      open
        ? Effect.void
        : Effect.sync(() =>
            session.push({
              type: "error",
              code: "invalid",
              message: `no open request "${frame.id}" to stop`,
              id: frame.id,
            }),
          ),
    )

  const feedback = (session: Session, frame: ChatFeedback) =>
    node
      .tell(
        engine,
        Feedback.make({
          messageId: frame.messageId,
          userId: session.client.userId,
          rating: frame.rating,
          comment: frame.comment ?? "",
        }),
      )
      .pipe(
        Effect.catchAll((error) =>
          Effect.sync(() =>
            session.push({
              type: "error",
              code: "internal",
              message: `the feedback could not be delivered: ${error.message}`,
            }),
          ),
        ),
      )

  /** Stops every open request of a session whose client went away. */
  const cancelOpen = (session: Session) =>
    Effect.forEach([...session.requests.keys()], (id) => stopRequest(session, id), {
      discard: true,
    })

  return { send, regenerate, stop, feedback, cancelOpen }
}

export type Chat = ReturnType<typeof makeChat>
