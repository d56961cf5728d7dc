/** A fresh temporary directory for one test, removed when its scope closes. */
import { Effect } from "effect"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"

export const tempDir = Effect.acquireRelease(
  Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "aico-logging-"))),
  (dir) => Effect.promise(() => fs.rm(dir, { recursive: true, force: true })),
)
