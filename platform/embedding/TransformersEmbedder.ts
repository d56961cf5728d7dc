/**
 * The Embedder on transformers.js, in a worker thread (`embedderWorker.mjs`). Texts go in
 * batches; each batch is one message to the worker and one transferred Float32Array back.
 */
import { Effect, Layer } from "effect"
import { fileURLToPath } from "node:url"
import { Worker } from "node:worker_threads"
import type { Config } from "../../schemas/Config.js"
import { projectRoot } from "../projectRoot.js"
import { Embedder } from "./Embedder.js"
import { EmbeddingFailedError, EmbeddingModelError } from "./EmbeddingError.js"

export interface TransformersEmbedderOptions {
  /** Where models are looked up first ("" = only the transformers.js cache). */
  readonly modelDir: string
  readonly model: string
  readonly allowRemote: boolean
  readonly dtype: "fp32" | "q8"
  readonly batchSize?: number
}

type Reply = { id: number; vectors: Float32Array } | { id: number; error: string }
type Status = { type: "ready"; dimensions: number } | { type: "failed"; message: string }

const workerFile = fileURLToPath(new URL("./embedderWorker.mjs", import.meta.url))

const isStatus = (message: unknown): message is Status =>
  typeof message === "object" && message !== null && "type" in message
const isReply = (message: unknown): message is Reply =>
  typeof message === "object" && message !== null && "id" in message

const start = (options: TransformersEmbedderOptions) =>
  Effect.async<{ worker: Worker; dimensions: number }, EmbeddingModelError>((resume) => {
    const failed = (reason: string) =>
      new EmbeddingModelError({ model: options.model, modelDir: options.modelDir, reason })
    const worker = new Worker(workerFile, {
      workerData: {
        modelDir: options.modelDir,
        model: options.model,
        allowRemote: options.allowRemote,
        dtype: options.dtype,
      },
    })
    const onError = (error: Error) => resume(Effect.fail(failed(error.message)))
    const onExit = (code: number) => resume(Effect.fail(failed(`the worker exited (code ${code})`)))
    worker.once("error", onError)
    worker.once("exit", onExit)
    worker.once("message", (message: unknown) => {
      worker.off("error", onError)
      worker.off("exit", onExit)
      if (isStatus(message) && message.type === "ready") {
        resume(Effect.succeed({ worker, dimensions: message.dimensions }))
      } else {
        void worker.terminate()
        resume(
          Effect.fail(
            failed(isStatus(message) && message.type === "failed" ? message.message : "no answer"),
          ),
        )
      }
    })
    return Effect.promise(() => worker.terminate())
  })

/** The embedder for the life of the layer; the worker is terminated with it. */
export const layer = (options: TransformersEmbedderOptions) =>
  Layer.scoped(
    Embedder,
    Effect.gen(function* () {
      const { worker, dimensions } = yield* Effect.acquireRelease(start(options), ({ worker }) =>
        Effect.promise(() => worker.terminate()),
      )
      const pending = new Map<number, (reply: Reply | undefined) => void>()
      let nextId = 0
      worker.on("message", (message: unknown) => {
        if (!isReply(message)) return
        pending.get(message.id)?.(message)
        pending.delete(message.id)
      })
      const stopped = () => {
        for (const settle of pending.values()) settle(undefined)
        pending.clear()
      }
      worker.on("exit", stopped)
      worker.on("error", stopped)

      const batch = (texts: ReadonlyArray<string>) =>
        Effect.async<ReadonlyArray<Float32Array>, EmbeddingFailedError>((resume) => {
          const id = nextId++
          pending.set(id, (reply) => {
            if (reply === undefined) {
              return resume(
                Effect.fail(new EmbeddingFailedError({ reason: "the embedder has stopped" })),
              )
            }
            if ("error" in reply)
              return resume(Effect.fail(new EmbeddingFailedError({ reason: reply.error })))
            if (
              !(reply.vectors instanceof Float32Array) ||
              reply.vectors.length !== texts.length * dimensions
            ) {
              return resume(
                Effect.fail(
                  new EmbeddingFailedError({
                    reason: "the model returned vectors of the wrong shape",
                  }),
                ),
              )
            }
            const vectors = Array.from({ length: texts.length }, (_, i) =>
              reply.vectors.subarray(i * dimensions, (i + 1) * dimensions),
            )
            resume(Effect.succeed(vectors))
          })
          worker.postMessage({ id, texts })
          return Effect.sync(() => pending.delete(id))
        })

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
