/**
 * Properties over random sizes, chunk sizes, write patterns and damage: every file reads
 * back exactly; any single flipped bit and any truncation is rejected with a typed error,
 * and the chunks streamed before the rejection are always genuine ones.
 */
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Effect, FastCheck as fc, Stream } from "effect"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as EncryptedFile from "../../../platform/crypto/EncryptedFile.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { failureOf, toHex, writeEncrypted } from "./files.js"

const dir = mkdtempSync(join(tmpdir(), "aico-crypto-prop-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const key = SecretKey.random()

const sample = fc.record({
  data: fc.uint8Array({ maxLength: 6000 }),
  chunkSize: fc.integer({ min: 1, max: 2500 }),
  writeSize: fc.integer({ min: 1, max: 7000 }),
})

const written = (s: { data: Uint8Array; chunkSize: number; writeSize: number }) =>
  Effect.gen(function* () {
    const path = join(dir, `f${files++}.enc`)
    yield* writeEncrypted(path, key, s.data, { chunkSize: s.chunkSize, writeSize: s.writeSize })
    return path
  })

/** The chunk plaintexts a reader may hand out before failing: a prefix of the real ones. */
const genuinePrefix = (path: string, data: Uint8Array, chunkSize: number) =>
  Effect.gen(function* () {
    const emitted: Array<string> = []
    const error = yield* failureOf(
      Stream.runForEach(EncryptedFile.chunks(path, key), (chunk) =>
        Effect.sync(() => emitted.push(toHex(chunk))),
      ),
    )
    emitted.forEach((chunk, i) =>
      expect(chunk).toBe(toHex(data.subarray(i * chunkSize, (i + 1) * chunkSize))),
    )
    return error
  })

const check = <T>(arbitrary: fc.Arbitrary<T>, run: (value: T) => Effect.Effect<void, unknown>) =>
  fc.assert(
    fc.asyncProperty(arbitrary, (value) => Effect.runPromise(Effect.orDie(run(value)))),
    { numRuns: 60 },
  )

describe("encrypted file properties", () => {
  it("every file reads back exactly, whole and as a stream", () =>
    check(sample, (s) =>
      Effect.gen(function* () {
        const path = yield* written(s)
        expect(toHex(yield* EncryptedFile.readAll(path, key))).toBe(toHex(s.data))
        const pieces = yield* Stream.runCollect(EncryptedFile.chunks(path, key))
        expect(toHex(Buffer.concat([...pieces]))).toBe(toHex(s.data))
      }),
    ))

  it("any flipped bit is rejected", () =>
    check(fc.tuple(sample, fc.nat(), fc.integer({ min: 0, max: 7 })), ([s, at, bit]) =>
      Effect.gen(function* () {
        const path = yield* written(s)
        const file = readFileSync(path)
        file[at % file.length]! ^= 1 << bit
        writeFileSync(path, file)
        const error = yield* genuinePrefix(path, s.data, s.chunkSize)
        expect(error._tag).toBe("EncryptedFileError")
        expect(error.problem).not.toBe("io")
      }),
    ))

  it("any truncation is rejected", () =>
    check(fc.tuple(sample, fc.nat()), ([s, cut]) =>
      Effect.gen(function* () {
        const path = yield* written(s)
        const file = readFileSync(path)
        writeFileSync(path, file.subarray(0, cut % file.length))
        const error = yield* genuinePrefix(path, s.data, s.chunkSize)
        expect(["truncated", "damaged"]).toContain(error.problem)
      }),
    ))
})
