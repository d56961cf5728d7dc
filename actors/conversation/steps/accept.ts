/**
 * Accepting a request in its conversation: the conversation must exist and belong to the
 * sender. A new message is stored (sealed in PostgreSQL) before anything else happens; a
 * regenerate finds the last user message and the reply it will replace.
 */
import { Effect, Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import type { Message } from "../../../schemas/data/Message.js"
import { TurnFailed } from "../TurnFailed.js"
import type { EngineServices } from "./EngineServices.js"

export interface AcceptInput {
  readonly kind: "send" | "regenerate"
  readonly requestId: string
  readonly conversationId: string
  /** As the request gave it: "" when it named nobody. */
  readonly userId: string
  /** The new message ("" for a regenerate). */
  readonly text: string
}

export interface Accepted {
  readonly conversationId: string
  /** The conversation's owner. */
  readonly userId: string
  /** The user message being answered. */
  readonly userMessageId: string
  readonly userText: string
  /** The reply a regenerate replaces, if there is one. */
  readonly replaces: string | null
  /** Names this generation, so late model messages of an earlier one are told apart. */
  readonly generation: string
}

/** How far back a regenerate looks for the last user message. */
const regenerateWindow = 50

const notFound = (conversationId: string) =>
  new TurnFailed({ code: "not_found", reason: `no conversation ${conversationId}` })

/** The last user message and the reply currently answering it (the newest after it). */
export const lastExchange = (messages: ReadonlyArray<Message>) => {
  let user: Message | undefined
  let reply: Message | undefined
  for (const message of messages) {
    if (message.role === "user") {
      user = message
      reply = undefined
    } else if (message.role === "assistant" && user !== undefined) {
      reply = message
    }
  }
  return { user, reply }
}

export const acceptRequest =
  (services: EngineServices) =>
  (input: AcceptInput): Effect.Effect<Accepted, TurnFailed> =>
    Effect.gen(function* () {
      const id = yield* Schema.decodeUnknown(ConversationId)(input.conversationId).pipe(
        Effect.mapError(() => notFound(input.conversationId)),
      )
      const conversation = yield* services.conversations.findById(id)
      if (
        Option.isNone(conversation) ||
        (input.userId !== "" && conversation.value.userId !== input.userId)
      ) {
        // Someone else's conversation is reported like a missing one: its existence is private.
        return yield* Effect.fail(notFound(input.conversationId))
      }
      const accepted = {
        conversationId: id,
        userId: conversation.value.userId,
        generation: randomUUID(),
      }
      if (input.kind === "send") {
        const stored = yield* services.messages.append(id, {
          role: "user",
          content: input.text,
          metadata: { requestId: input.requestId },
        })
        return { ...accepted, userMessageId: stored.id, userText: input.text, replaces: null }
      }
      const recent = yield* services.messages.listByConversation(id, { limit: regenerateWindow })
      const { reply, user } = lastExchange(recent)
      if (user === undefined) {
        return yield* Effect.fail(
          new TurnFailed({ code: "invalid", reason: "there is no message to answer again" }),
        )
      }
      return {
        ...accepted,
        userMessageId: user.id,
        userText: user.content,
        replaces: reply?.id ?? null,
      }
    }).pipe(
      Effect.catchTag("RepositoryError", (error) =>
        Effect.fail(new TurnFailed({ code: "internal", reason: error.message })),
      ),
    )
