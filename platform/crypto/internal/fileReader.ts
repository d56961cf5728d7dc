/**
 * The encrypted-file reader: checks the header, then authenticates chunk after chunk in
 * order. A chunk's plaintext is handed out only after its tag has verified, and the file
 * is known complete only when the final chunk has.
 */
import { open, type FileHandle } from "node:fs/promises"
import { Effect, Option, type Scope } from "effect"
import { EncryptedFileError, type EncryptedFileProblem } from "../CryptoError.js"
import type * as SecretKey from "../SecretKey.js"
import { io, readAt } from "./fileIo.js"
import { ChunkCipher, HEADER_BYTES, parseHeader, TAG_BYTES, type Header } from "./fileFormat.js"

export interface Reader {
  readonly header: Header
  /** The next authenticated chunk, or none after the final chunk. */
  readonly next: Effect.Effect<Option.Option<Uint8Array>, EncryptedFileError>
}

// Chunks are read from disk in batches of about this many bytes.
const BATCH_BYTES = 1024 * 1024

const fail = (file: string, problem: EncryptedFileProblem, reason: string) =>
  Effect.fail(new EncryptedFileError({ file, problem, reason }))

const readHeader = (file: string, handle: FileHandle, size: number) =>
  Effect.gen(function* () {
    if (size === 0) return yield* fail(file, "truncated", "file is empty")
    const bytes = new Uint8Array(Math.min(size, HEADER_BYTES))
    const read = yield* readAt(file, handle, bytes, 0)
    const header = parseHeader(bytes.subarray(0, read))
    if ("problem" in header) return yield* fail(file, header.problem, header.reason)
    return header
  })

const makeReader = (
  file: string,
  handle: FileHandle,
  key: SecretKey.SecretKey,
  header: Header,
  size: number,
) => {
  const cipher = new ChunkCipher(key, header)
  const record = header.chunkSize + TAG_BYTES
  const body = size - HEADER_BYTES
  const chunks = Math.ceil(body / record)
  const buffer = new Uint8Array(record * Math.max(1, Math.floor(BATCH_BYTES / record)))
  let bufferStart = 0
  let bufferLength = 0
  let index = 0

  /** Chunk `i`'s bytes (ciphertext and tag) as a view into the read buffer. */
  const recordAt = (i: number) =>
    Effect.gen(function* () {
      const start = HEADER_BYTES + i * record
      const length = Math.min(record, size - start)
      if (start < bufferStart || start + length > bufferStart + bufferLength) {
        const want = Math.min(buffer.length, size - start)
        const read = yield* readAt(file, handle, buffer.subarray(0, want), start)
        bufferStart = start
        bufferLength = read
        if (read < length) return yield* fail(file, "truncated", "file shrank while being read")
      }
      return buffer.subarray(start - bufferStart, start - bufferStart + length)
    })

  /** Why chunk `i` did not open as what it should be; tries the other finality to say more. */
  const diagnose = (i: number, final: boolean, ciphertext: Uint8Array, tag: Uint8Array) => {
    if (final && cipher.open(i, false, ciphertext, tag) !== undefined)
      return fail(file, "truncated", "file is truncated (no final chunk)")
    if (!final && cipher.open(i, true, ciphertext, tag) !== undefined)
      return fail(file, "damaged", `data follows the final chunk (chunk ${i})`)
    const cutShort = final && ciphertext.length < header.chunkSize
    const hint =
      i === 0
        ? ` (wrong key, or the file is damaged${cutShort ? " or cut short" : ""})`
        : cutShort
          ? " (damaged, or the file is cut short)"
          : ""
    return fail(file, "damaged", `chunk ${i} failed authentication${hint}`)
  }

  const next: Effect.Effect<Option.Option<Uint8Array>, EncryptedFileError> = Effect.suspend(() => {
    if (index >= chunks) return Effect.succeed(Option.none())
    const i = index
    return Effect.gen(function* () {
      const bytes = yield* recordAt(i)
      if (bytes.length < TAG_BYTES)
        return yield* fail(file, "truncated", `file is truncated (chunk ${i} is cut short)`)
      const final = i === chunks - 1
      const ciphertext = bytes.subarray(0, bytes.length - TAG_BYTES)
      const tag = bytes.subarray(bytes.length - TAG_BYTES)
      const plaintext = cipher.open(i, final, ciphertext, tag)
      if (plaintext === undefined) return yield* diagnose(i, final, ciphertext, tag)
      index = i + 1
      return Option.some<Uint8Array>(plaintext)
    })
  })

  return { header, next }
}

/** Opens an encrypted file for reading, for the scope's lifetime. */
export const openReader = (
  path: string,
  key: SecretKey.SecretKey,
): Effect.Effect<Reader, EncryptedFileError, Scope.Scope> =>
  Effect.gen(function* () {
    const handle = yield* Effect.acquireRelease(
      io(path, "open", () => open(path, "r")),
      (h) => Effect.promise(() => h.close().catch(() => undefined)),
    )
    const { size } = yield* io(path, "stat", () => handle.stat())
    const header = yield* readHeader(path, handle, size)
    if (size === HEADER_BYTES)
      return yield* fail(path, "truncated", "file is truncated (no final chunk)")
    return makeReader(path, handle, key, header, size)
  })
