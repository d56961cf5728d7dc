/**
 * `turn_overhead_p95_ms`: what the conversation engine adds before a reply starts — from
 * `conversation.send` in to the first `conversation.delta` out, minus the model's own time
 * to its first token (`model.generated.firstTokenMs`). Semantic recall is turned off for
 * this figure (`recallLimit: 0`): its latency is the memory suite's hybrid-search figure.
 * What remains is storing the user message (PostgreSQL), reading working memory (LMDB),
 * classifying the message (afinn, in its worker), counting tokens (an ask of the model
 * actor), assembling the context and the bus hops, on a real node with stories260K.
 */
import { Effect, Layer } from "effect"
import { Send } from "../../../actors/conversation/messages.js"
import {
  conversationStores,
  engineView,
  heardFor,
  modelSettings,
  startConversationNode,
  testOptions,
} from "../../actors/conversation/conversationNode.js"
import { stackDirs } from "../../support/memoryStack.js"
import { eventually } from "../../support/nodes.js"
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

const measure = (turns: number, warmup: number) =>
  Effect.gen(function* () {
    const dataDir = yield* tempDir("aico-bench-conversation-")
    const stores = yield* Layer.build(conversationStores(yield* stackDirs, dataDir))
    const short = { maxReplyTokens: 8 }
    const system = yield* startConversationNode({
      stores,
      dataDir,
      conversation: testOptions({ ...short, recallLimit: 0, historyTurns: 4 }),
      model: modelSettings(short),
    })
    const overheads: Array<number> = []
    const firstDeltas: Array<number> = []
    let conversationId = ""
    for (let i = 0; i < warmup + turns; i++) {
      const requestId = `turn-${i}`
      const sentAt = performance.now()
      yield* system.tell(
        "gateway@n",
        "conversation@n",
        Send.make({ requestId, userId: "", conversationId, text: `Tell me about day ${i}.` }),
      )
      // The turn is over once it is stored (turn_completed), as it is before a person types
      // the next message; sending sooner would time the previous turn's storing too.
      const heard = yield* eventually(
        heardFor(system, requestId),
        (h) => h.failed.length > 0 || (h.done.length > 0 && h.turns.length > i),
        120_000,
      )
      const failed = heard.failed[0]
      if (failed !== undefined) return yield* Effect.fail(new Error(`turn ${i}: ${failed.reason}`))
      conversationId = heard.accepted[0]?.conversationId ?? conversationId
      const firstDelta = heard.deltas[0]
      const timing = (yield* engineView(system)).conversations[conversationId]?.timing
      if (i < warmup || firstDelta === undefined || timing === null || timing === undefined)
        continue
      const toFirstDelta = firstDelta.at - sentAt
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
