/**
 * Encrypted files: streaming, chunked AES-256-GCM for files at rest and backups. A file is
 * a versioned header and a run of sealed chunks (format in `internal/fileFormat.ts`);
 * flipped bits, truncation, dropped, repeated or reordered chunks, header edits and a
 * wrong key each fail with an `EncryptedFileError` naming the file and the problem.
 *
 * Writing goes to `<path>.partial`, fsynced and renamed over `path` on `close()`, so a
 * crash leaves the old file or the new one, never half of one.
 */
import { Effect, Option, Stream, type Scope } from "effect"
import type { EncryptedFileError } from "./CryptoError.js"
import { openReader } from "./internal/fileReader.js"
import { openWriter, type Writer, type WriterOptions } from "./internal/fileWriter.js"
import type * as SecretKey from "./SecretKey.js"

export {
  DEFAULT_CHUNK_SIZE,
  FORMAT_VERSION,
  HEADER_BYTES,
  MAX_CHUNK_SIZE,
} from "./internal/fileFormat.js"
export { decryptFile, encryptFile } from "./internal/fileCopy.js"
export type { Writer, WriterOptions }

/**
 * Opens `path` for writing, for the scope's lifetime: `write` plaintext, then `close()`.
 * Closing the scope without `close()` abandons the file and removes `<path>.partial`.
 */
export const open: (
  path: string,
  key: SecretKey.SecretKey,
  options?: WriterOptions,
) => Effect.Effect<Writer, EncryptedFileError, Scope.Scope> = openWriter

/**
 * The file's chunks in order, each emitted only once it has authenticated. The file is
 * proven whole only when the stream ends without error: a consumer must treat a failure
 * as voiding what it received (as `decryptFile` does).
 */
export const chunks = (
  path: string,
  key: SecretKey.SecretKey,
): Stream.Stream<Uint8Array, EncryptedFileError> =>
  Stream.unwrapScoped(
    Effect.map(openReader(path, key), (reader) =>
      Stream.repeatEffectOption(
        reader.next.pipe(
          Effect.mapError(Option.some),
          Effect.flatMap(
            Option.match({ onNone: () => Effect.fail(Option.none()), onSome: Effect.succeed }),
          ),
        ),
      ),
    ),
  )

/** The whole plaintext, once every chunk (the final one included) has authenticated. */
export const readAll = (
  path: string,
  key: SecretKey.SecretKey,
): Effect.Effect<Uint8Array, EncryptedFileError> =>
  Effect.scoped(
    Effect.gen(function* () {
      const reader = yield* openReader(path, key)
      const parts: Array<Uint8Array> = []
      let total = 0
      while (true) {
        const chunk = yield* reader.next
        if (Option.isNone(chunk)) break
        parts.push(chunk.value)
        total += chunk.value.length
      }
      const plaintext = new Uint8Array(total)
      let filled = 0
      for (const part of parts) {
        plaintext.set(part, filled)
        filled += part.length
      }
      return plaintext
    }),
  )
