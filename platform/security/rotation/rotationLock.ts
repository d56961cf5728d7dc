/**
 * One key rotation at a time: `<dataDir>/security/rotation.lock` holds the pid of the
 * `rotate-keys` at work, for the scope's lifetime. Two rotations at once would each choose a
 * new key. A lock left by a killed process (its pid gone, or no longer a Node process) is
 * taken over.
 */
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { mkdir, open, readFile, unlink } from "node:fs/promises"
import { dirname, join } from "node:path"
import { RotationAlreadyRunning, RotationStoreFailed } from "./RotationError.js"

export const lockFile = (dataDir: string) => join(dataDir, "security", "rotation.lock")

const nodeAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EPERM")) return false
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node")
  } catch {
    return process.platform !== "linux"
  }
}

const isCode = (cause: unknown, code: string) =>
  cause instanceof Error && "code" in cause && cause.code === code

/** Creates the lock; `undefined` when taken, else the pid holding it (0 if unreadable). */
const tryCreate = async (file: string): Promise<number | undefined> => {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  try {
    const handle = await open(file, "wx", 0o600)
    try {
      await handle.writeFile(`${process.pid}\n`)
    } finally {
      await handle.close()
    }
    return undefined
  } catch (cause) {
    if (!isCode(cause, "EEXIST")) throw cause
    const text = await readFile(file, "utf8").catch(() => "")
    const pid = Number.parseInt(text, 10)
    return Number.isInteger(pid) && pid > 0 ? pid : 0
  }
}

const acquire = (file: string) =>
  Effect.gen(function* () {
    for (let attempt = 0; attempt < 2; attempt++) {
      const holder = yield* Effect.tryPromise({
        try: () => tryCreate(file),
        catch: (cause) => new RotationStoreFailed({ store: file, reason: String(cause) }),
      })
      if (holder === undefined) return
      if (holder !== 0 && holder !== process.pid && nodeAlive(holder))
        return yield* new RotationAlreadyRunning({ file, pid: holder })
      yield* Effect.promise(() => unlink(file).catch(() => undefined))
    }
    return yield* new RotationStoreFailed({ store: file, reason: "the lock keeps reappearing" })
  })

/** Holds the rotation lock of `dataDir` for the scope's lifetime. */
export const rotationLock = (dataDir: string) =>
  Effect.acquireRelease(acquire(lockFile(dataDir)), () =>
    Effect.promise(() => unlink(lockFile(dataDir)).catch(() => undefined)),
  )
