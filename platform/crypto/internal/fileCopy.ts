/** Whole-file helpers for backups: encrypt a plain file, decrypt an encrypted one. */
import { open } from "node:fs/promises"
import { Effect, Option } from "effect"
import type { EncryptedFileError } from "../CryptoError.js"
import type * as SecretKey from "../SecretKey.js"
import { commit, discard, io, readAt, writeAll } from "./fileIo.js"
import { openReader } from "./fileReader.js"
import { openWriter, type WriterOptions } from "./fileWriter.js"

// Plain files are read in pieces of this size.
const READ_BYTES = 1024 * 1024

/** Encrypts the plain file `src` into `dst` (atomically: `dst` appears complete or not at all). */
export const encryptFile = (
  src: string,
  dst: string,
  key: SecretKey.SecretKey,
  options: WriterOptions = {},
): Effect.Effect<void, EncryptedFileError> =>
  Effect.scoped(
    Effect.gen(function* () {
      const source = yield* Effect.acquireRelease(
        io(src, "open", () => open(src, "r")),
        (h) => Effect.promise(() => h.close().catch(() => undefined)),
      )
      const writer = yield* openWriter(dst, key, options)
      // The writer seals what it is given before it returns, so one buffer serves every read.
      const buffer = new Uint8Array(READ_BYTES)
      let position = 0
      while (true) {
        const read = yield* readAt(src, source, buffer, position)
        if (read === 0) break
        yield* writer.write(buffer.subarray(0, read))
        position += read
      }
      yield* writer.close()
    }),
  )

/**
 * Decrypts `src` into the plain file `dst`. Plaintext goes to `<dst>.partial` and is
 * renamed to `dst` only once every chunk, the final one included, has authenticated; on
 * any failure the partial file is removed, so `dst` never holds unverified data.
 */
export const decryptFile = (
  src: string,
  dst: string,
  key: SecretKey.SecretKey,
): Effect.Effect<void, EncryptedFileError> =>
  Effect.scoped(
    Effect.gen(function* () {
      const reader = yield* openReader(src, key)
      const partial = `${dst}.partial`
      let committed = false
      const target = yield* Effect.acquireRelease(
        io(partial, "create", () => open(partial, "w")),
        (handle) => (committed ? Effect.void : discard(handle, partial)),
      )
      while (true) {
        const chunk = yield* reader.next
        if (Option.isNone(chunk)) break
        yield* writeAll(partial, target, [chunk.value])
      }
      yield* commit(target, partial, dst)
      committed = true
    }),
  )
