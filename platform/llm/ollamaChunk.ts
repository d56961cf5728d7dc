/**
 * One line of Ollama's streamed `/api/chat` answer (NDJSON), as far as AICO reads it. The
 * client library parses the JSON but does not check it; this Schema does.
 */
import { Schema } from "effect"

const Count = Schema.Number.pipe(Schema.int(), Schema.nonNegative())

export const OllamaChatChunk = Schema.Struct({
  message: Schema.optional(Schema.Struct({ content: Schema.String })),
  done: Schema.Boolean,
  done_reason: Schema.optional(Schema.String),
  /** Nanoseconds, on the last line only. */
  total_duration: Schema.optional(Schema.Number.pipe(Schema.nonNegative())),
  prompt_eval_count: Schema.optional(Count),
  eval_count: Schema.optional(Count),
})
export type OllamaChatChunk = typeof OllamaChatChunk.Type

export const decodeChunk = Schema.decodeUnknownEither(OllamaChatChunk)
