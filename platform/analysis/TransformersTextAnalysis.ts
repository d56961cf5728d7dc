/**
 * TextAnalysis on transformers.js text-classification models, in a worker thread
 * (`classifierWorker.mjs`), so that classifying a message never blocks the mailboxes.
 */
import { Effect, Layer, Schema } from "effect"
import { fileURLToPath } from "node:url"
import type { Config } from "../../schemas/Config.js"
import * as PipelineWorker from "../embedding/PipelineWorker.js"
import * as TransformersEmbedder from "../embedding/TransformersEmbedder.js"
import { emotionFromSentiment, sentimentOf } from "./sentimentLabels.js"
import { AnalysisError, TextAnalysis } from "./TextAnalysis.js"

export interface TransformersTextAnalysisOptions {
  readonly modelDir: string
  readonly sentimentModel: string
  /** "" derives the emotion from the sentiment. */
  readonly emotionModel: string
  readonly allowRemote: boolean
  readonly dtype: "fp32" | "q8"
}

const workerFile = fileURLToPath(new URL("./classifierWorker.mjs", import.meta.url))

const Score = Schema.Number.pipe(Schema.between(0, 1))
const Top = Schema.Struct({ label: Schema.String, score: Score })
const Answer = Schema.Struct({ sentiment: Top, emotion: Schema.NullOr(Top) })
const Ready = Schema.Struct({ sentimentLabels: Schema.Array(Schema.String) })

const decodeAnswer = Schema.decodeUnknown(Answer)
const decodeReady = Schema.decodeUnknown(Ready)

const make = (options: TransformersTextAnalysisOptions) =>
  Effect.gen(function* () {
    const loadFailed = (reason: string) =>
      new AnalysisError({
        reason: `the sentiment model ${options.sentimentModel} could not be loaded: ${reason}`,
      })
    const worker = yield* PipelineWorker.make(workerFile, { ...options }).pipe(
      Effect.mapError((error) => loadFailed(error.reason)),
    )
    const { sentimentLabels } = yield* decodeReady(worker.info).pipe(
      Effect.mapError(() => loadFailed("the worker did not list the model's labels")),
    )
    const unknown = sentimentLabels.filter((label) => sentimentOf(label) === undefined)
    if (unknown.length > 0 || sentimentLabels.length === 0) {
      return yield* loadFailed(
        `its labels (${sentimentLabels.join(", ")}) are not negative / neutral / positive`,
      )
    }

    const classify = (text: string) =>
      worker.request({ text }).pipe(
        Effect.flatMap(decodeAnswer),
        Effect.mapError((error) => new AnalysisError({ reason: error.message })),
        Effect.flatMap(({ sentiment, emotion }) => {
          const label = sentimentOf(sentiment.label)
          if (label === undefined) {
            return new AnalysisError({ reason: `unknown sentiment label ${sentiment.label}` })
          }
          return Effect.succeed({
            sentiment: label,
            sentimentScore: sentiment.score,
            emotion: emotion === null ? emotionFromSentiment(label) : emotion.label.toLowerCase(),
            emotionScore: emotion === null ? sentiment.score : emotion.score,
          })
        }),
      )

    return TextAnalysis.of({
      sentimentModel: options.sentimentModel,
      emotionModel: options.emotionModel,
      classify,
    })
  })

/** The analysis for the life of the layer; the worker is terminated with it. */
export const layer = (options: TransformersTextAnalysisOptions) =>
  Layer.scoped(TextAnalysis, make(options))

/** `analysis.*`; modelDir "" is the embedder's model directory. */
export const optionsFromConfig = (config: Config): TransformersTextAnalysisOptions => ({
  modelDir:
    config.analysis.modelDir === ""
      ? TransformersEmbedder.optionsFromConfig(config).modelDir
      : config.analysis.modelDir,
  sentimentModel: config.analysis.sentimentModel,
  emotionModel: config.analysis.emotionModel,
  allowRemote: config.analysis.allowRemote,
  dtype: config.analysis.dtype,
})

export const layerFromConfig = (config: Config) => layer(optionsFromConfig(config))

/**
 * As `layerFromConfig`, but a model that cannot be loaded (not downloaded yet, no network)
 * does not stop the service: it says so once, and every message goes unlabelled until the
 * model is there and AICO restarts.
 */
export const layerOrUnavailable = (config: Config) =>
  Layer.catchAll(layerFromConfig(config), (error) =>
    Layer.effect(
      TextAnalysis,
      Effect.as(
        Effect.logWarning(`${error.message}; messages are not classified until it is available`),
        TextAnalysis.of({
          sentimentModel: config.analysis.sentimentModel,
          emotionModel: config.analysis.emotionModel,
          classify: () => Effect.fail(error),
        }),
      ),
    ),
  )
