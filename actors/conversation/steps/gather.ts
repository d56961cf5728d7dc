/**
 * Everything a reply is made from, gathered at once: the conversation so far (working
 * memory), what the companion remembers (semantic memory), how the message reads (the
 * classifier), how the companion feels, and — with the model's token counts — the context
 * that fits its window. Only the counts need the model; when it cannot answer they are
 * estimated, so a model that is down fails at generation with its own reason.
 */
import { Effect, Option, Schema } from "effect"
import type { Labels } from "../../../platform/analysis/TextAnalysis.js"
import { Asker } from "../../../runtime/actor/Asker.js"
import type { ChatMessage } from "../../../schemas/messages/model.js"
import { CountTokens, TokenCounts } from "../../model/messages.js"
import type { ConversationOptions } from "../ConversationOptions.js"
import { assemble, estimateTokens, pieces, promptBudget } from "../context/assemble.js"
import type { ContextParts, RecalledMemory } from "../context/ContextParts.js"
import { messageIdOf, turnsOf } from "../context/history.js"
import type { EngineServices } from "./EngineServices.js"

export interface GatherInput {
  readonly conversationId: string
  readonly userId: string
  readonly userMessageId: string
  readonly userText: string
  readonly replaces: string | null
}

/** What the assembled context held, for introspection (ids and sizes, no text). */
export interface ContextSummary {
  readonly memories: ReadonlyArray<{
    readonly id: string
    readonly conversationId: string | null
    readonly score: number
  }>
  readonly turns: number
  readonly droppedTurns: number
  readonly droppedMemories: number
  readonly tokens: number
  readonly budget: number
  /** Whether the model counted the tokens or they were estimated. */
  readonly counted: "model" | "estimate"
  readonly gatherMs: number
}

export interface Gathered {
  readonly messages: ReadonlyArray<ChatMessage>
  readonly summary: ContextSummary
  /** The classifier's reading of the user message; none when it failed. */
  readonly labels: Labels | null
  /** Whether working memory already holds the user message (a regenerate's). */
  readonly userInWorkingMemory: boolean
}

const isTokenCounts = Schema.is(TokenCounts.schema)

/** A failure that only costs the reply some context: logged, and the turn goes on without it. */
const orElse =
  <B>(fallback: B, what: string) =>
  <A, E extends { readonly message: string }>(effect: Effect.Effect<A, E>) =>
    effect.pipe(
      Effect.catchAll((error) =>
        Effect.logWarning(`${what} failed, answering without it: ${error.message}`).pipe(
          Effect.as(fallback),
        ),
      ),
    )

const countTokens = (options: ConversationOptions, texts: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const asker = yield* Asker
    const answer = yield* asker.ask(
      options.modelAddress,
      CountTokens.make({ texts }),
      options.countTimeoutMs,
    )
    if (answer.type === TokenCounts.type && isTokenCounts(answer.payload)) {
      if (answer.payload.counts.length === texts.length)
        return { ...answer.payload, counted: "model" as const }
    }
    return yield* Effect.fail({ message: `the model answered ${answer.type}` })
  }).pipe(
    Effect.catchAll((error) =>
      Effect.logInfo(`token counts estimated: ${error.message}`).pipe(
        Effect.as({
          counts: texts.map(estimateTokens),
          contextSize: options.fallbackContextSize,
          counted: "estimate" as const,
        }),
      ),
    ),
  )

export const gatherContext =
  (services: EngineServices, options: ConversationOptions) =>
  (input: GatherInput): Effect.Effect<Gathered, never, Asker> =>
    Effect.gen(function* () {
      const started = performance.now()
      const [entries, recalled, labels, affect] = yield* Effect.all(
        [
          services.workingMemory
            .recent(input.conversationId, options.historyTurns * 2 + 2)
            .pipe(orElse([], "reading working memory")),
          options.recallLimit === 0
            ? Effect.succeed([])
            : services.semanticMemory
                .recall({
                  query: input.userText,
                  userId: input.userId,
                  limit: options.recallLimit,
                })
                .pipe(orElse([], "recalling memories")),
          services.analysis
            .classify(input.userText)
            .pipe(
              Effect.map(Option.some),
              orElse(Option.none<Labels>(), "classifying the message"),
            ),
          options.affect,
        ],
        { concurrency: "unbounded" },
      )
      const memories: ReadonlyArray<RecalledMemory> = recalled.map((hit) => ({
        id: hit.memory.id,
        content: hit.memory.content,
        score: hit.score,
        conversationId: hit.memory.conversationId,
      }))
      const exclude = [input.userMessageId, ...(input.replaces === null ? [] : [input.replaces])]
      const parts: ContextParts = {
        persona: options.persona,
        affect: Option.getOrUndefined(affect),
        memories,
        turns: turnsOf(entries, exclude).slice(-options.historyTurns),
        message: input.userText,
      }
      const counts = yield* countTokens(options, pieces(parts))
      const budget = promptBudget({
        contextTokens: options.contextTokens,
        modelContextSize: counts.contextSize,
        maxReplyTokens: options.maxReplyTokens,
      })
      const assembled = assemble(parts, counts.counts, budget)
      return {
        messages: assembled.messages,
        labels: Option.getOrNull(labels),
        userInWorkingMemory: entries.some((entry) => messageIdOf(entry) === input.userMessageId),
        summary: {
          memories: assembled.memories.map(({ conversationId, id, score }) => ({
            id,
            conversationId,
            score,
          })),
          turns: assembled.turns,
          droppedTurns: assembled.droppedTurns,
          droppedMemories: assembled.droppedMemories,
          tokens: assembled.tokens,
          budget: assembled.budget,
          counted: counts.counted,
          gatherMs: performance.now() - started,
        },
      }
    })
