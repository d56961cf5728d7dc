/** What can go wrong between AICO and its PostgreSQL, each naming the problem for a reader. */
import { Data } from "effect"

/** The embedded server could not be prepared or started; `output` is its last words. */
export class EmbeddedPostgresError extends Data.TaggedError("EmbeddedPostgresError")<{
  readonly directory: string
  readonly reason: string
  readonly output: string
}> {
  override get message() {
    const tail = this.output.trim() === "" ? "" : `\n${this.output.trim()}`
    return `embedded PostgreSQL in ${this.directory}: ${this.reason}${tail}`
  }
}

/** No connection could be made to the configured database. */
export class DatabaseUnavailableError extends Data.TaggedError("DatabaseUnavailableError")<{
  /** Where AICO tried to connect, with any password removed. */
  readonly target: string
  readonly cause: unknown
}> {
  override get message() {
    const detail = this.cause instanceof Error ? this.cause.message : String(this.cause)
    return `database ${this.target} is unreachable: ${detail}`
  }
}

/** The schema could not be brought up to date; the service does not start on a half schema. */
export class MigrationFailedError extends Data.TaggedError("MigrationFailedError")<{
  readonly cause: unknown
}> {
  override get message() {
    const detail = this.cause instanceof Error ? this.cause.message : String(this.cause)
    return `database migration failed: ${detail}`
  }
}
