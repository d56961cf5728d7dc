/**
 * What the embedded model's process (`llamaProcess.mjs`) says over its IPC channel. It is
 * another program: everything it sends is decoded here before the provider believes it.
 */
import { Schema } from "effect"

const Id = Schema.Number.pipe(Schema.int(), Schema.nonNegative())
const Count = Schema.Number.pipe(Schema.int(), Schema.nonNegative())
const Millis = Schema.Number.pipe(Schema.nonNegative(), Schema.finite())

export const Ready = Schema.Struct({
  type: Schema.Literal("ready"),
  contextSize: Count,
})
export const LoadFailed = Schema.Struct({
  type: Schema.Literal("failed"),
  message: Schema.String,
})
export const Delta = Schema.Struct({
  type: Schema.Literal("delta"),
  id: Id,
  text: Schema.String,
})
export const Done = Schema.Struct({
  type: Schema.Literal("done"),
  id: Id,
  promptTokens: Count,
  completionTokens: Count,
  firstTokenMs: Millis,
  totalMs: Millis,
})
export const Failed = Schema.Struct({
  type: Schema.Literal("error"),
  id: Id,
  code: Schema.Literal("cancelled", "context_too_long", "internal"),
  message: Schema.String,
  promptTokens: Count,
  contextSize: Count,
})
export const Counts = Schema.Struct({
  type: Schema.Literal("counts"),
  id: Id,
  counts: Schema.Array(Count),
})

export const ProcessMessage = Schema.Union(Ready, LoadFailed, Delta, Done, Failed, Counts)
export type ProcessMessage = typeof ProcessMessage.Type

export const decode = Schema.decodeUnknownEither(ProcessMessage)
