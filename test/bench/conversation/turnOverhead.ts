/**
 * `turn_overhead_p95_ms`: what the conversation engine adds before a reply starts — from
 * `conversation.send` in to the first `conversation.delta` out, minus the model's own time
 * to its first token (`model.generated.firstTokenMs`). Semantic recall is turned off for
 * this figure (`recallLimit: 0`): its latency is the memory suite's hybrid-search figure.
 * What remains is storing the user message (PostgreSQL), reading working memory (LMDB),
 * classifying the message (afinn, in its worker), counting tokens (an ask of the model
 * actor), assembling the context and the bus hops, on a real node with stories260K.
 */
import { Deferred, Effect, Exit, Layer, Schema } from "effect"
import {
  Accepted,
  ReplyDelta,
  ReplyFailed,
  Send,
  TurnCompleted,
} from "../../../actors/conversation/messages.js"
import {
  conversationStores,
  engineView,
  type Heard,
  modelSettings,
  startConversationNode,
  testOptions,
} from "../../actors/conversation/conversationNode.js"
import { stackDirs } from "../../support/memoryStack.js"
import { benchLogging } from "../support/logging.js"
import { heading, line, ms } from "../support/report.js"
import { percentile, round } from "../support/stats.js"
import { tempDir } from "../support/tempDir.js"

export interface TurnOverhead {
  readonly turn_overhead_p95_ms: number
  readonly turn_overhead_p50_ms: number
  readonly turn_first_delta_p95_ms: number
  readonly turns: number
}

/** One request as the client hears it: when its first delta came and how it ended. */
interface Watched {
  readonly requestId: string
  firstDeltaAt: number | undefined
  userMessageId: string | undefined
  conversationId: string | undefined
  readonly ended: Deferred.Deferred<void, Error>
}

const decodeAccepted = Schema.decodeUnknownSync(Accepted.schema)
const decodeFailed = Schema.decodeUnknownSync(ReplyFailed.schema)
const decodeTurn = Schema.decodeUnknownSync(TurnCompleted.schema)
const requestIdOf = (payload: unknown) =>
  typeof payload === "object" && payload !== null ? Reflect.get(payload, "requestId") : undefined

/**
 * Follows the request being measured as the client hears it. The turn is over once it is
 * stored (`turn_completed`), as it is before a person types the next message; sending
 * sooner would time the previous turn's storing too.
 */
const follow =
  (current: () => Watched | undefined) =>
  (heard: Heard): void => {
    const watched = current()
    if (watched === undefined) return
    if (heard.type === TurnCompleted.type) {
      if (decodeTurn(heard.payload).userMessageId === watched.userMessageId)
        Deferred.unsafeDone(watched.ended, Exit.void)
      return
    }
    if (requestIdOf(heard.payload) !== watched.requestId) return
    if (heard.type === ReplyDelta.type) watched.firstDeltaAt ??= heard.at
    else if (heard.type === Accepted.type) {
      const accepted = decodeAccepted(heard.payload)
      watched.userMessageId = accepted.messageId
      watched.conversationId = accepted.conversationId
    } else if (heard.type === ReplyFailed.type) {
      const failed = decodeFailed(heard.payload)
      Deferred.unsafeDone(watched.ended, Exit.fail(new Error(failed.reason)))
    }
  }

const measure = (turns: number, warmup: number) =>
  Effect.gen(function* () {
    const dataDir = yield* tempDir("aico-bench-conversation-")
    const stores = yield* Layer.build(conversationStores(yield* stackDirs, dataDir))
    const short = { maxReplyTokens: 8 }
    let watched: Watched | undefined
    const system = yield* startConversationNode({
      stores,
      dataDir,
      conversation: testOptions({ ...short, recallLimit: 0, historyTurns: 4 }),
      model: modelSettings(short),
      onHeard: follow(() => watched),
    })
    const overheads: Array<number> = []
    const firstDeltas: Array<number> = []
    let conversationId = ""
    for (let i = 0; i < warmup + turns; i++) {
      const requestId = `turn-${i}`
      const turn: Watched = {
        requestId,
        firstDeltaAt: undefined,
        userMessageId: undefined,
        conversationId: undefined,
        ended: yield* Deferred.make<void, Error>(),
      }
      watched = turn
      const sentAt = performance.now()
      yield* system.tell(
        "gateway@n",
        "conversation@n",
        Send.make({ requestId, userId: "", conversationId, text: `Tell me about day ${i}.` }),
      )
      yield* Deferred.await(turn.ended).pipe(
        Effect.timeoutFail({
          duration: "120 seconds",
          onTimeout: () => new Error(`turn ${i} did not complete in 120 s`),
        }),
        Effect.mapError((error) => new Error(`turn ${i}: ${error.message}`)),
      )
      conversationId = turn.conversationId ?? conversationId
      const timing = (yield* engineView(system)).conversations[conversationId]?.timing
      if (i < warmup || turn.firstDeltaAt === undefined || timing === null || timing === undefined)
        continue
      const toFirstDelta = turn.firstDeltaAt - sentAt
      firstDeltas.push(toFirstDelta)
      overheads.push(toFirstDelta - timing.firstTokenMs)
    }
    return { overheads, firstDeltas }
  }).pipe(Effect.scoped)

/** Runs `turns` measured turns (after a few to warm up), prints and returns the figures. */
export const turnOverhead = async (
  options: { readonly turns?: number; readonly warmup?: number } = {},
): Promise<TurnOverhead> => {
  const turns = options.turns ?? 40
  heading("conversation turn overhead (send → first delta, minus the model's time to first token)")
  const { firstDeltas, overheads } = await Effect.runPromise(
    measure(turns, options.warmup ?? 5).pipe(Effect.provide(benchLogging())),
  )
  const figures: TurnOverhead = {
    turn_overhead_p95_ms: round(percentile(overheads, 95), 3),
    turn_overhead_p50_ms: round(percentile(overheads, 50), 3),
    turn_first_delta_p95_ms: round(percentile(firstDeltas, 95), 3),
    turns: overheads.length,
  }
  line(
    "turn overhead p95",
    ms(figures.turn_overhead_p95_ms),
    `p50 ${ms(figures.turn_overhead_p50_ms)}; send → first delta p95 ${ms(figures.turn_first_delta_p95_ms)}`,
    `${figures.turns} turns of one conversation; semantic recall off (its latency is the memory suite's search figure)`,
  )
  return figures
}
