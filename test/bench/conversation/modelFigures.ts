/**
 * The model service's figures for the `conversation` suite, each on the real models a test
 * machine has: `llm_tokens_per_s` (the embedded provider on stories260K, greedy, through
 * its own process), `classify_ms_p50` (TextAnalysis on one user message, AFINN-165 in its
 * worker thread) and `embed_ms_p50` (the Embedder, all-MiniLM-L6-v2 int8, one message).
 * Each prints its human-readable lines and resolves with its figure.
 */
import { Chunk, Effect, Stream } from "effect"
import { TextAnalysis } from "../../../platform/analysis/TextAnalysis.js"
import * as TransformersTextAnalysis from "../../../platform/analysis/TransformersTextAnalysis.js"
import { Embedder } from "../../../platform/embedding/Embedder.js"
import * as TransformersEmbedder from "../../../platform/embedding/TransformersEmbedder.js"
import * as Embedded from "../../../platform/llm/EmbeddedLanguageModel.js"
import { LanguageModel } from "../../../platform/llm/LanguageModel.js"
import { stories } from "../../platform/llm/storiesModel.js"
import { miniLm, sharedModels } from "../../support/models.js"
import { heading, line, ms } from "../support/report.js"
import { percentile, round } from "../support/stats.js"

const GENERATIONS = 5
const REPLY_TOKENS = 400
const WARMUP = 20
const SAMPLES = 300

/** What users say to a companion: short, varied, some happy, some not. */
const messages = [
  "I finally finished the garden today and it looks wonderful.",
  "Work was awful, my manager yelled at me in front of everyone.",
  "Can you remind me what we talked about yesterday?",
  "I'm nervous about the interview on Thursday.",
  "My sister is visiting next week, I can't wait!",
  "I lost my keys again. This is so frustrating.",
  "What's a good book to read on a rainy evening?",
  "Thanks for listening, it really helps.",
]

const timed = <A, E, R>(work: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const started = performance.now()
    yield* work
    return performance.now() - started
  })

const samples = <E, R>(each: (text: string) => Effect.Effect<unknown, E, R>) =>
  Effect.gen(function* () {
    for (let i = 0; i < WARMUP; i++) yield* each(messages[i % messages.length]!)
    const times: Array<number> = []
    for (let i = 0; i < SAMPLES; i++) times.push(yield* timed(each(messages[i % messages.length]!)))
    return times
  })

/** Decoding speed of the embedded model: completion tokens over generation time, greedy. */
export const measureLlmTokensPerS = (): Promise<number> =>
  Effect.gen(function* () {
    heading(`embedded LLM (stories260K, 1 thread, ${REPLY_TOKENS}-token greedy completions)`)
    const llm = yield* LanguageModel
    let tokens = 0
    let generatingMs = 0
    const firstTokens: Array<number> = []
    for (let i = 0; i <= GENERATIONS; i++) {
      const events = yield* Stream.runCollect(
        llm.generate({
          messages: [{ role: "user", content: messages[i % messages.length]! }],
          maxTokens: REPLY_TOKENS,
          temperature: 0,
        }),
      )
      const finished = Chunk.findLast(events, (e) => e._tag === "Finished")
      if (finished._tag === "None" || finished.value._tag !== "Finished") continue
      // The first run loads the model and is not counted.
      if (i === 0) continue
      tokens += finished.value.completionTokens
      generatingMs += finished.value.totalMs
      firstTokens.push(finished.value.firstTokenMs)
    }
    const perS = tokens / (generatingMs / 1000)
    line(
      "llm_tokens_per_s",
      `${round(perS)} tok/s`,
      `${tokens} tokens in ${GENERATIONS} generations, first token p50 ${ms(percentile(firstTokens, 50))}`,
    )
    return round(perS)
  }).pipe(
    Effect.provide(Embedded.layer(stories({ chatFormat: "plain" }))),
    Effect.scoped,
    Effect.runPromise,
  )

/** TextAnalysis per user message, end to end through its worker thread. */
export const measureClassifyMsP50 = (): Promise<number> =>
  Effect.gen(function* () {
    heading("text analysis (AFINN-165 sentiment, derived emotion, worker thread)")
    const analysis = yield* TextAnalysis
    const times = yield* samples((text) => analysis.classify(text))
    const p50 = percentile(times, 50)
    line("classify_ms_p50", ms(p50), `p99 ${ms(percentile(times, 99))} over ${SAMPLES} messages`)
    return round(p50, 3)
  }).pipe(
    Effect.provide(
      TransformersTextAnalysis.layer({
        modelDir: sharedModels,
        sentimentModel: "afinn-165-sentiment",
        emotionModel: "",
        allowRemote: false,
        dtype: "q8",
      }),
    ),
    Effect.scoped,
    Effect.runPromise,
  )

/** The Embedder on one message, as a turn is stored or recalled. */
export const measureEmbedMsP50 = (): Promise<number> =>
  Effect.gen(function* () {
    heading("embedder (all-MiniLM-L6-v2 int8, worker thread, one message)")
    const embedder = yield* Embedder
    const times = yield* samples((text) => embedder.embed([text]))
    const p50 = percentile(times, 50)
    line("embed_ms_p50", ms(p50), `p99 ${ms(percentile(times, 99))} over ${SAMPLES} messages`)
    return round(p50, 3)
  }).pipe(Effect.provide(TransformersEmbedder.layer(miniLm())), Effect.scoped, Effect.runPromise)
