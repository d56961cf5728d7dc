/**
 * Working memory: what was just said in a conversation. Entries are read back from disk,
 * so every stored record is decoded with these schemas before anyone sees it.
 */
import { Schema } from "effect"

/** Conversation ids become part of LMDB keys: bounded, and free of control characters. */
export const ConversationId = Schema.String.pipe(
  Schema.minLength(1),
  Schema.maxLength(256),
  // Lone surrogates would not survive UTF-8 key encoding; control characters sort oddly.
  Schema.pattern(/^[^\p{Cc}\p{Cs}]*$/u),
).annotations({
  description: "a non-empty string of at most 256 characters without control characters",
})
export type ConversationId = typeof ConversationId.Type

export const Role = Schema.Literal("user", "assistant", "system")
export type Role = typeof Role.Type

export const MetadataValue = Schema.Union(
  Schema.String,
  Schema.Number.pipe(Schema.finite()),
  Schema.Boolean,
)
export const Metadata = Schema.Record({ key: Schema.String, value: MetadataValue })
export type Metadata = typeof Metadata.Type

/** Milliseconds since the Unix epoch. */
export const EpochMillis = Schema.Int.pipe(Schema.nonNegative())

/** What a caller hands to `put`: the store assigns the id and the times. */
export const WorkingMemoryInput = Schema.Struct({
  role: Role,
  content: Schema.String,
  metadata: Schema.optionalWith(Metadata, { exact: true }),
})
export type WorkingMemoryInput = typeof WorkingMemoryInput.Type

export const WorkingMemoryEntry = Schema.Struct({
  /** Sortable: a later entry of the same store has a greater id. */
  id: Schema.String,
  conversationId: ConversationId,
  role: Role,
  content: Schema.String,
  metadata: Schema.optionalWith(Metadata, { exact: true }),
  createdAt: EpochMillis,
  expiresAt: EpochMillis,
})
export type WorkingMemoryEntry = typeof WorkingMemoryEntry.Type
