/**
 * Ollama's own model store, through the `ollama` client: what it has (`/api/tags`),
 * pulling with progress (`/api/pull`, streamed) and deleting. Its answers are decoded here.
 */
import { Effect, Schema, Stream } from "effect"
import { Ollama } from "ollama"
import { OllamaFailed, UnknownModel } from "./ModelsError.js"
import type { OnProgress } from "./Models.js"

const Bytes = Schema.Number.pipe(Schema.int(), Schema.nonNegative())

const Tags = Schema.Struct({
  models: Schema.Array(Schema.Struct({ name: Schema.String, size: Bytes })),
})
const PullLine = Schema.Struct({
  status: Schema.String,
  total: Schema.optional(Bytes),
  completed: Schema.optional(Bytes),
})

const reasonOf = (error: unknown) =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}`
    : String(error)

/** Ollama names "llama3.2" and "llama3.2:latest" the same model. */
export const sameModel = (a: string, b: string) =>
  (a.includes(":") ? a : `${a}:latest`) === (b.includes(":") ? b : `${b}:latest`)

export const ollamaModels = (host: string) => {
  const client = new Ollama({ host })
  const failed = (error: unknown) => new OllamaFailed({ host, reason: reasonOf(error) })
  const unreadable = (what: string) => (error: unknown) =>
    new OllamaFailed({ host, reason: `its ${what} answer cannot be read: ${reasonOf(error)}` })

  const list = Effect.tryPromise({ try: () => client.list(), catch: failed }).pipe(
    Effect.flatMap((answer) =>
      Schema.decodeUnknown(Tags)(answer).pipe(Effect.mapError(unreadable("model list"))),
    ),
    Effect.map((tags) => tags.models),
  )

  const pull = (name: string, onProgress: OnProgress) =>
    Effect.acquireRelease(
      Effect.tryPromise({ try: () => client.pull({ model: name, stream: true }), catch: failed }),
      (stream) => Effect.sync(() => stream.abort()),
    ).pipe(
      Effect.flatMap((stream) =>
        Stream.fromAsyncIterable(stream, failed).pipe(
          Stream.mapEffect((line) =>
            Schema.decodeUnknown(PullLine)(line).pipe(Effect.mapError(unreadable("pull"))),
          ),
          Stream.runForEach((line) =>
            Effect.sync(() =>
              onProgress({
                name,
                status: line.status,
                completedBytes: line.completed ?? 0,
                totalBytes: line.total ?? null,
              }),
            ),
          ),
        ),
      ),
      Effect.scoped,
    )

  const remove = (name: string) =>
    Effect.tryPromise({
      try: () => client.delete({ model: name }),
      catch: (error) =>
        reasonOf(error).includes("not found")
          ? new UnknownModel({ name, hint: `Ollama at ${host} does not have it` })
          : failed(error),
    }).pipe(Effect.asVoid)

  return { list, pull, remove }
}
