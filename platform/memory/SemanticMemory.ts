/**
 * Semantic memory: what matters over months, searchable by meaning and by words. The one
 * query API every actor uses (through `memory.store` / `memory.search` messages or, in
 * platform code, this service).
 */
import { Context, type Effect } from "effect"
import type { Memory } from "../../schemas/data/Memory.js"
import type { MemoryError } from "./MemoryError.js"

export interface RememberInput {
  readonly content: string
  /** What sort of memory: "note", "turn", "fact"… */
  readonly kind: string
  readonly userId?: string
  readonly conversationId?: string
  /** 0..1, default 0.5. */
  readonly importance?: number
  /** When it happened; default now. */
  readonly createdAt?: Date
}

export interface RecallQuery {
  readonly query: string
  /** Only this person's memories (and those of no one in particular). */
  readonly userId?: string
  readonly limit: number
}

export interface RecallHit {
  readonly memory: Memory
  readonly score: number
  /** 1-based ranks in each signal, when the memory was found by it. */
  readonly semanticRank?: number
  readonly keywordRank?: number
}

export interface SemanticMemory {
  readonly remember: (input: RememberInput) => Effect.Effect<Memory, MemoryError>
  /** Many at once: embedded in batches, stored in one transaction. */
  readonly rememberAll: (
    inputs: ReadonlyArray<RememberInput>,
  ) => Effect.Effect<ReadonlyArray<Memory>, MemoryError>
  readonly recall: (query: RecallQuery) => Effect.Effect<ReadonlyArray<RecallHit>, MemoryError>
  readonly count: Effect.Effect<number>
}

export const SemanticMemory = Context.GenericTag<SemanticMemory>("aico/SemanticMemory")
