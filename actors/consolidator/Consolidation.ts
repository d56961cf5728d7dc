/**
 * The consolidator's work on the stores, one conversation at a time: working memory's new
 * turns become a summary in semantic memory and facts in the knowledge graph. Each unit is
 * one database transaction marked done in the same transaction, so an interrupted unit
 * leaves nothing behind and a repeated one does nothing.
 */
import { Context, Data, type Effect } from "effect"

export class ConsolidationError extends Data.TaggedError("ConsolidationError")<{
  readonly reason: string
}> {
  override get message() {
    return `consolidation: ${this.reason}`
  }
}

export interface Unit {
  readonly conversationId: string
  /** "" for the default local user. */
  readonly userId: string
}

export interface UnitResult {
  readonly conversationId: string
  /** Working-memory entries newly consolidated. */
  readonly entries: number
  readonly summaryId: string | undefined
  /** Facts asserted, and earlier facts whose validity they ended. */
  readonly facts: number
  readonly invalidated: number
  /** Facts already known (merged rather than added twice). */
  readonly merged: number
}

export interface Service {
  readonly consolidate: (unit: Unit) => Effect.Effect<UnitResult, ConsolidationError>
  /** Drops what the working-memory TTL says is expired; resolves with how many entries. */
  readonly expire: () => Effect.Effect<number, ConsolidationError>
}

export class Consolidation extends Context.Tag("aico/Consolidation")<Consolidation, Service>() {}
