/** What can go wrong in a backup or a restore, each naming the file, store or directory at fault. */
import { Data } from "effect"

const describe = (cause: unknown): string =>
  cause instanceof Error ? cause.message : typeof cause === "string" ? cause : String(cause)

/** The archive could not be written or read (missing, truncated, not a gzip tar, …). */
export class BackupArchiveError extends Data.TaggedError("BackupArchiveError")<{
  readonly archive: string
  readonly operation: "write" | "read"
  readonly reason: string
}> {
  override get message() {
    return `backup archive ${this.archive}: cannot ${this.operation} it: ${this.reason}`
  }
}

/** `manifest.json` is missing, malformed, from an unknown format, or needs unknown migrations. */
export class BackupManifestInvalid extends Data.TaggedError("BackupManifestInvalid")<{
  readonly archive: string
  readonly reason: string
}> {
  override get message() {
    return `backup archive ${this.archive} is not restorable: ${this.reason}`
  }
}

/** The data directory holds no AICO data to back up. */
export class BackupSourceMissing extends Data.TaggedError("BackupSourceMissing")<{
  readonly dataDir: string
  readonly reason: string
}> {
  override get message() {
    return `nothing to back up in ${this.dataDir}: ${this.reason}`
  }
}

/** A running AICO holds the data directory (its embedded PostgreSQL is up). */
export class DataDirInUse extends Data.TaggedError("DataDirInUse")<{
  readonly dataDir: string
  readonly detail: string
}> {
  override get message() {
    return `${this.dataDir} is in use by a running AICO: stop AICO first, then try again (${this.detail})`
  }
}

/** A restore target already holds data; nothing was written to it. */
export class RestoreTargetNotEmpty extends Data.TaggedError("RestoreTargetNotEmpty")<{
  /** The directory, database or collection. */
  readonly target: string
  readonly reason: string
}> {
  override get message() {
    return `cannot restore into ${this.target}: ${this.reason}; a restore needs an empty target`
  }
}

export type BackupStore = "PostgreSQL" | "Chroma" | "working memory" | "security" | "file system"

/** A store failed while it was read or written. */
export class BackupStoreError extends Data.TaggedError("BackupStoreError")<{
  readonly store: BackupStore
  /** What was being done, e.g. `reading table users`. */
  readonly operation: string
  readonly cause: unknown
}> {
  override get message() {
    return `${this.store}: ${this.operation} failed: ${describe(this.cause)}`
  }
}

export type BackupError =
  BackupArchiveError | BackupStoreError | BackupSourceMissing | DataDirInUse | RestoreTargetNotEmpty

export type RestoreError =
  | BackupArchiveError
  | BackupManifestInvalid
  | BackupStoreError
  | DataDirInUse
  | RestoreTargetNotEmpty

/** `(cause) => BackupStoreError` for `Effect.mapError`. */
export const storeFailed =
  (store: BackupStore, operation: string) =>
  (cause: unknown): BackupStoreError =>
    new BackupStoreError({ store, operation, cause })
