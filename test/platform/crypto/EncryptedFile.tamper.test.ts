/**
 * Every kind of damage ends in an `EncryptedFileError` naming the file and the problem,
 * and no reader hands out a byte that did not authenticate: the stream emits only the
 * intact chunks before the damage, and `decryptFile` leaves no output at all.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { EncryptedFileProblem } from "../../../platform/crypto/CryptoError.js"
import * as EncryptedFile from "../../../platform/crypto/EncryptedFile.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { content, failureOf, tempDir, toHex, writeEncrypted } from "./files.js"

const CS = 1000
const H = EncryptedFile.HEADER_BYTES
const R = CS + 16
const key = SecretKey.random()
// Four chunks: three full ones and a final one of 500 bytes.
const data = content(3 * CS + 500)
const plainChunks = [0, 1, 2, 3].map((i) => toHex(data.subarray(i * CS, (i + 1) * CS)))

const record = (file: Uint8Array, i: number) =>
  file.subarray(H + i * R, Math.min(file.length, H + (i + 1) * R))
const concat = (...parts: ReadonlyArray<Uint8Array>) => new Uint8Array(Buffer.concat(parts))
const flip = (file: Uint8Array, at: number, bit = 0) => {
  const copy = Uint8Array.from(file)
  copy[at]! ^= 1 << bit
  return copy
}

/** A fresh encrypted file, damaged by `damage`; resolves with its path. */
const damaged = (damage: (file: Uint8Array) => Uint8Array, withKey = key) =>
  Effect.gen(function* () {
    const dir = yield* tempDir
    const path = join(dir, "f.enc")
    yield* writeEncrypted(path, withKey, data, { chunkSize: CS, writeSize: 333 })
    writeFileSync(path, damage(new Uint8Array(readFileSync(path))))
    return path
  })

/** Every reader rejects the file with this problem and reason, and leaks nothing unverified. */
const expectRejected = (path: string, problem: EncryptedFileProblem, reason: string) =>
  Effect.gen(function* () {
    const error = yield* failureOf(EncryptedFile.readAll(path, key))
    expect(error._tag).toBe("EncryptedFileError")
    expect({ problem: error.problem, reason: error.reason }).toEqual({ problem, reason })
    expect(error.message).toContain(path)

    const emitted: Array<string> = []
    const streamed = yield* failureOf(
      Stream.runForEach(EncryptedFile.chunks(path, key), (chunk) =>
        Effect.sync(() => emitted.push(toHex(chunk))),
      ),
    )
    expect(streamed.reason).toBe(reason)
    expect(emitted).toEqual(plainChunks.slice(0, emitted.length))

    const out = `${path}.out`
    expect((yield* failureOf(EncryptedFile.decryptFile(path, out, key))).reason).toBe(reason)
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false)
    return emitted.length
  })

describe("a damaged header", () => {
  it.scoped("a flipped bit in the magic: not an AICO encrypted file", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => flip(f, 0))
      yield* expectRejected(path, "not-encrypted", "not an AICO encrypted file")
    }),
  )

  it.scoped("a flipped bit in the version: unsupported version", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => flip(f, 7, 1))
      yield* expectRejected(
        path,
        "unsupported-version",
        "unsupported version 3 (this build reads version 1)",
      )
    }),
  )

  it.scoped("a flipped bit in the chunk size or the file id: chunk 0 fails", () =>
    Effect.gen(function* () {
      const reason = "chunk 0 failed authentication (wrong key, or the file is damaged)"
      yield* expectRejected(yield* damaged((f) => flip(f, 11)), "damaged", reason)
      yield* expectRejected(yield* damaged((f) => flip(f, 20, 5)), "damaged", reason)
      yield* expectRejected(
        yield* damaged((f) => flip(f, 8, 7)),
        "damaged",
        `header is damaged (chunk size ${0x80000000 + CS})`,
      )
    }),
  )

  it.scoped("another file's header: chunk 0 fails", () =>
    Effect.gen(function* () {
      const other = join(yield* tempDir, "other.enc")
      yield* writeEncrypted(other, key, data, { chunkSize: CS })
      const otherHeader = new Uint8Array(readFileSync(other)).subarray(0, H)
      const path = yield* damaged((f) => concat(otherHeader, f.subarray(H)))
      yield* expectRejected(
        path,
        "damaged",
        "chunk 0 failed authentication (wrong key, or the file is damaged)",
      )
    }),
  )
})

describe("damaged chunks", () => {
  it.scoped("a flipped bit in a chunk's ciphertext: the chunks before it and no more", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => flip(f, H + 2 * R + 123, 3))
      expect(yield* expectRejected(path, "damaged", "chunk 2 failed authentication")).toBe(2)
    }),
  )

  it.scoped("a flipped bit in a chunk's tag", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => flip(f, H + 2 * R - 1, 6))
      expect(yield* expectRejected(path, "damaged", "chunk 1 failed authentication")).toBe(1)
    }),
  )

  it.scoped("a flipped bit in the final chunk", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => flip(f, f.length - 30))
      const reason = "chunk 3 failed authentication (damaged, or the file is cut short)"
      expect(yield* expectRejected(path, "damaged", reason)).toBe(3)
    }),
  )

  it.scoped("a wrong key", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => f, SecretKey.random())
      const reason = "chunk 0 failed authentication (wrong key, or the file is damaged)"
      expect(yield* expectRejected(path, "damaged", reason)).toBe(0)
    }),
  )

  it.scoped("a chunk from another file under the same key", () =>
    Effect.gen(function* () {
      const other = join(yield* tempDir, "other.enc")
      yield* writeEncrypted(other, key, data, { chunkSize: CS })
      const foreign = record(new Uint8Array(readFileSync(other)), 1)
      const path = yield* damaged((f) =>
        concat(f.subarray(0, H + R), foreign, f.subarray(H + 2 * R)),
      )
      yield* expectRejected(path, "damaged", "chunk 1 failed authentication")
    }),
  )
})

describe("reordered, dropped and repeated chunks", () => {
  it.scoped("a swapped pair", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) =>
        concat(f.subarray(0, H), record(f, 0), record(f, 2), record(f, 1), record(f, 3)),
      )
      expect(yield* expectRejected(path, "damaged", "chunk 1 failed authentication")).toBe(1)
    }),
  )

  it.scoped("a duplicated chunk", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) =>
        concat(f.subarray(0, H + 2 * R), record(f, 1), f.subarray(H + 2 * R)),
      )
      expect(yield* expectRejected(path, "damaged", "chunk 2 failed authentication")).toBe(2)
    }),
  )

  it.scoped("a dropped chunk", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => concat(f.subarray(0, H + R), f.subarray(H + 2 * R)))
      yield* expectRejected(path, "damaged", "chunk 1 failed authentication")
    }),
  )

  it.scoped("a dropped final chunk", () =>
    Effect.gen(function* () {
      const path = yield* damaged((f) => f.subarray(0, H + 3 * R))
      yield* expectRejected(path, "truncated", "file is truncated (no final chunk)")
    }),
  )

  it.scoped("a repeated final chunk, or bytes appended after it", () =>
    Effect.gen(function* () {
      // The short final chunk and what follows now read as one longer chunk.
      yield* expectRejected(
        yield* damaged((f) => concat(f, record(f, 3))),
        "damaged",
        "chunk 3 failed authentication",
      )
      yield* expectRejected(
        yield* damaged((f) => concat(f, new Uint8Array(8))),
        "damaged",
        "chunk 3 failed authentication (damaged, or the file is cut short)",
      )
    }),
  )

  it.scoped("bytes after a full final chunk are named as such", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir, "full.enc")
      yield* writeEncrypted(path, key, data.subarray(0, 2 * CS), { chunkSize: CS })
      const file = new Uint8Array(readFileSync(path))
      writeFileSync(path, concat(file, record(file, 1)))
      const error = yield* failureOf(EncryptedFile.readAll(path, key))
      expect([error.problem, error.reason]).toEqual([
        "damaged",
        "data follows the final chunk (chunk 1)",
      ])
    }),
  )
})

describe("truncation", () => {
  const cases: ReadonlyArray<readonly [string, number, EncryptedFileProblem, string]> = [
    ["to nothing", 0, "truncated", "file is empty"],
    ["inside the header", 5, "truncated", "file is truncated (incomplete header)"],
    ["right after the header", H, "truncated", "file is truncated (no final chunk)"],
    [
      "inside the first tag's worth",
      H + 10,
      "truncated",
      "file is truncated (chunk 0 is cut short)",
    ],
    [
      "in the middle of the first chunk",
      H + 500,
      "damaged",
      "chunk 0 failed authentication (wrong key, or the file is damaged or cut short)",
    ],
    ["at a chunk boundary", H + 2 * R, "truncated", "file is truncated (no final chunk)"],
    [
      "just past a chunk boundary",
      H + 2 * R + 8,
      "truncated",
      "file is truncated (chunk 2 is cut short)",
    ],
    [
      "by one byte",
      H + 3 * R + 516 - 1,
      "damaged",
      "chunk 3 failed authentication (damaged, or the file is cut short)",
    ],
  ]
  for (const [name, length, problem, reason] of cases) {
    it.scoped(`${name} (${length} bytes)`, () =>
      Effect.gen(function* () {
        const path = yield* damaged((f) => f.subarray(0, length))
        yield* expectRejected(path, problem, reason)
      }),
    )
  }
})

describe("not an encrypted file at all", () => {
  it.scoped("garbage, short or long, and a plain text file", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      for (const [name, bytes] of [
        ["garbage", content(5000, 99)],
        ["short", content(3, 7)],
        ["text", new TextEncoder().encode("hello, this is a plain file\n".repeat(100))],
      ] as const) {
        const path = join(dir, name)
        writeFileSync(path, bytes)
        const error = yield* failureOf(EncryptedFile.readAll(path, key))
        expect([error.problem, error.reason]).toEqual([
          "not-encrypted",
          "not an AICO encrypted file",
        ])
        expect(error.message).toBe(`encrypted file ${path}: not an AICO encrypted file`)
      }
    }),
  )
})
