/**
 * Payloads of model-service messages (`model.*`). The conversation engine (and later the
 * consolidator) tells `model@<node>` to generate; the model actor streams `model.delta`
 * tells back to the sender and ends every request with exactly one `model.generated` or
 * `model.failed`. On the wire "" and 0 mean "not given" (proto3 sends no defaults).
 */
import { Schema } from "effect"

const RequestId = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128))
const Count = Schema.Number.pipe(Schema.int(), Schema.nonNegative())

export const Priority = Schema.Literal("chat", "background")
export type Priority = typeof Priority.Type

export const Role = Schema.Literal("system", "user", "assistant")
export type Role = typeof Role.Type

export const ChatMessage = Schema.Struct({
  role: Role,
  content: Schema.String.pipe(Schema.maxLength(1_000_000)),
})
export type ChatMessage = typeof ChatMessage.Type

export const Generate = Schema.Struct({
  requestId: RequestId,
  /** A user's chat is served before background work (consolidation, summaries). */
  priority: Priority,
  messages: Schema.Array(ChatMessage).pipe(Schema.minItems(1)),
  /** 0 is `llm.maxReplyTokens`. */
  maxTokens: Count,
  /** -1 is `llm.temperature`; 0 is greedy (deterministic). */
  temperature: Schema.Number.pipe(Schema.between(-1, 2)),
})
export type Generate = typeof Generate.Type

export const Delta = Schema.Struct({
  requestId: RequestId,
  /** 0, 1, 2… per request, so a receiver can detect a gap. */
  seq: Count,
  text: Schema.String,
})
export type Delta = typeof Delta.Type

export const Generated = Schema.Struct({
  requestId: RequestId,
  text: Schema.String,
  promptTokens: Count,
  completionTokens: Count,
  /** The model's own time to first token, and the whole generation's. */
  firstTokenMs: Schema.Number.pipe(Schema.nonNegative()),
  totalMs: Schema.Number.pipe(Schema.nonNegative()),
  provider: Schema.String,
  model: Schema.String,
})
export type Generated = typeof Generated.Type

export const FailureCode = Schema.Literal(
  "busy",
  "unavailable",
  "model_missing",
  "timeout",
  "cancelled",
  "context_too_long",
  "internal",
)
export type FailureCode = typeof FailureCode.Type

export const GenerateFailed = Schema.Struct({
  requestId: RequestId,
  code: FailureCode,
  reason: Schema.String,
})
export type GenerateFailed = typeof GenerateFailed.Type

export const Cancel = Schema.Struct({ requestId: RequestId })
export type Cancel = typeof Cancel.Type

/** Ask: how many tokens each text is for the current model (for fitting the context window). */
export const CountTokens = Schema.Struct({
  texts: Schema.Array(Schema.String.pipe(Schema.maxLength(1_000_000))).pipe(
    Schema.maxItems(10_000),
  ),
})
export type CountTokens = typeof CountTokens.Type

export const TokenCounts = Schema.Struct({
  counts: Schema.Array(Count),
  /** The model's context window in tokens. */
  contextSize: Count,
})
export type TokenCounts = typeof TokenCounts.Type
