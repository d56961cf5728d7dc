/**
 * The Embedder on transformers.js, in a worker thread (`embedderWorker.mjs`). Texts go in
 * batches; each batch is one request to the worker and one transferred Float32Array back.
 */
import { Effect, Layer } from "effect"
import { fileURLToPath } from "node:url"
import type { Config } from "../../schemas/Config.js"
import { projectRoot } from "../projectRoot.js"
import { Embedder } from "./Embedder.js"
import { EmbeddingFailedError, EmbeddingModelError } from "./EmbeddingError.js"
import * as PipelineWorker from "./PipelineWorker.js"

export interface TransformersEmbedderOptions {
  /** Where models are looked up first ("" = only the transformers.js cache). */
  readonly modelDir: string
  readonly model: string
  readonly allowRemote: boolean
  readonly dtype: "fp32" | "q8"
  readonly batchSize?: number
}

const workerFile = fileURLToPath(new URL("./embedderWorker.mjs", import.meta.url))

const wrongShape = new EmbeddingFailedError({
  reason: "the model returned vectors of the wrong shape",
})

/** The embedder for the life of the layer; the worker is terminated with it. */
export const layer = (options: TransformersEmbedderOptions) =>
  Layer.scoped(
    Embedder,
    Effect.gen(function* () {
      const worker = yield* PipelineWorker.make(workerFile, {
        modelDir: options.modelDir,
        model: options.model,
        allowRemote: options.allowRemote,
        dtype: options.dtype,
      }).pipe(
        Effect.mapError(
          (error) =>
            new EmbeddingModelError({
              model: options.model,
              modelDir: options.modelDir,
              reason: error.reason,
            }),
        ),
      )
      const dimensions = worker.info["dimensions"]
      if (typeof dimensions !== "number" || !Number.isInteger(dimensions) || dimensions <= 0) {
        return yield* new EmbeddingModelError({
          model: options.model,
          modelDir: options.modelDir,
          reason: "the model reported no vector size",
        })
      }

      const batch = (texts: ReadonlyArray<string>) =>
        worker.request({ texts }).pipe(
          Effect.mapError((error) => new EmbeddingFailedError({ reason: error.reason })),
          Effect.flatMap(({ vectors }) =>
            vectors instanceof Float32Array && vectors.length === texts.length * dimensions
              ? Effect.succeed(
                  Array.from({ length: texts.length }, (_, i) =>
                    vectors.subarray(i * dimensions, (i + 1) * dimensions),
                  ),
                )
              : Effect.fail(wrongShape),
          ),
        )

      const size = options.batchSize ?? 32
      return Embedder.of({
        model: options.model,
        dimensions,
        embed: (texts) => {
          const batches: Array<ReadonlyArray<string>> = []
          for (let i = 0; i < texts.length; i += size) batches.push(texts.slice(i, i + size))
          return Effect.forEach(batches, batch).pipe(Effect.map((parts) => parts.flat()))
        },
      })
    }),
  )

/** The embedder AICO's configuration describes; modelDir "" is `<project>/.cache/models`. */
export const optionsFromConfig = (config: Config): TransformersEmbedderOptions => ({
  modelDir:
    config.embedding.modelDir === "" ? `${projectRoot}/.cache/models` : config.embedding.modelDir,
  model: config.embedding.model,
  allowRemote: config.embedding.allowRemote,
  dtype: config.embedding.dtype,
})

export const layerFromConfig = (config: Config) => layer(optionsFromConfig(config))
