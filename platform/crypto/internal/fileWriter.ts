/**
 * The encrypted-file writer: buffers plaintext into chunks, seals each full chunk once more
 * data follows it (so the last one can be marked final), and writes into `<path>.partial`,
 * renamed over `path` only by `close()`. Abandoned writers leave nothing behind.
 */
import { open, type FileHandle } from "node:fs/promises"
import { Effect, type Scope } from "effect"
import { EncryptedFileError } from "../CryptoError.js"
import type * as SecretKey from "../SecretKey.js"
import { commit, discard, io, writeAll, writeFully } from "./fileIo.js"
import {
  ChunkCipher,
  DEFAULT_CHUNK_SIZE,
  isValidChunkSize,
  makeHeader,
  MAX_CHUNK_SIZE,
} from "./fileFormat.js"

export interface WriterOptions {
  /** Plaintext bytes per chunk: 1 byte to 16 MiB, 64 KiB by default. */
  readonly chunkSize?: number
}

export interface Writer {
  /** Where the file appears once closed. */
  readonly path: string
  /**
   * Appends plaintext; `bytes` may be reused as soon as this completes. One write at a
   * time. The last batch may still be on its way to disk: a failure to write it is
   * reported by the next `write` or by `close`.
   */
  readonly write: (bytes: Uint8Array) => Effect.Effect<void, EncryptedFileError>
  /** Seals the final chunk, makes the file durable and moves it to `path`. */
  readonly close: () => Effect.Effect<void, EncryptedFileError>
}

// Sealed chunks are gathered into one `writev` of about this many bytes.
const BATCH_BYTES = 1024 * 1024

type State = "open" | "failed" | "closed"

interface Shared {
  state: State
  /** The batch being written while the next one is sealed; its failure surfaces later. */
  inflight: Promise<void> | undefined
}

const makeWriter = (
  path: string,
  partial: string,
  handle: FileHandle,
  cipher: ChunkCipher,
  chunkSize: number,
  stateRef: Shared,
): Writer => {
  const pending = new Uint8Array(chunkSize)
  let pendingLength = 0
  let index = 0
  const closedError = () =>
    new EncryptedFileError({
      file: path,
      problem: "closed",
      reason:
        stateRef.state === "closed"
          ? "the writer is closed"
          : "an earlier write failed; start over",
    })
  const guard = <A>(effect: Effect.Effect<A, EncryptedFileError>) =>
    stateRef.state !== "open"
      ? Effect.fail(closedError())
      : effect.pipe(Effect.tapError(() => Effect.sync(() => (stateRef.state = "failed"))))

  /** Seals one chunk and queues its ciphertext and tag in `out`. */
  const sealInto = (out: Array<Uint8Array>, plaintext: Uint8Array, final: boolean) => {
    const { ciphertext, tag } = cipher.seal(index++, final, plaintext)
    out.push(ciphertext, tag)
    return ciphertext.length + tag.length
  }

  /** Waits for the batch in flight, reporting its failure. */
  const settle = Effect.suspend(() => {
    const inflight = stateRef.inflight
    stateRef.inflight = undefined
    return inflight === undefined ? Effect.void : io(partial, "write", () => inflight)
  })

  /**
   * Starts writing a batch once the previous one is done, without waiting for it: the
   * next batch is sealed while this one is on its way to the disk.
   */
  const flush = (out: ReadonlyArray<Uint8Array>) =>
    Effect.tap(settle, () =>
      Effect.sync(() => {
        const inflight = writeFully(handle, out)
        // Marked handled here; `settle` (or the release) still sees the failure.
        inflight.catch(() => undefined)
        stateRef.inflight = inflight
      }),
    )

  const write = (bytes: Uint8Array) =>
    guard(
      Effect.gen(function* () {
        let offset = 0
        // A full chunk is sealed only when at least one more byte follows it.
        while (pendingLength + (bytes.length - offset) > chunkSize) {
          const out: Array<Uint8Array> = []
          let batched = 0
          while (batched < BATCH_BYTES && pendingLength + (bytes.length - offset) > chunkSize) {
            if (pendingLength === 0) {
              batched += sealInto(out, bytes.subarray(offset, offset + chunkSize), false)
              offset += chunkSize
            } else {
              const take = chunkSize - pendingLength
              pending.set(bytes.subarray(offset, offset + take), pendingLength)
              offset += take
              pendingLength = 0
              batched += sealInto(out, pending, false)
            }
          }
          yield* flush(out)
        }
        pending.set(bytes.subarray(offset), pendingLength)
        pendingLength += bytes.length - offset
      }),
    )

  const close = () =>
    guard(
      Effect.gen(function* () {
        const out: Array<Uint8Array> = []
        sealInto(out, pending.subarray(0, pendingLength), true)
        pendingLength = 0
        yield* flush(out)
        yield* settle
        yield* commit(handle, partial, path)
        stateRef.state = "closed"
      }),
    ).pipe(Effect.uninterruptible)

  return { path, write, close }
}

/**
 * Opens `path` for writing an encrypted file, for the scope's lifetime. Until `close()`
 * succeeds the data lives in `<path>.partial`; closing the scope first deletes it.
 */
export const openWriter = (
  path: string,
  key: SecretKey.SecretKey,
  options: WriterOptions = {},
): Effect.Effect<Writer, EncryptedFileError, Scope.Scope> => {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  if (!isValidChunkSize(chunkSize))
    return Effect.dieMessage(
      `encrypted file chunk size must be an integer from 1 to ${MAX_CHUNK_SIZE}, got ${chunkSize}`,
    )
  const partial = `${path}.partial`
  const stateRef: Shared = { state: "open", inflight: undefined }
  return Effect.acquireRelease(
    io(partial, "create", () => open(partial, "w")),
    (handle) =>
      stateRef.state === "closed"
        ? Effect.void
        : // Let a batch in flight finish (or fail) before its file handle closes.
          Effect.promise(async () => stateRef.inflight?.catch(() => undefined)).pipe(
            Effect.zipRight(discard(handle, partial)),
          ),
  ).pipe(
    Effect.flatMap((handle) => {
      const header = makeHeader(chunkSize)
      const cipher = new ChunkCipher(key, header)
      return writeAll(partial, handle, [header.bytes]).pipe(
        Effect.as(makeWriter(path, partial, handle, cipher, chunkSize, stateRef)),
      )
    }),
  )
}
