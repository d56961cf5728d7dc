/** Helpers for the encrypted-file suites: temp dirs, writing a file, and its failure. */
import { Effect, Exit } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { EncryptedFileError } from "../../../platform/crypto/CryptoError.js"
import * as EncryptedFile from "../../../platform/crypto/EncryptedFile.js"
import type * as SecretKey from "../../../platform/crypto/SecretKey.js"

export const tempDir = Effect.acquireRelease(
  Effect.sync(() => mkdtempSync(join(tmpdir(), "aico-crypto-"))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true })),
)

/** Deterministic, non-repeating test content. */
export const content = (length: number, seed = 1): Uint8Array => {
  const bytes = new Uint8Array(length)
  let state = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[i] = state & 0xff
  }
  return bytes
}

/** Writes `data` as an encrypted file, in pieces of `writeSize` bytes. */
export const writeEncrypted = (
  path: string,
  key: SecretKey.SecretKey,
  data: Uint8Array,
  options: { readonly chunkSize?: number; readonly writeSize?: number } = {},
) =>
  Effect.scoped(
    Effect.gen(function* () {
      const writer = yield* EncryptedFile.open(
        path,
        key,
        options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize },
      )
      const step = Math.max(1, options.writeSize ?? data.length)
      for (let at = 0; at < data.length; at += step)
        yield* writer.write(data.subarray(at, at + step))
      yield* writer.close()
    }),
  )

/** The typed error an Effect failed with; fails the test if it succeeded or died. */
export const failureOf = <A>(effect: Effect.Effect<A, EncryptedFileError>) =>
  Effect.gen(function* () {
    const exit = yield* Effect.exit(effect)
    if (Exit.isSuccess(exit)) throw new Error("expected an EncryptedFileError, but it succeeded")
    return yield* Effect.flip(exit)
  })

export const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex")
