/**
 * The embedded language model: a GGUF file run by node-llama-cpp in a process of its own
 * (`llamaProcess.mjs`). The process starts on first use, not with the layer, so the
 * service runs (and says what is missing) before the model is pulled; it starts again
 * after it died.
 */
import { Effect, Layer, Option, Scope } from "effect"
import { availableParallelism } from "node:os"
import { pathExists } from "../process/pathExists.js"
import { type Finished, LanguageModel, type Service, streamFrom } from "./LanguageModel.js"
import {
  ContextTooLong,
  GenerationCancelled,
  ModelMissing,
  ModelUnavailable,
  type LlmError,
} from "./LlmError.js"
import { start, type Heard, type LlamaProcess, type ProcessOptions } from "./llamaProcessHandle.js"

export interface EmbeddedOptions extends Omit<ProcessOptions, "threads"> {
  /** The name shown for the model (its file name). */
  readonly model: string
  /** 0 is half the cores, at least one. */
  readonly threads: number
}

/** More threads than half the cores fight the rest of the service (and ran ~1000× slower). */
export const threadsFor = (configured: number) =>
  configured > 0 ? configured : Math.max(1, Math.floor(availableParallelism() / 2))

const failureOf = (heard: Exclude<Heard, { type: "delta" | "done" | "counts" }>): LlmError => {
  if (heard.type === "exited")
    return new ModelUnavailable({ provider: "embedded", reason: heard.reason })
  switch (heard.code) {
    case "cancelled":
      return new GenerationCancelled()
    case "context_too_long":
      return new ContextTooLong({
        promptTokens: heard.promptTokens,
        contextSize: heard.contextSize,
      })
    case "internal":
      return new ModelUnavailable({ provider: "embedded", reason: heard.message })
  }
}

const make = (options: EmbeddedOptions) =>
  Effect.gen(function* () {
    const scope = yield* Effect.scope
    const lock = yield* Effect.makeSemaphore(1)
    let current: Option.Option<LlamaProcess> = Option.none()
    let nextId = 0
    const processOptions: ProcessOptions = { ...options, threads: threadsFor(options.threads) }

    const running: Effect.Effect<LlamaProcess, LlmError> = lock.withPermits(1)(
      Effect.gen(function* () {
        if (Option.isSome(current) && current.value.alive()) return current.value
        if (!(yield* pathExists(options.modelPath))) {
          return yield* new ModelMissing({ model: options.model, location: options.modelPath })
        }
        const process = yield* start(processOptions).pipe(Scope.extend(scope))
        current = Option.some(process)
        return process
      }),
    )

    const generateWith: Service["generateWith"] = (request, onDelta) =>
      Effect.flatMap(running, (process) =>
        Effect.async<Finished, LlmError>((resume) => {
          const id = nextId++
          let finished = false
          const unregister = process.request(
            id,
            {
              type: "generate",
              id,
              messages: request.messages,
              maxTokens: request.maxTokens,
              temperature: request.temperature,
            },
            (heard) => {
              if (heard.type === "delta") return onDelta(heard.text)
              if (heard.type === "counts") return
              finished = true
              unregister()
              if (heard.type !== "done") return resume(Effect.fail(failureOf(heard)))
              const { promptTokens, completionTokens, firstTokenMs, totalMs } = heard
              resume(
                Effect.succeed({
                  _tag: "Finished",
                  promptTokens,
                  completionTokens,
                  firstTokenMs,
                  totalMs,
                }),
              )
            },
          )
          // Interrupted (cancelled, timed out): stop the model too.
          return Effect.sync(() => {
            unregister()
            if (!finished) process.send({ type: "cancel", id })
          })
        }),
      )

    const countTokens: Service["countTokens"] = (texts) =>
      Effect.flatMap(running, (process) =>
        Effect.async<ReadonlyArray<number>, LlmError>((resume) => {
          const id = nextId++
          const unregister = process.request(id, { type: "count", id, texts }, (heard) => {
            unregister()
            if (heard.type === "counts") return resume(Effect.succeed(heard.counts))
            if (heard.type === "exited" || heard.type === "error") {
              return resume(Effect.fail(failureOf(heard)))
            }
          })
          return Effect.sync(unregister)
        }),
      )

    return LanguageModel.of({
      provider: "embedded",
      model: options.model,
      contextSize: Effect.map(running, (process) => process.contextSize),
      countTokens,
      generate: streamFrom(generateWith),
      generateWith,
    })
  })

/** The embedded model for the life of the layer; its process stops with it. */
export const layer = (options: EmbeddedOptions) => Layer.scoped(LanguageModel, make(options))
