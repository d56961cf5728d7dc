/**
 * Sealed logs: the appendable sibling of `EncryptedFile` for files written as they grow
 * (the service's log). Same cipher and key discipline — AES-256-GCM under a per-file key
 * HKDF-derived from the purpose key and a random file id, a nonce from the file id and the
 * record's index, the header and the index as associated data — but records of any length
 * instead of fixed-size chunks, so every batch a flush writes is on disk, sealed, at once:
 *
 *   header   "AICOLOG" (7) · version u8 = 1 · file id (16 random bytes)
 *   records  ciphertext length u32 BE · ciphertext · tag (16)  — repeated
 *
 * An edited, dropped, repeated or reordered record and a wrong key fail authentication. A
 * file cut inside a record (the writer died mid-write) reads up to that record and says
 * so; reopening it for append cuts the torn tail away and goes on after the last whole one.
 */
import { randomBytes } from "node:crypto"
import * as fs from "node:fs"
import { hkdf } from "./hkdf.js"
import * as Gcm from "./internal/gcm.js"
import * as SecretKey from "./SecretKey.js"

export const MAGIC = Buffer.from("AICOLOG", "latin1")
export const VERSION = 1
export const HEADER_BYTES = MAGIC.length + 1 + 16
const LENGTH_BYTES = 4
/** A record longer than this is taken for damage, not data. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024

const FILE_KEY_INFO = new TextEncoder().encode("aico/v1/sealed-log")

export type Problem = "not-sealed" | "unsupported-version" | "truncated" | "damaged"

export interface ReadResult {
  /** Each record's plaintext, in order; only records that authenticated. */
  readonly records: ReadonlyArray<Buffer>
  /** Where the next record would start, and its index (to read on from there). */
  readonly offset: number
  readonly index: number
  /** Why reading stopped before the end of the bytes, if it did. */
  readonly problem?: { readonly kind: Problem; readonly reason: string }
}

interface Header {
  readonly bytes: Buffer
  readonly fileKey: Uint8Array
  readonly fileId: Buffer
}

const headerOf = (bytes: Buffer, key: SecretKey.SecretKey): Header => {
  const fileId = bytes.subarray(MAGIC.length + 1, HEADER_BYTES)
  return {
    bytes,
    fileId,
    fileKey: hkdf(SecretKey.bytes(key), fileId, FILE_KEY_INFO, 32),
  }
}

const nonceOf = (fileId: Buffer, index: number): Buffer => {
  const nonce = Buffer.from(fileId.subarray(0, 12))
  // The index (below 2^53) XORed into the nonce's last eight bytes.
  const high = Math.floor(index / 2 ** 32)
  const low = index >>> 0
  nonce.writeUInt32BE((nonce.readUInt32BE(4) ^ high) >>> 0, 4)
  nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ low) >>> 0, 8)
  return nonce
}

const associatedData = (header: Buffer, index: number): Buffer => {
  const data = Buffer.alloc(header.length + 8)
  header.copy(data, 0)
  data.writeBigUInt64BE(BigInt(index), header.length)
  return data
}

/** Whether `bytes` start like a sealed log (an empty file is not one yet). */
export const isSealed = (bytes: Uint8Array): boolean =>
  bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte)

const checkHeader = (bytes: Buffer): ReadResult["problem"] | undefined => {
  if (!isSealed(bytes)) return { kind: "not-sealed", reason: "not a sealed AICO log" }
  if (bytes.length < HEADER_BYTES) return { kind: "truncated", reason: "the header is cut short" }
  const version = bytes[MAGIC.length]
  if (version !== VERSION) {
    return {
      kind: "unsupported-version",
      reason: `version ${version} (this build reads ${VERSION})`,
    }
  }
  return undefined
}

/** The records of a sealed log's bytes, from `from` (default: after the header). */
export const read = (
  bytes: Buffer,
  key: SecretKey.SecretKey,
  from: { readonly offset: number; readonly index: number } = { offset: HEADER_BYTES, index: 0 },
): ReadResult => {
  const bad = checkHeader(bytes)
  if (bad !== undefined) return { records: [], offset: 0, index: 0, problem: bad }
  const header = headerOf(bytes.subarray(0, HEADER_BYTES), key)
  const records: Array<Buffer> = []
  let offset = from.offset
  let index = from.index
  while (offset < bytes.length) {
    if (offset + LENGTH_BYTES > bytes.length) {
      return {
        records,
        offset,
        index,
        problem: { kind: "truncated", reason: `record ${index} is cut short` },
      }
    }
    const length = bytes.readUInt32BE(offset)
    if (length > MAX_RECORD_BYTES) {
      return {
        records,
        offset,
        index,
        problem: { kind: "damaged", reason: `record ${index} has an impossible length` },
      }
    }
    const end = offset + LENGTH_BYTES + length + Gcm.TAG_BYTES
    if (end > bytes.length) {
      return {
        records,
        offset,
        index,
        problem: { kind: "truncated", reason: `record ${index} is cut short` },
      }
    }
    const ciphertext = bytes.subarray(offset + LENGTH_BYTES, offset + LENGTH_BYTES + length)
    const tag = bytes.subarray(end - Gcm.TAG_BYTES, end)
    const plaintext = Gcm.decrypt(
      header.fileKey,
      nonceOf(header.fileId, index),
      ciphertext,
      tag,
      associatedData(header.bytes, index),
    )
    if (plaintext === undefined) {
      return {
        records,
        offset,
        index,
        problem: {
          kind: "damaged",
          reason: `record ${index} failed authentication (edited, moved, or another key)`,
        },
      }
    }
    records.push(plaintext)
    offset = end
    index++
  }
  return { records, offset, index }
}

export interface Writer {
  readonly path: string
  /** Seals `plaintext` as the next record and writes it (synchronously). */
  readonly append: (plaintext: Uint8Array) => void
  readonly close: () => void
}

/** Not a sealed log: the caller decides what to do with it (the logger rotates it away). */
export class NotSealedError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a sealed AICO log`)
    this.name = "NotSealedError"
  }
}

/**
 * Opens `path` for appending records under `key`: a new (or empty) file gets a header; an
 * existing one is walked to its last whole record (a torn tail is cut off). Throws on I/O
 * errors, and `NotSealedError` for a file of another kind.
 */
export const openWriter = (path: string, key: SecretKey.SecretKey): Writer => {
  const existing = fs.existsSync(path) ? fs.readFileSync(path) : Buffer.alloc(0)
  let header: Header
  let index = 0
  const fd = fs.openSync(path, existing.length === 0 ? "w" : "r+")
  try {
    if (existing.length === 0) {
      const bytes = Buffer.alloc(HEADER_BYTES)
      MAGIC.copy(bytes, 0)
      bytes[MAGIC.length] = VERSION
      randomBytes(16).copy(bytes, MAGIC.length + 1)
      fs.writeSync(fd, bytes)
      header = headerOf(bytes, key)
    } else {
      const problem = checkHeader(existing)
      if (problem !== undefined) throw new NotSealedError(path)
      header = headerOf(Buffer.from(existing.subarray(0, HEADER_BYTES)), key)
      // Record boundaries by length alone: appending needs no key check of old records.
      let offset = HEADER_BYTES
      while (offset + LENGTH_BYTES <= existing.length) {
        const end = offset + LENGTH_BYTES + existing.readUInt32BE(offset) + Gcm.TAG_BYTES
        if (end > existing.length) break
        offset = end
        index++
      }
      if (offset < existing.length) fs.ftruncateSync(fd, offset)
    }
  } catch (error) {
    fs.closeSync(fd)
    throw error
  }
  let position = fs.fstatSync(fd).size
  let closed = false
  return {
    path,
    append: (plaintext) => {
      if (closed) throw new Error(`${path}: the sealed log is closed`)
      const { ciphertext, tag } = Gcm.encrypt(
        header.fileKey,
        nonceOf(header.fileId, index),
        plaintext,
        associatedData(header.bytes, index),
      )
      const record = Buffer.alloc(LENGTH_BYTES + ciphertext.length + tag.length)
      record.writeUInt32BE(ciphertext.length, 0)
      ciphertext.copy(record, LENGTH_BYTES)
      tag.copy(record, LENGTH_BYTES + ciphertext.length)
      fs.writeSync(fd, record, 0, record.length, position)
      position += record.length
      index++
    },
    close: () => {
      if (closed) return
      closed = true
      fs.closeSync(fd)
    },
  }
}
