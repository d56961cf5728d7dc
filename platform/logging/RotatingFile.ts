/**
 * A size-rotating log file: `aico.log`, then `aico.log.1` … `aico.log.<maxFiles-1>`, oldest
 * last. Lines are queued in memory and written in batches (when `flush` is called, or when
 * the queue passes `flushBytes`), so logging costs an array push on the hot path. A file
 * never grows past `maxBytes`: it rotates before a line that would not fit.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as SealedLog from "../crypto/SealedLog.js"
import type * as SecretKey from "../crypto/SecretKey.js"

export interface RotatingFileOptions {
  readonly path: string
  readonly maxBytes: number
  /** Files kept in all, the live one included. */
  readonly maxFiles: number
  /** Queue size (in characters) that triggers a write without waiting for `flush`. */
  readonly flushBytes?: number
  /** Told when a write fails; logging itself must not fail the program. */
  readonly onWriteError?: (error: unknown) => void
  /**
   * Seal the files (`SealedLog`): nothing is written until `unlock` gives the key, and what
   * is logged before that waits in memory (up to `flushBytes` × 16, the oldest dropped).
   */
  readonly sealed?: boolean
}

export interface RotatingFile {
  /** Queues one line (without its newline). Lines longer than maxBytes are dropped. */
  readonly append: (line: string) => void
  /** Writes everything queued, synchronously. */
  readonly flush: () => void
  /** Flushes and closes; later appends are ignored. */
  readonly close: () => void
  /** The key a sealed file is written with; the queue is written at the next flush. */
  readonly unlock: (key: SecretKey.SecretKey) => void
}

/** Where a batch of lines goes: the plain file, or a sealed log's next record. */
interface Sink {
  readonly write: (text: string) => void
  readonly close: () => void
  readonly size: number
}

const plainSink = (file: string): Sink => {
  const fd = fs.openSync(file, "a")
  return {
    write: (text) => fs.writeFileSync(fd, text),
    close: () => fs.closeSync(fd),
    size: fs.fstatSync(fd).size,
  }
}

const sealedSink = (file: string, key: SecretKey.SecretKey): Sink => {
  const writer = SealedLog.openWriter(file, key)
  return {
    write: (text) => writer.append(Buffer.from(text, "utf8")),
    close: () => writer.close(),
    size: fs.statSync(file).size,
  }
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
  let key: SecretKey.SecretKey | undefined
  let sink: Sink | undefined
  let size = 0
  let queue: Array<string> = []
  let queued = 0
  let closed = false
  const maxQueued = flushBytes * 16

  const shift = (): void => {
    for (let index = maxFiles - 1; index >= 1; index--) {
      renameIfExists(index === 1 ? file : `${file}.${index - 1}`, `${file}.${index}`)
    }
    if (maxFiles <= 1) fs.rmSync(file, { force: true })
  }

  const open = (): Sink => {
    if (key === undefined) return plainSink(file)
    try {
      return sealedSink(file, key)
    } catch (error) {
      // A plain file from before logs were sealed: rotated away, a sealed one begun.
      if (!(error instanceof SealedLog.NotSealedError)) throw error
      shift()
      return sealedSink(file, key)
    }
  }

  const rotate = (): void => {
    sink?.close()
    shift()
    sink = open()
    size = 0
  }

  if (options.sealed !== true) {
    sink = open()
    size = sink.size
  }

  const flush = (): void => {
    if (closed || queue.length === 0) return
    if (sink === undefined) {
      // Still waiting for the key: keep the newest lines within the bound.
      while (queued > maxQueued && queue.length > 1) queued -= (queue.shift() ?? "").length
      return
    }
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
          sink.write(chunk)
          chunk = ""
          chunkBytes = 0
          rotate()
        }
        chunk += line
        chunkBytes += lineBytes
      }
      if (chunk !== "") sink.write(chunk)
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
        sink?.close()
      } catch (error) {
        onWriteError(error)
      }
    },
    unlock: (secret) => {
      if (closed || sink !== undefined) return
      key = secret
      try {
        sink = open()
        size = sink.size
      } catch (error) {
        onWriteError(error)
      }
    },
  }
}
