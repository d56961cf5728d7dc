/**
 * A size-rotating log file: `aico.log`, then `aico.log.1` … `aico.log.<maxFiles-1>`, oldest
 * last. Lines are queued in memory and written in batches (when `flush` is called, or when
 * the queue passes `flushBytes`), so logging costs an array push on the hot path. A file
 * never grows past `maxBytes`: it rotates before a line that would not fit.
 */
import * as fs from "node:fs"
import * as path from "node:path"

export interface RotatingFileOptions {
  readonly path: string
  readonly maxBytes: number
  /** Files kept in all, the live one included. */
  readonly maxFiles: number
  /** Queue size (in characters) that triggers a write without waiting for `flush`. */
  readonly flushBytes?: number
  /** Told when a write fails; logging itself must not fail the program. */
  readonly onWriteError?: (error: unknown) => void
}

export interface RotatingFile {
  /** Queues one line (without its newline). Lines longer than maxBytes are dropped. */
  readonly append: (line: string) => void
  /** Writes everything queued, synchronously. */
  readonly flush: () => void
  /** Flushes and closes; later appends are ignored. */
  readonly close: () => void
}

const renameIfExists = (from: string, to: string): void => {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) throw error
  }
}

const reportToStderr = (error: unknown): void => {
  process.stderr.write(`aico: cannot write the log file: ${String(error)}\n`)
}

/** Opens `options.path` for appending, creating its directory. Throws if that fails. */
export const openRotatingFile = (options: RotatingFileOptions): RotatingFile => {
  const file = options.path
  const { maxBytes, maxFiles } = options
  const flushBytes = options.flushBytes ?? 64 * 1024
  const onWriteError = options.onWriteError ?? reportToStderr

  fs.mkdirSync(path.dirname(file), { recursive: true })
  let fd = fs.openSync(file, "a")
  let size = fs.fstatSync(fd).size
  let queue: Array<string> = []
  let queued = 0
  let closed = false

  const rotate = (): void => {
    fs.closeSync(fd)
    for (let index = maxFiles - 1; index >= 1; index--) {
      renameIfExists(index === 1 ? file : `${file}.${index - 1}`, `${file}.${index}`)
    }
    if (maxFiles <= 1) fs.rmSync(file, { force: true })
    fd = fs.openSync(file, "a")
    size = 0
  }

  const flush = (): void => {
    if (closed || queue.length === 0) return
    const lines = queue
    queue = []
    queued = 0
    let chunk = ""
    let chunkBytes = 0
    try {
      for (const line of lines) {
        const lineBytes = Buffer.byteLength(line)
        if (lineBytes > maxBytes) continue
        if (size + chunkBytes + lineBytes > maxBytes && size + chunkBytes > 0) {
          fs.writeFileSync(fd, chunk)
          chunk = ""
          chunkBytes = 0
          rotate()
        }
        chunk += line
        chunkBytes += lineBytes
      }
      fs.writeFileSync(fd, chunk)
      size += chunkBytes
    } catch (error) {
      onWriteError(error)
    }
  }

  return {
    append: (line) => {
      if (closed) return
      queue.push(`${line}\n`)
      queued += line.length + 1
      if (queued >= flushBytes) flush()
    },
    flush,
    close: () => {
      if (closed) return
      flush()
      closed = true
      try {
        fs.closeSync(fd)
      } catch (error) {
        onWriteError(error)
      }
    },
  }
}
