/**
 * Keeping a finished turn: the reply in PostgreSQL (the record of what was said; if that
 * fails the turn fails), both messages in working memory and the exchange in semantic
 * memory (both re-derivable from PostgreSQL, so a failure there is logged, not the client's
 * problem). The user message is read back from PostgreSQL rather than carried through the
 * machine, so no message text sits in the engine's snapshot while the model generates.
 */
import { Effect, Schema } from "effect"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { turnDocument } from "../../memory/turnDocument.js"
import { TurnFailed } from "../TurnFailed.js"
import type { EngineServices } from "./EngineServices.js"

export interface StoreInput {
  readonly conversationId: string
  readonly userId: string
  readonly requestId: string
  readonly userMessageId: string
  readonly replyText: string
  readonly replaces: string | null
  /** False when working memory already holds the user message (a regenerate). */
  readonly writeUserEntry: boolean
  /** Whether the exchange becomes a semantic memory (a regenerate's was stored already). */
  readonly remember: boolean
  /** How the companion is named in the memory document. */
  readonly speaker: string
}

export interface Stored {
  readonly replyMessageId: string
  readonly userText: string
  readonly replyText: string
  readonly completedAt: number
}

const logged =
  (what: string) =>
  <A, E extends { readonly message: string }>(effect: Effect.Effect<A, E>) =>
    effect.pipe(
      Effect.asVoid,
      Effect.catchAll((error) => Effect.logWarning(`${what} failed: ${error.message}`)),
    )

/** How far back the answered message is looked for (a regenerate's may be a few back). */
const lookBack = 50

export const storeTurn =
  (services: EngineServices) =>
  (input: StoreInput): Effect.Effect<Stored, TurnFailed> =>
    Effect.gen(function* () {
      const conversationId = yield* Schema.decodeUnknown(ConversationId)(input.conversationId)
      const recent = yield* services.messages.listByConversation(conversationId, {
        limit: lookBack,
      })
      const asked = recent.find((message) => message.id === input.userMessageId)
      if (asked === undefined) {
        return yield* Effect.fail(
          new TurnFailed({
            code: "internal",
            reason: `the message ${input.userMessageId} being answered is gone`,
          }),
        )
      }
      const userText = asked.content
      const reply = yield* services.messages.append(conversationId, {
        role: "assistant",
        content: input.replyText,
        metadata:
          input.replaces === null
            ? { requestId: input.requestId }
            : { requestId: input.requestId, replaces: input.replaces },
      })
      const working = Effect.gen(function* () {
        if (input.writeUserEntry) {
          yield* services.workingMemory.put(input.conversationId, {
            role: "user",
            content: userText,
            metadata: { messageId: input.userMessageId },
          })
        }
        yield* services.workingMemory.put(input.conversationId, {
          role: "assistant",
          content: input.replyText,
          metadata:
            input.replaces === null
              ? { messageId: reply.id }
              : { messageId: reply.id, replaces: input.replaces },
        })
      })
      const semantic = input.remember
        ? services.semanticMemory.remember({
            content: turnDocument(
              { speaker: input.speaker, text: input.replyText },
              { speaker: "User", text: userText },
            ),
            kind: "turn",
            userId: input.userId,
            conversationId: input.conversationId,
          })
        : Effect.void
      yield* Effect.all(
        [
          working.pipe(logged("writing working memory")),
          semantic.pipe(logged("remembering the turn")),
        ],
        { concurrency: "unbounded", discard: true },
      )
      return {
        replyMessageId: reply.id,
        userText: userText,
        replyText: input.replyText,
        completedAt: Date.now(),
      }
    }).pipe(
      Effect.catchTags({
        RepositoryError: (error) =>
          Effect.fail(new TurnFailed({ code: "internal", reason: error.message })),
        ParseError: () =>
          Effect.fail(
            new TurnFailed({
              code: "not_found",
              reason: `no conversation ${input.conversationId}`,
            }),
          ),
      }),
    )
