/** Where every initiative and its outcome is recorded (PostgreSQL in the service). */
import { Context, Data, type Effect } from "effect"
import type { Outcome } from "../../schemas/messages/initiative.js"

export class InitiativeStoreError extends Data.TaggedError("InitiativeStoreError")<{
  readonly reason: string
}> {
  override get message() {
    return `initiative store: ${this.reason}`
  }
}

export interface InitiativeRecord {
  readonly id: string
  readonly userId: string
  readonly kind: string
  readonly text: string
  /** The trigger it answered, e.g. `check_in:<conversation>`. */
  readonly trigger: string
  readonly sentAt: number
  readonly outcome: Outcome | undefined
  readonly outcomeAt: number | undefined
}

export interface Service {
  /** Idempotent by id. */
  readonly recordSent: (initiative: InitiativeRecord) => Effect.Effect<void, InitiativeStoreError>
  readonly recordOutcome: (
    id: string,
    outcome: Outcome,
    at: number,
  ) => Effect.Effect<void, InitiativeStoreError>
  readonly list: () => Effect.Effect<ReadonlyArray<InitiativeRecord>, InitiativeStoreError>
}

export class InitiativeStore extends Context.Tag("aico/InitiativeStore")<
  InitiativeStore,
  Service
>() {}
