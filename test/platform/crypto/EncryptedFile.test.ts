/**
 * Encrypted files round-trip at every size around a chunk boundary, whatever the write
 * pattern; the bytes on disk follow the documented format; writing is atomic.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import * as EncryptedFile from "../../../platform/crypto/EncryptedFile.js"
import { hkdf } from "../../../platform/crypto/hkdf.js"
import { decrypt } from "../../../platform/crypto/internal/gcm.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { content, failureOf, tempDir, toHex, writeEncrypted } from "./files.js"

const CS = EncryptedFile.DEFAULT_CHUNK_SIZE
const HEADER = EncryptedFile.HEADER_BYTES
const key = SecretKey.random()

const chunkCount = (size: number, chunkSize: number) => Math.max(1, Math.ceil(size / chunkSize))

describe("encrypted file round trips", () => {
  const sizes = [0, 1, CS - 1, CS, CS + 1, 3 * CS, 5 * CS + 17]
  for (const size of sizes) {
    it.scoped(`${size} bytes, written at once and in odd pieces`, () =>
      Effect.gen(function* () {
        const dir = yield* tempDir
        const data = content(size, size + 1)
        for (const writeSize of [size, 7_777, 1 << 20]) {
          const path = join(dir, `f-${writeSize}.enc`)
          yield* writeEncrypted(path, key, data, { writeSize })
          expect(statSync(path).size).toBe(HEADER + size + 16 * chunkCount(size, CS))
          expect(toHex(yield* EncryptedFile.readAll(path, key))).toBe(toHex(data))
        }
      }),
    )
  }

  it.scoped("small chunk sizes, and a stream of chunks that reassembles the plaintext", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      for (const chunkSize of [1, 16, 1000]) {
        const tail = Math.ceil(chunkSize / 2)
        const data = content(4 * chunkSize + tail, chunkSize)
        const path = join(dir, `c${chunkSize}.enc`)
        yield* writeEncrypted(path, key, data, { chunkSize, writeSize: 5 })
        const pieces = Chunk.toReadonlyArray(
          yield* Stream.runCollect(EncryptedFile.chunks(path, key)),
        )
        expect(pieces.map((p) => p.length)).toEqual([
          chunkSize,
          chunkSize,
          chunkSize,
          chunkSize,
          tail,
        ])
        expect(toHex(Buffer.concat(pieces))).toBe(toHex(data))
      }
    }),
  )

  it.scoped("encryptFile and decryptFile copy a plain file through encryption", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const data = content(3 * 1024 * 1024 + 5)
      writeFileSync(join(dir, "plain"), data)
      yield* EncryptedFile.encryptFile(join(dir, "plain"), join(dir, "backup.enc"), key)
      expect(
        readFileSync(join(dir, "backup.enc")).includes(Buffer.from(data.subarray(0, 64))),
      ).toBe(false)
      yield* EncryptedFile.decryptFile(join(dir, "backup.enc"), join(dir, "restored"), key)
      expect(readFileSync(join(dir, "restored")).equals(Buffer.from(data))).toBe(true)
    }),
  )
})

describe("encrypted file format", () => {
  it.scoped("is the documented header, then chunks under a per-file key, nonce and AAD", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir, "f.enc")
      const data = content(40)
      yield* writeEncrypted(path, key, data, { chunkSize: 32 })
      const file = new Uint8Array(readFileSync(path))
      const header = file.subarray(0, HEADER)
      expect(Buffer.from(header.subarray(0, 7)).toString("latin1")).toBe("AICOENC")
      expect(header[7]).toBe(1)
      expect(Buffer.from(header).readUInt32BE(8)).toBe(32)
      const fileId = header.subarray(12, 28)
      const fileKey = hkdf(
        SecretKey.bytes(key),
        fileId,
        new TextEncoder().encode("aico/v1/encrypted-file"),
        32,
      )
      const open = (index: number, final: boolean, record: Uint8Array) => {
        const nonce = Uint8Array.from(fileId.subarray(0, 12))
        nonce[11]! ^= index
        const aad = Buffer.concat([header, Buffer.alloc(7), Buffer.from([index, final ? 1 : 0])])
        return decrypt(fileKey, nonce, record.subarray(0, -16), record.subarray(-16), aad)
      }
      const first = file.subarray(HEADER, HEADER + 48)
      const second = file.subarray(HEADER + 48)
      expect(toHex(open(0, false, first)!)).toBe(toHex(data.subarray(0, 32)))
      expect(toHex(open(1, true, second)!)).toBe(toHex(data.subarray(32)))
      expect(open(1, false, second)).toBeUndefined()
    }),
  )

  it.scoped("uses a fresh file id, so the same plaintext never encrypts the same way", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const data = content(100)
      yield* writeEncrypted(join(dir, "a"), key, data)
      yield* writeEncrypted(join(dir, "b"), key, data)
      expect(readFileSync(join(dir, "a")).equals(readFileSync(join(dir, "b")))).toBe(false)
    }),
  )
})

describe("encrypted file writer", () => {
  it.scoped("keeps data in <path>.partial until close, then replaces the old file", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir, "f.enc")
      writeFileSync(path, "old contents")
      yield* Effect.scoped(
        Effect.gen(function* () {
          const writer = yield* EncryptedFile.open(path, key)
          yield* writer.write(content(100))
          expect(existsSync(`${path}.partial`)).toBe(true)
          expect(readFileSync(path, "utf8")).toBe("old contents")
          yield* writer.close()
          expect(existsSync(`${path}.partial`)).toBe(false)
        }),
      )
      expect(toHex(yield* EncryptedFile.readAll(path, key))).toBe(toHex(content(100)))
    }),
  )

  it.scoped("abandoned without close leaves nothing behind", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir, "f.enc")
      yield* Effect.scoped(
        Effect.gen(function* () {
          const writer = yield* EncryptedFile.open(path, key)
          yield* writer.write(content(3 * CS))
        }),
      )
      expect(existsSync(path)).toBe(false)
      expect(existsSync(`${path}.partial`)).toBe(false)
    }),
  )

  it.scoped("refuses writes after close, naming the file", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir, "f.enc")
      const writer = yield* EncryptedFile.open(path, key)
      yield* writer.close()
      const error = yield* failureOf(writer.write(content(1)))
      expect(error.problem).toBe("closed")
      expect(error.message).toContain(path)
      expect((yield* failureOf(writer.close())).problem).toBe("closed")
    }),
  )

  it.scoped("reports a directory that does not exist as an io error", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir, "missing", "f.enc")
      const error = yield* failureOf(writeEncrypted(path, key, content(1)))
      expect(error.problem).toBe("io")
      expect(error.message).toContain(`${path}.partial`)
      const missing = yield* failureOf(EncryptedFile.readAll(path, key))
      expect(missing.problem).toBe("io")
      expect(missing.message).toContain("ENOENT")
    }),
  )
})
