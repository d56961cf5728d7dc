/**
 * Everything a reply is made from, gathered at once: the conversation so far (working
 * memory), what the companion remembers (semantic memory), how the companion feels, and —
 * with token counts — the context that fits the model's window. Only new texts are counted
 * by the model, and only when their upper bound does not fit (`TokenCountMemo`); when the
 * model cannot answer they are estimated, so a model that is down fails at generation with
 * its own reason. How the message reads (the classifier) is no part of the prompt: it is
 * learned while the turn is stored.
 */
import { Effect, Option, Schema } from "effect"
import { Asker } from "../../../runtime/actor/Asker.js"
import type { ChatMessage } from "../../../schemas/messages/model.js"
import { CountTokens, TokenCounts } from "../../model/messages.js"
import type { ConversationOptions } from "../ConversationOptions.js"
import { assemble, estimateTokens, pieces, promptBudget } from "../context/assemble.js"
import type { AssembledContext, ContextParts, RecalledMemory } from "../context/ContextParts.js"
import { messageIdOf, turnsOf } from "../context/history.js"
import { TokenCountMemo, uncounted, upperBoundTokens } from "../context/TokenCountMemo.js"
import type { EngineServices } from "./EngineServices.js"

export interface GatherInput {
  readonly conversationId: string
  readonly userId: string
  readonly userText: string
  /**
   * For a regenerate, the stored exchange being answered again: left out of the history,
   * which may already hold it. A new message is not stored until the reply is under way,
   * so it cannot be in working memory yet.
   */
  readonly answering: { readonly userMessageId: string; readonly replaces: string | null } | null
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
  /**
   * How the tokens were counted: all by the model (now or on an earlier turn), with upper
   * bounds for texts not counted yet (they fit anyway), or estimated (the model could not
   * count).
   */
  readonly counted: "model" | "bound" | "estimate"
  readonly gatherMs: number
}

export interface Gathered {
  readonly messages: ReadonlyArray<ChatMessage>
  readonly summary: ContextSummary
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

/** The model's counts of `texts` and its window; fails when it cannot answer. */
const askCounts = (options: ConversationOptions, texts: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const asker = yield* Asker
    const answer = yield* asker.ask(
      options.modelAddress,
      CountTokens.make({ texts }),
      options.countTimeoutMs,
    )
    if (answer.type === TokenCounts.type && isTokenCounts(answer.payload)) {
      if (answer.payload.counts.length === texts.length) return answer.payload
    }
    return yield* Effect.fail({ message: `the model answered ${answer.type}` })
  })

interface Fitted {
  readonly assembled: AssembledContext
  readonly counted: ContextSummary["counted"]
}

/**
 * The context that fits the window: with remembered counts, and upper bounds for new
 * texts when that already fits everything; otherwise the model counts the new texts. When
 * it cannot, they are estimated.
 */
const fitContext = (memo: TokenCountMemo, options: ConversationOptions, parts: ContextParts) => {
  const fit = (counts: ReadonlyArray<number>, contextSize: number) =>
    assemble(
      parts,
      counts,
      promptBudget({
        contextTokens: options.contextTokens,
        modelContextSize: contextSize,
        maxReplyTokens: options.maxReplyTokens,
      }),
    )
  const texts = pieces(parts)
  const known = memo.lookup(texts)
  const contextSize = memo.contextSize
  const missing = uncounted(texts, known)
  if (contextSize !== undefined) {
    const bounded = fit(
      known.map((count, i) => count ?? upperBoundTokens(texts[i]!)),
      contextSize,
    )
    const trimmed = bounded.droppedTurns > 0 || bounded.droppedMemories > 0
    if (missing.length === 0 || !trimmed) {
      return Effect.succeed<Fitted>({
        assembled: bounded,
        counted: missing.length === 0 ? "model" : "bound",
      })
    }
  }
  return askCounts(options, missing).pipe(
    Effect.map((answer): Fitted => {
      memo.remember(missing, answer.counts, answer.contextSize)
      const asked = new Map(missing.map((text, i) => [text, answer.counts[i]!]))
      const counts = known.map((count, i) => count ?? asked.get(texts[i]!) ?? 0)
      return { assembled: fit(counts, answer.contextSize), counted: "model" }
    }),
    Effect.catchAll((error) =>
      Effect.logInfo(`token counts estimated: ${error.message}`).pipe(
        Effect.as<Fitted>({
          assembled: fit(
            known.map((count, i) => count ?? estimateTokens(texts[i]!)),
            contextSize ?? options.fallbackContextSize,
          ),
          counted: "estimate",
        }),
      ),
    ),
  )
}

export const gatherContext = (services: EngineServices, options: ConversationOptions) => {
  // One memo for every conversation of the engine: they share the persona and the model.
  const memo = new TokenCountMemo()
  return (input: GatherInput): Effect.Effect<Gathered, never, Asker> =>
    Effect.gen(function* () {
      const started = performance.now()
      const [entries, recalled, affect] = yield* Effect.all(
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
      const answering = input.answering
      const exclude =
        answering === null
          ? []
          : [answering.userMessageId, ...(answering.replaces === null ? [] : [answering.replaces])]
      const parts: ContextParts = {
        persona: options.persona,
        affect: Option.getOrUndefined(affect),
        memories,
        turns: turnsOf(entries, exclude).slice(-options.historyTurns),
        message: input.userText,
      }
      const { assembled, counted } = yield* fitContext(memo, options, parts)
      return {
        messages: assembled.messages,
        userInWorkingMemory:
          answering !== null &&
          entries.some((entry) => messageIdOf(entry) === answering.userMessageId),
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
          counted,
          gatherMs: performance.now() - started,
        },
      }
    })
}
