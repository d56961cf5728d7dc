/**
 * Ollama as AICO's language model: streamed `/api/chat` through the `ollama` client, every
 * line decoded with `OllamaChatChunk`. The model stays loaded for `keepAlive` between
 * requests; the context window is what AICO asks for (`num_ctx`).
 */
import { Effect, Either, Layer, Stream } from "effect"
import { Ollama } from "ollama"
import {
  callbacksFrom,
  LanguageModel,
  type GenerateRequest,
  type GenerationEvent,
} from "./LanguageModel.js"
import { ModelMissing, ModelUnavailable, type LlmError } from "./LlmError.js"
import { decodeChunk } from "./ollamaChunk.js"

export interface OllamaOptions {
  readonly host: string
  readonly model: string
  readonly keepAlive: string
  readonly contextSize: number
}

const provider = "ollama"

/** The client's errors: a 404 names a model that is not pulled; anything else is unavailability. */
export const failureOf =
  (options: OllamaOptions) =>
  (error: unknown): LlmError => {
    const status =
      typeof error === "object" && error !== null ? Reflect.get(error, "status_code") : undefined
    const text = error instanceof Error ? error.message : String(error)
    if (status === 404 || /not found/i.test(text)) {
      return new ModelMissing({ model: options.model, location: `Ollama at ${options.host}` })
    }
    const cause =
      error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ""
    return new ModelUnavailable({ provider, reason: `${text}${cause} (Ollama at ${options.host})` })
  }

/** The `/api/chat` request AICO sends for a generation. */
export const chatRequest = (options: OllamaOptions, request: GenerateRequest) => ({
  model: options.model,
  messages: request.messages.map(({ role, content }) => ({ role, content })),
  stream: true as const,
  keep_alive: options.keepAlive,
  options: {
    num_ctx: options.contextSize,
    num_predict: request.maxTokens,
    temperature: request.temperature,
    // Greedy means the same reply every time: fix the seed as well.
    ...(request.temperature === 0 ? { seed: 0 } : {}),
  },
})

const make = (options: OllamaOptions) => {
  const client = new Ollama({ host: options.host })
  const failure = failureOf(options)

  const generate = (request: GenerateRequest): Stream.Stream<GenerationEvent, LlmError> =>
    Stream.unwrapScoped(
      Effect.gen(function* () {
        const started = performance.now()
        const iterator = yield* Effect.acquireRelease(
          Effect.tryPromise({
            try: () => client.chat(chatRequest(options, request)),
            catch: failure,
          }),
          // Leaving early (cancelled, timed out) closes the HTTP stream, which stops Ollama.
          (stream) => Effect.sync(() => stream.abort()),
        )
        let firstTokenMs: number | undefined
        return Stream.fromAsyncIterable(iterator, failure).pipe(
          Stream.mapEffect((raw) =>
            Either.match(decodeChunk(raw), {
              onLeft: (error) =>
                Effect.fail<LlmError>(
                  new ModelUnavailable({
                    provider,
                    reason: `Ollama sent a line AICO cannot read: ${error.message}`,
                  }),
                ),
              onRight: (chunk) => Effect.succeed(chunk),
            }),
          ),
          Stream.mapConcat((chunk): ReadonlyArray<GenerationEvent> => {
            const text = chunk.message?.content ?? ""
            const now = performance.now() - started
            if (text !== "" && firstTokenMs === undefined) firstTokenMs = now
            const delta: ReadonlyArray<GenerationEvent> =
              text === "" ? [] : [{ _tag: "Delta", text }]
            if (!chunk.done) return delta
            return [
              ...delta,
              {
                _tag: "Finished",
                promptTokens: chunk.prompt_eval_count ?? 0,
                completionTokens: chunk.eval_count ?? 0,
                firstTokenMs: firstTokenMs ?? now,
                totalMs: now,
              },
            ]
          }),
        )
      }),
    )

  return LanguageModel.of({
    provider,
    model: options.model,
    contextSize: Effect.succeed(options.contextSize),
    // Ollama has no tokenizer endpoint: about four characters a token is the usual estimate
    // for English, good enough to fit a prompt into the window with a margin.
    countTokens: (texts) => Effect.succeed(texts.map((text) => Math.ceil(text.length / 4))),
    generate,
    generateWith: callbacksFrom(generate, provider),
  })
}

export const layer = (options: OllamaOptions) => Layer.succeed(LanguageModel, make(options))

/** Whether an Ollama server answers at `host` within `timeoutMs`. */
export const answers = (host: string, timeoutMs: number) =>
  Effect.tryPromise((signal) =>
    fetch(new URL("/api/version", host), { signal }).then((response) => response.ok),
  ).pipe(
    Effect.timeout(timeoutMs),
    Effect.orElseSucceed(() => false),
  )
