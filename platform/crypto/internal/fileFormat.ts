/**
 * The encrypted file format, version 1:
 *
 *   header  "AICOENC" (7) · version u8 = 1 · chunk size u32 BE · file id (16 random bytes)
 *   chunks  ciphertext (≤ chunk size bytes) · tag (16)  — repeated, at least one
 *
 * Every chunk but the last holds exactly `chunk size` plaintext bytes; the last one is
 * marked final and holds 0 to `chunk size` bytes (an empty file is one empty final chunk).
 *
 * Chunks are sealed with a per-file key, HKDF-SHA256(key, salt = file id,
 * info = "aico/v1/encrypted-file"), so nonces never meet across files however many files
 * one key encrypts. The nonce is the file id's first 12 bytes XOR the chunk index (as a
 * 96-bit big-endian number). The associated data is the header, the index (u64 BE) and a
 * final flag (1 byte): an edited header, a moved, dropped or repeated chunk, or a file
 * cut at a chunk boundary all fail authentication.
 */
import { createSecretKey, randomBytes, type KeyObject } from "node:crypto"
import { hkdf } from "../hkdf.js"
import * as SecretKey from "../SecretKey.js"
import * as Gcm from "./gcm.js"

export const MAGIC = new TextEncoder().encode("AICOENC")
export const FORMAT_VERSION = 1
export const HEADER_BYTES = MAGIC.length + 1 + 4 + 16
export const DEFAULT_CHUNK_SIZE = 64 * 1024
export const MAX_CHUNK_SIZE = 16 * 1024 * 1024
export const TAG_BYTES = Gcm.TAG_BYTES

const FILE_KEY_INFO = new TextEncoder().encode("aico/v1/encrypted-file")

export interface Header {
  readonly chunkSize: number
  readonly fileId: Uint8Array
  /** The header exactly as written, authenticated with every chunk. */
  readonly bytes: Uint8Array
}

export const isValidChunkSize = (size: number): boolean =>
  Number.isInteger(size) && size >= 1 && size <= MAX_CHUNK_SIZE

export const makeHeader = (chunkSize: number): Header => {
  const bytes = new Uint8Array(HEADER_BYTES)
  const view = new DataView(bytes.buffer)
  bytes.set(MAGIC, 0)
  bytes[MAGIC.length] = FORMAT_VERSION
  view.setUint32(MAGIC.length + 1, chunkSize)
  const fileId = randomBytes(16)
  bytes.set(fileId, MAGIC.length + 5)
  return { chunkSize, fileId: bytes.subarray(MAGIC.length + 5), bytes }
}

export interface HeaderFailure {
  readonly problem: "not-encrypted" | "unsupported-version" | "damaged" | "truncated"
  readonly reason: string
}

/** The header of a file's first bytes (`bytes` may be shorter than a header). */
export const parseHeader = (bytes: Uint8Array): Header | HeaderFailure => {
  const magicPart = bytes.subarray(0, MAGIC.length)
  if (!magicPart.every((byte, i) => byte === MAGIC[i]))
    return { problem: "not-encrypted", reason: "not an AICO encrypted file" }
  if (bytes.length < HEADER_BYTES)
    return { problem: "truncated", reason: "file is truncated (incomplete header)" }
  const version = bytes[MAGIC.length]!
  if (version !== FORMAT_VERSION)
    return {
      problem: "unsupported-version",
      reason: `unsupported version ${version} (this build reads version ${FORMAT_VERSION})`,
    }
  const header = Uint8Array.from(bytes.subarray(0, HEADER_BYTES))
  const chunkSize = new DataView(header.buffer).getUint32(MAGIC.length + 1)
  if (!isValidChunkSize(chunkSize))
    return { problem: "damaged", reason: `header is damaged (chunk size ${chunkSize})` }
  return { chunkSize, fileId: header.subarray(MAGIC.length + 5), bytes: header }
}

/**
 * Seals and opens one file's chunks. Holds its nonce and associated-data buffers and
 * rewrites them per chunk: Node copies both when a cipher is created, so reuse is safe.
 */
export class ChunkCipher {
  private readonly key: KeyObject
  private readonly nonce = new Uint8Array(Gcm.NONCE_BYTES)
  private readonly nonceView = new DataView(this.nonce.buffer)
  private readonly baseNonce: Uint8Array
  private readonly aad: Uint8Array
  private readonly aadView: DataView

  constructor(key: SecretKey.SecretKey, header: Header) {
    const fileKey = hkdf(SecretKey.bytes(key), header.fileId, FILE_KEY_INFO, Gcm.KEY_BYTES)
    this.key = createSecretKey(fileKey)
    fileKey.fill(0)
    this.baseNonce = header.fileId.subarray(0, Gcm.NONCE_BYTES)
    this.aad = new Uint8Array(header.bytes.length + 9)
    this.aad.set(header.bytes, 0)
    this.aadView = new DataView(this.aad.buffer)
  }

  private prepare(index: number, final: boolean): void {
    // Indices stay below 2^53; split into two u32 words for the nonce and the AAD.
    const high = Math.floor(index / 0x1_0000_0000)
    const low = index >>> 0
    this.nonce.set(this.baseNonce)
    this.nonceView.setUint32(4, this.nonceView.getUint32(4) ^ high)
    this.nonceView.setUint32(8, this.nonceView.getUint32(8) ^ low)
    const at = this.aad.length - 9
    this.aadView.setUint32(at, high)
    this.aadView.setUint32(at + 4, low)
    this.aad[at + 8] = final ? 1 : 0
  }

  seal(index: number, final: boolean, plaintext: Uint8Array) {
    this.prepare(index, final)
    return Gcm.encrypt(this.key, this.nonce, plaintext, this.aad)
  }

  /** The chunk's plaintext, or undefined if it is not chunk `index` (with this finality). */
  open(index: number, final: boolean, ciphertext: Uint8Array, tag: Uint8Array) {
    this.prepare(index, final)
    return Gcm.decrypt(this.key, this.nonce, ciphertext, tag, this.aad)
  }
}
