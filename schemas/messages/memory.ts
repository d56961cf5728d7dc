/**
 * Payloads of semantic-memory messages (`memory.*`). On the wire "" and 0 mean "not
 * given" (proto3 sends no defaults); these schemas spell out what each field accepts.
 */
import { Schema } from "effect"

const OptionalUuid = Schema.Union(Schema.Literal(""), Schema.UUID)
const Kind = Schema.String.pipe(Schema.pattern(/^$|^[a-z][a-z0-9_.-]{0,63}$/))
const EpochMs = Schema.Number.pipe(Schema.nonNegative())

/** A hard ceiling; the configured `memory.maxDocumentChars` is usually lower. */
export const maxContentChars = 1_000_000

export const StoreMemory = Schema.Struct({
  content: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(maxContentChars)),
  /** "" is "note". */
  kind: Kind,
  userId: OptionalUuid,
  conversationId: OptionalUuid,
  /** 0..1; 0 on the wire is the default importance (0.5). */
  importance: Schema.Number.pipe(Schema.between(0, 1)),
})
export type StoreMemory = typeof StoreMemory.Type

export const MemoryStored = Schema.Struct({ id: Schema.UUID, createdAt: EpochMs })

export const SearchMemory = Schema.Struct({
  query: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(10_000)),
  userId: OptionalUuid,
  /** 0 is the default (10); at most 100. */
  limit: Schema.Number.pipe(Schema.int(), Schema.between(0, 100)),
})
export type SearchMemory = typeof SearchMemory.Type

export const MemoryHit = Schema.Struct({
  id: Schema.UUID,
  content: Schema.String,
  kind: Schema.String,
  score: Schema.Number,
  createdAt: EpochMs,
  importance: Schema.Number.pipe(Schema.between(0, 1)),
})
export type MemoryHit = typeof MemoryHit.Type

export const MemoryResults = Schema.Struct({ hits: Schema.Array(MemoryHit) })

export const MemoryFailed = Schema.Struct({
  /** A stable code for programs: "too_large", "invalid", "unavailable", "internal". */
  code: Schema.Literal("too_large", "invalid", "unavailable", "internal"),
  reason: Schema.String,
})
export type MemoryFailed = typeof MemoryFailed.Type
