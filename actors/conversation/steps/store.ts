/**
 * Keeping a finished turn: the reply in PostgreSQL (the record of what was said; if that
 * fails the turn fails), both messages in working memory and the exchange in semantic
 * memory (both re-derivable from PostgreSQL, so a failure there is logged, not the client's
 * problem), and how the user's message reads (the classifier, for the other actors: the
 * reply never waits for it; a failure leaves the turn unlabelled). The user message is read back from PostgreSQL rather than carried through the
 * machine, so no message text sits in the engine's snapshot while the model generates.
 */
import { Effect, Option, Schema } from "effect"
import type { Labels } from "../../../platform/analysis/TextAnalysis.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { MessageId } from "../../../schemas/data/Message.js"
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
  /** The classifier's reading of the user message; none when it failed. */
  readonly labels: Labels | null
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

export const storeTurn =
  (services: EngineServices) =>
  (input: StoreInput): Effect.Effect<Stored, TurnFailed> =>
    Effect.gen(function* () {
      const conversationId = yield* Schema.decodeUnknown(ConversationId)(input.conversationId)
      const userMessageId = yield* Schema.decodeUnknown(MessageId)(input.userMessageId).pipe(
        Effect.mapError(
          () =>
            new TurnFailed({
              code: "internal",
              reason: `the message id ${input.userMessageId} is not a message id`,
            }),
        ),
      )
      const found = yield* services.messages.findById(conversationId, userMessageId)
      if (Option.isNone(found)) {
        return yield* Effect.fail(
          new TurnFailed({
            code: "internal",
            reason: `the message ${input.userMessageId} being answered is gone`,
          }),
        )
      }
      const asked = found.value
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
      const [labels] = yield* Effect.all(
        [
          services.analysis.classify(userText).pipe(
            Effect.map((labels): Labels | null => labels),
            Effect.catchAll((error) =>
              Effect.logWarning(`classifying the message failed: ${error.message}`).pipe(
                Effect.as(null),
              ),
            ),
          ),
          working.pipe(logged("writing working memory")),
          semantic.pipe(logged("remembering the turn")),
        ],
        { concurrency: "unbounded" },
      )
      return {
        replyMessageId: reply.id,
        labels,
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
