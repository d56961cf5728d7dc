/** A fresh temporary directory for one test, removed when its scope closes. */
import { Effect } from "effect"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"

export const tempDir = Effect.acquireRelease(
  Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "aico-config-"))),
  (dir) => Effect.promise(() => fs.rm(dir, { recursive: true, force: true })),
)

export const writeFile = (file: string, text: string) =>
  Effect.promise(async () => {
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, text)
    return file
  })
