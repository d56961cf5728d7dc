/**
 * Files only their owner may read: written atomically with mode 0600 (a temporary file in
 * the same directory, fsynced, renamed over the target), and refused on read when their
 * permissions are looser, since a key or a password verifier others can read is already lost.
 */
import { randomBytes } from "node:crypto"
import { constants } from "node:fs"
import { mkdir, open, rename, unlink } from "node:fs/promises"
import { dirname } from "node:path"
import { Data, Effect, Option } from "effect"

export class PrivateFileInsecure extends Data.TaggedError("PrivateFileInsecure")<{
  readonly file: string
  readonly mode: number
  readonly reason: string
}> {
  override get message() {
    return `${this.file} ${this.reason} (mode ${(this.mode & 0o777).toString(8).padStart(4, "0")}); refusing to use it: it must be a regular file owned by the service user and readable by that user only (chmod 600 ${this.file})`
  }
}

export class PrivateFileIoError extends Data.TaggedError("PrivateFileIoError")<{
  readonly file: string
  readonly operation: string
  readonly reason: string
}> {
  override get message() {
    return `${this.file}: ${this.operation} failed: ${this.reason}`
  }
}

const reasonOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause))

const isMissing = (cause: unknown) =>
  cause instanceof Error && (cause as NodeJS.ErrnoException).code === "ENOENT"

const checkOwnerOnly = (file: string, mode: number, uid: number, isFile: boolean) => {
  if (!isFile) return new PrivateFileInsecure({ file, mode, reason: "is not a regular file" })
  if (process.platform === "win32") return undefined
  if (typeof process.getuid === "function" && uid !== process.getuid())
    return new PrivateFileInsecure({ file, mode, reason: `is owned by uid ${uid}` })
  if ((mode & 0o077) !== 0)
    return new PrivateFileInsecure({ file, mode, reason: "is readable or writable by others" })
  return undefined
}

/** The file's bytes, or none if it does not exist; fails if others may read or write it. */
export const readPrivateFile = (
  file: string,
): Effect.Effect<Option.Option<Buffer>, PrivateFileInsecure | PrivateFileIoError> =>
  Effect.tryPromise({
    try: async (): Promise<Option.Option<Buffer> | PrivateFileInsecure> => {
      let handle
      try {
        handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW)
      } catch (cause) {
        if (isMissing(cause)) return Option.none()
        throw cause
      }
      try {
        // Checked on the open descriptor, so the file cannot be swapped between check and read.
        const info = await handle.stat()
        const insecure = checkOwnerOnly(file, info.mode, info.uid, info.isFile())
        return insecure ?? Option.some(await handle.readFile())
      } finally {
        await handle.close()
      }
    },
    catch: (cause) => new PrivateFileIoError({ file, operation: "read", reason: reasonOf(cause) }),
  }).pipe(
    Effect.flatMap((result) =>
      result instanceof PrivateFileInsecure ? Effect.fail(result) : Effect.succeed(result),
    ),
  )

/** Replaces `file` with `data` atomically, mode 0600, creating its directory with mode 0700. */
export const writePrivateFile = (
  file: string,
  data: Uint8Array | string,
): Effect.Effect<void, PrivateFileIoError> =>
  Effect.tryPromise({
    try: async () => {
      const directory = dirname(file)
      await mkdir(directory, { recursive: true, mode: 0o700 })
      const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`
      try {
        const handle = await open(temporary, "wx", 0o600)
        try {
          await handle.writeFile(data)
          await handle.sync()
        } finally {
          await handle.close()
        }
        await rename(temporary, file)
      } catch (error) {
        await unlink(temporary).catch(() => undefined)
        throw error
      }
      // The rename is durable only once the directory entry is on disk.
      const dir = await open(directory, "r")
      try {
        await dir.sync()
      } finally {
        await dir.close()
      }
    },
    catch: (cause) => new PrivateFileIoError({ file, operation: "write", reason: reasonOf(cause) }),
  })

/** Removes `file`; resolves with whether it existed. */
export const removePrivateFile = (file: string): Effect.Effect<boolean, PrivateFileIoError> =>
  Effect.tryPromise({
    try: () =>
      unlink(file).then(
        () => true,
        (cause: unknown) => {
          if (isMissing(cause)) return false
          throw cause
        },
      ),
    catch: (cause) =>
      new PrivateFileIoError({ file, operation: "delete", reason: reasonOf(cause) }),
  })
