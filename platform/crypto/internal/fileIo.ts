/** File-system steps shared by the encrypted-file writer and reader, failures as typed errors. */
import { open, rename, unlink, type FileHandle } from "node:fs/promises"
import { dirname } from "node:path"
import { Effect } from "effect"
import { EncryptedFileError } from "../CryptoError.js"

const describe = (cause: unknown): string =>
  cause instanceof Error ? cause.message : typeof cause === "string" ? cause : String(cause)

/** Runs a file-system promise; a rejection becomes an `io` error naming `file` and the step. */
export const io = <A>(file: string, operation: string, run: () => Promise<A>) =>
  Effect.tryPromise({
    try: run,
    catch: (cause) =>
      new EncryptedFileError({
        file,
        problem: "io",
        reason: `cannot ${operation}: ${describe(cause)}`,
      }),
  })

/** Writes every byte of `buffers` at the current position, resuming after short writes. */
export const writeFully = async (handle: FileHandle, buffers: ReadonlyArray<Uint8Array>) => {
  let pending = buffers.filter((buffer) => buffer.length > 0)
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending)
    const rest: Array<Uint8Array> = []
    for (const buffer of pending) {
      if (bytesWritten >= buffer.length) bytesWritten -= buffer.length
      else {
        rest.push(buffer.subarray(bytesWritten))
        bytesWritten = 0
      }
    }
    pending = rest
  }
}

export const writeAll = (file: string, handle: FileHandle, buffers: ReadonlyArray<Uint8Array>) =>
  io(file, "write", () => writeFully(handle, buffers))

/** Fills `buffer` from `position`; resolves with how many bytes there were (short at EOF). */
export const readAt = (file: string, handle: FileHandle, buffer: Uint8Array, position: number) =>
  io(file, "read", async () => {
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(
        buffer,
        filled,
        buffer.length - filled,
        position + filled,
      )
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return filled
  })

/**
 * Makes a finished temporary file the real one: fsync it, close it, rename it over
 * `path`, then fsync the directory so the rename itself survives a power cut.
 */
export const commit = (handle: FileHandle, partial: string, path: string) =>
  Effect.gen(function* () {
    yield* io(partial, "fsync", () => handle.sync())
    yield* io(partial, "close", () => handle.close())
    yield* io(path, `rename ${partial} to it`, () => rename(partial, path))
    // Windows cannot open a directory to fsync it; there the rename is as durable as it gets.
    if (process.platform !== "win32")
      yield* io(dirname(path), "fsync the directory", async () => {
        const dir = await open(dirname(path), "r")
        try {
          await dir.sync()
        } finally {
          await dir.close()
        }
      })
  })

/** Best-effort clean-up of an abandoned temporary file: close it and remove it. */
export const discard = (handle: FileHandle, partial: string) =>
  Effect.promise(async () => {
    await handle.close().catch(() => undefined)
    await unlink(partial).catch(() => undefined)
  })
