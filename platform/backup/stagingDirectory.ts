/** A scratch directory for an archive's contents, removed when the scope closes. */
import { Effect } from "effect"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { storeFailed } from "./BackupError.js"

export const stagingDirectory = (prefix: string) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: () => mkdtemp(join(tmpdir(), prefix)),
      catch: storeFailed("file system", `creating a staging directory in ${tmpdir()}`),
    }),
    (dir) => Effect.promise(() => rm(dir, { recursive: true, force: true })),
  )
