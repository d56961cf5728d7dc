/**
 * The data directory a restore writes into: it must be empty or absent, so that on failure
 * everything in it is ours to remove and nothing the user had is touched.
 */
import { Effect } from "effect"
import { mkdir, readdir, rm } from "node:fs/promises"
import { join, resolve } from "node:path"
import { type BackupStoreError, RestoreTargetNotEmpty, storeFailed } from "./BackupError.js"

export interface RestoreTarget {
  readonly path: string
  /** Whether the restore created the directory (then it removes it whole on failure). */
  readonly created: boolean
}

const codeOf = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error ? error.code : undefined

/**
 * Checks `dataDir` could be restored into, writing nothing: "absent" or "empty", or the
 * reason it cannot (so a restore refuses before asking for a password).
 */
export const inspect = (
  dataDir: string,
): Effect.Effect<"absent" | "empty", RestoreTargetNotEmpty | BackupStoreError> =>
  Effect.gen(function* () {
    const path = resolve(dataDir)
    const entries = yield* Effect.tryPromise({
      try: () => readdir(path),
      catch: (error) => error,
    }).pipe(Effect.either)
    if (entries._tag === "Right") {
      if (entries.right.length === 0) return "empty" as const
      const shown = [...entries.right].sort().slice(0, 5).join(", ")
      const more = entries.right.length > 5 ? `, … (${entries.right.length} entries)` : ""
      return yield* new RestoreTargetNotEmpty({
        target: path,
        reason: `the data directory is not empty (it holds ${shown}${more})`,
      })
    }
    const code = codeOf(entries.left)
    if (code === "ENOTDIR") {
      return yield* new RestoreTargetNotEmpty({
        target: path,
        reason: "it is a file, not a directory",
      })
    }
    if (code !== "ENOENT") {
      return yield* storeFailed("file system", `reading ${path}`)(entries.left)
    }
    return "absent" as const
  })

/** Claims `dataDir` for a restore, creating it when absent; refuses one that holds anything. */
export const claim = (
  dataDir: string,
): Effect.Effect<RestoreTarget, RestoreTargetNotEmpty | BackupStoreError> =>
  Effect.gen(function* () {
    const path = resolve(dataDir)
    if ((yield* inspect(path)) === "empty") return { path, created: false }
    yield* Effect.tryPromise({
      try: () => mkdir(path, { recursive: true, mode: 0o700 }),
      catch: storeFailed("file system", `creating ${path}`),
    })
    return { path, created: true }
  })

/** Removes what the restore wrote: the directory it created, or everything in the empty one it found. */
export const release = (target: RestoreTarget) =>
  Effect.promise(async () => {
    if (target.created) return rm(target.path, { recursive: true, force: true })
    const entries = await readdir(target.path).catch(() => [])
    await Promise.all(
      entries.map((entry) => rm(join(target.path, entry), { recursive: true, force: true })),
    )
  }).pipe(Effect.zipRight(Effect.logInfo(`restore: removed what was written to ${target.path}`)))
