/**
 * Where goals and their history live (PostgreSQL in the service). Writes are idempotent:
 * a goal is saved whole and only over an older version of itself, and a history event has
 * its own id, so a message processed twice (after a crash) changes nothing the second time.
 */
import { Context, Data, type Effect } from "effect"
import type { Goal } from "./logic/Goal.js"

export class GoalStoreError extends Data.TaggedError("GoalStoreError")<{
  readonly reason: string
}> {
  override get message() {
    return `goal store: ${this.reason}`
  }
}

export interface StoredGoal extends Goal {
  /** "" for the default local user. */
  readonly userId: string
}

export interface GoalEventRecord {
  readonly id: string
  readonly goalId: string
  readonly change: string
  readonly at: number
  readonly progress: number
  readonly status: Goal["status"]
}

export interface Service {
  readonly save: (goal: StoredGoal, event: GoalEventRecord) => Effect.Effect<void, GoalStoreError>
  readonly list: () => Effect.Effect<ReadonlyArray<StoredGoal>, GoalStoreError>
  readonly history: (
    goalId: string,
  ) => Effect.Effect<ReadonlyArray<GoalEventRecord>, GoalStoreError>
}

export class GoalStore extends Context.Tag("aico/GoalStore")<GoalStore, Service>() {}
