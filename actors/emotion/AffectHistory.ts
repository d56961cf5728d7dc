/** Where the emotion actor records each affect it arrives at (PostgreSQL in the service). */
import { Context, Data, type Effect } from "effect"
import type { Affect } from "./appraisal/Affect.js"

export class AffectHistoryError extends Data.TaggedError("AffectHistoryError")<{
  readonly reason: string
}> {
  override get message() {
    return `affect history: ${this.reason}`
  }
}

export interface AffectRecord extends Affect {
  readonly cause: string
}

export interface Service {
  readonly record: (affect: Affect, cause: string) => Effect.Effect<void, AffectHistoryError>
  /** The records between `from` and `to` (epoch ms, inclusive), oldest first. */
  readonly between: (
    from: number,
    to: number,
  ) => Effect.Effect<ReadonlyArray<AffectRecord>, AffectHistoryError>
}

export class AffectHistory extends Context.Tag("aico/AffectHistory")<AffectHistory, Service>() {}
