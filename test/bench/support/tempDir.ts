/** A temporary directory for the scope's lifetime, removed on release or at process exit. */
import { Effect } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { onExit } from "./cleanup.js"

export const tempDir = (prefix = "aico-bench-") =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const dir = mkdtempSync(join(tmpdir(), prefix))
      const remove = () => rmSync(dir, { recursive: true, force: true })
      return { dir, unregister: onExit(remove), remove }
    }),
    ({ remove, unregister }) =>
      Effect.sync(() => {
        unregister()
        remove()
      }),
  ).pipe(Effect.map(({ dir }) => dir))
