/**
 * Accepting a request in its conversation: the conversation must exist and belong to the
 * sender. A new message is given its id at once and stored while the reply is prepared
 * and generated (`keepUserMessage`); a regenerate finds the last user message and the
 * reply it will replace.
 */
import { Effect, Option, Schema } from "effect"
import type { RepositoryError } from "../../../platform/database/repositories/RepositoryError.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { type Message, MessageId } from "../../../schemas/data/Message.js"
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
  /**
   * The conversation's owner when an earlier request found it: a conversation never
   * changes hands and is never deleted, so it is not looked up again.
   */
  readonly owner: string | null
}

/** The conversation a request is in, and whose it is. */
export interface Owned {
  readonly conversationId: ConversationId
  readonly userId: string
}

export interface Accepted {
  readonly conversationId: string
  /** The conversation's owner. */
  readonly userId: string
  /** The user message being answered. */
  readonly userMessageId: string
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

const internal = (error: RepositoryError) =>
  new TurnFailed({ code: "internal", reason: error.message })

/** The conversation a request names, with its owner; someone else's is not found. */
export const ownedConversation =
  (services: EngineServices) =>
  (input: AcceptInput): Effect.Effect<Owned, TurnFailed> =>
    Effect.gen(function* () {
      const id = yield* Schema.decodeUnknown(ConversationId)(input.conversationId).pipe(
        Effect.mapError(() => notFound(input.conversationId)),
      )
      const owner =
        input.owner ??
        (yield* services.conversations
          .findById(id)
          .pipe(
            Effect.map(Option.map((conversation) => conversation.userId)),
            Effect.map(Option.getOrNull),
            Effect.mapError(internal),
          ))
      // Someone else's conversation is reported like a missing one: its existence is private.
      if (owner === null || (input.userId !== "" && owner !== input.userId)) {
        return yield* Effect.fail(notFound(input.conversationId))
      }
      return { conversationId: id, userId: owner }
    })

export interface KeepInput {
  readonly conversationId: string
  /** The id the message was given when it was accepted. */
  readonly messageId: string
  readonly requestId: string
  /** The message, or null when there is none to store (a regenerate). */
  readonly text: string | null
}

/** Stores a new user message (sealed in PostgreSQL) under the id it was accepted with. */
export const keepUserMessage =
  (services: EngineServices) =>
  (input: KeepInput): Effect.Effect<void, TurnFailed> => {
    const text = input.text
    if (text === null) return Effect.void
    const ids = Effect.all([
      Schema.decodeUnknown(ConversationId)(input.conversationId),
      Schema.decodeUnknown(MessageId)(input.messageId),
    ]).pipe(
      Effect.mapError(
        () =>
          new TurnFailed({ code: "internal", reason: `bad ids for message ${input.messageId}` }),
      ),
    )
    return afterPendingCallbacks.pipe(
      Effect.zipRight(ids),
      Effect.flatMap(([conversationId, messageId]) =>
        services.messages
          .append(
            conversationId,
            { role: "user", content: text, metadata: { requestId: input.requestId } },
            messageId,
          )
          // Once begun, the write finishes: the message is the user's, and an interrupted
          // query is cancelled by its backend's pid, which may by then serve another query.
          .pipe(Effect.mapError(internal), Effect.uninterruptible),
      ),
      Effect.asVoid,
    )
  }

/**
 * Waits for one turn of the event loop: the message is kept as the model is asked, and
 * sealing and sending it would otherwise run before the request to the model leaves.
 */
const afterPendingCallbacks = Effect.async<void>((resume) => {
  const handle = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(handle))
})

/** What a regenerate answers again: the last user message and the reply it replaces. */
export const previousExchange =
  (services: EngineServices) =>
  (
    conversationId: ConversationId,
  ): Effect.Effect<{ readonly user: Message; readonly replaces: string | null }, TurnFailed> =>
    Effect.gen(function* () {
      const recent = yield* services.messages
        .listByConversation(conversationId, { limit: regenerateWindow })
        .pipe(Effect.mapError(internal))
      const { reply, user } = lastExchange(recent)
      if (user === undefined) {
        return yield* Effect.fail(
          new TurnFailed({ code: "invalid", reason: "there is no message to answer again" }),
        )
      }
      return { user, replaces: reply?.id ?? null }
    })
