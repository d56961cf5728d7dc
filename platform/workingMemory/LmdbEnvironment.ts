/**
 * The working memory's LMDB environment: its data file checked before LMDB sees it, opened
 * for a scope and closed once queued writes are on disk; LMDB's failures as typed errors.
 */
import { Duration, Effect } from "effect"
import { open, type RootDatabase } from "lmdb"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { checkDataFile } from "./LmdbDataFile.js"
import { WorkingMemoryCorrupted, WorkingMemoryIoError } from "./WorkingMemoryError.js"

/** LMDB's own words for a damaged file. */
const corruption = /MDB_(INVALID|CORRUPTED|PAGE_NOTFOUND|VERSION_MISMATCH|BAD_TXN)/

export const describeCause = (cause: unknown): string =>
  cause instanceof Error ? cause.message : String(cause)

/** A failure of `operation` on the store at `path`: corruption if LMDB says so. */
export const failureAt = (path: string) => (operation: string) => (cause: unknown) => {
  const reason = describeCause(cause)
  return corruption.test(reason)
    ? new WorkingMemoryCorrupted({ file: join(path, "data.mdb"), reason })
    : new WorkingMemoryIoError({ path, operation, reason })
}

const openRoot = (path: string) =>
  Effect.gen(function* () {
    const dataFile = join(path, "data.mdb")
    const failure = failureAt(path)("open")
    const damage = yield* Effect.try({ try: () => checkDataFile(dataFile), catch: failure })
    if (damage !== undefined)
      return yield* new WorkingMemoryCorrupted({ file: dataFile, reason: damage })
    return yield* Effect.try({
      try: (): RootDatabase => {
        mkdirSync(path, { recursive: true })
        return open({ path, maxDbs: 4, compression: false })
      },
      catch: failure,
    })
  })

const close = async (root: RootDatabase): Promise<void> => {
  // lmdb-js starts a batch on the next turn of the event loop: let queued writes begin, then wait.
  await new Promise((resolve) => setImmediate(resolve))
  await root.committed
  await root.flushed
  await root.close()
}

/** The environment at `path` for the scope's lifetime; closing waits at most 10 s. */
export const acquireRoot = (path: string) =>
  Effect.acquireRelease(openRoot(path), (root) =>
    Effect.promise(() => close(root)).pipe(Effect.timeout(Duration.seconds(10)), Effect.ignore),
  )
