/** A repository call that failed, naming the operation; the cause is the driver's error. */
import { Data, Effect } from "effect"

export class RepositoryError extends Data.TaggedError("RepositoryError")<{
  readonly operation: string
  readonly cause: unknown
}> {
  override get message() {
    const detail = this.cause instanceof Error ? this.cause.message : String(this.cause)
    return `${this.operation} failed: ${detail}`
  }
}

/** Maps any SQL or decoding failure of an effect to a RepositoryError for `operation`. */
export const failsAs =
  (operation: string) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, RepositoryError, R> =>
    Effect.mapError(effect, (cause) => new RepositoryError({ operation, cause }))
