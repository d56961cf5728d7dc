/**
 * The archive a user holds is sealed: an outer tar of three entries —
 *
 *   aico-backup.json      what this file is (format and version), in the clear
 *   security/master.json  the master-key record (the key wrapped under the password), if any
 *   backup.tar.gz.sealed  the backup proper (manifest, tables, vectors, working memory) as an
 *                         `EncryptedFile` under the master key's files purpose key
 *
 * The record travels outside the sealed part because it is what opens it: on a new machine
 * the master password and this record give back the master key. Tables alone would not be
 * enough to protect: embeddings, titles and metadata say a lot about a person.
 */
import type { Option } from "effect"
import { Effect, ParseResult, Schema } from "effect"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import * as EncryptedFile from "../crypto/EncryptedFile.js"
import { purposeKeys } from "../crypto/hkdf.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import { readPrivateFile } from "../security/privateFile.js"
import { BackupArchiveError, type BackupStoreError, storeFailed } from "./BackupError.js"
import { securityDir } from "./masterKeyRecord.js"
import { pack, unpack } from "./tarArchive.js"

export const headerFile = "aico-backup.json"
export const sealedFile = "backup.tar.gz.sealed"
const innerFile = "backup.tar.gz"

export const SealedHeader = Schema.Struct({
  format: Schema.Literal("aico-backup"),
  version: Schema.Literal(2),
  /** How the sealed part is encrypted, so a reader can refuse what it does not know. */
  cipher: Schema.Literal("aes-256-gcm-chunked/files-key"),
})

const header: typeof SealedHeader.Type = {
  format: "aico-backup",
  version: 2,
  cipher: "aes-256-gcm-chunked/files-key",
}

const filesKey = (masterKey: SecretKey.SecretKey) => purposeKeys(masterKey).files

/**
 * Packs `entries` of `staging` into an inner archive, seals it, and packs the sealed file
 * with the header (and the master-key record when staged) into `archive`, atomically.
 */
export const packSealed = (
  staging: string,
  entries: ReadonlyArray<string>,
  archive: string,
  masterKey: SecretKey.SecretKey,
  includesRecord: boolean,
) =>
  Effect.gen(function* () {
    const outer = join(staging, "outer")
    yield* Effect.tryPromise({
      try: async () => {
        await mkdir(outer, { recursive: true, mode: 0o700 })
        await writeFile(join(outer, headerFile), JSON.stringify(header) + "\n")
      },
      catch: storeFailed("file system", "staging the archive header"),
    })
    const inner = join(staging, innerFile)
    yield* pack(staging, entries, inner)
    yield* EncryptedFile.encryptFile(inner, join(outer, sealedFile), filesKey(masterKey)).pipe(
      Effect.mapError(
        (error) => new BackupArchiveError({ archive, operation: "write", reason: error.message }),
      ),
    )
    const outerEntries = [headerFile, sealedFile]
    if (includesRecord) {
      yield* Effect.tryPromise({
        try: async () => {
          await mkdir(join(outer, securityDir), { recursive: true, mode: 0o700 })
          const record = await readFile(join(staging, securityDir, "master.json"))
          await writeFile(join(outer, securityDir, "master.json"), record, { mode: 0o600 })
        },
        catch: storeFailed("file system", "staging the master-key record"),
      })
      outerEntries.push(securityDir)
    }
    yield* pack(outer, outerEntries, archive, { compress: false })
  })

/** A sealed archive unpacked as far as it can be without the key. */
export interface OpenedArchive {
  /** The archive's path. */
  readonly archive: string
  /** The master-key record the backup was made under, when it carries one. */
  readonly record: Option.Option<Uint8Array>
  /** Where the record was unpacked (for `MasterPassword` to unlock it). */
  readonly recordPath: string
  /** The unpacked outer archive (the record is at `security/master.json` in it). */
  readonly directory: string
  /** Decrypts and unpacks the backup proper into `directory`. */
  readonly unseal: (
    masterKey: SecretKey.SecretKey,
    directory: string,
  ) => Effect.Effect<void, BackupArchiveError | BackupStoreError>
}

const decodeHeader = Schema.decodeUnknown(Schema.parseJson(SealedHeader))

/** Unpacks the outer archive into `staging` and checks its header. */
export const openSealed = (archive: string, staging: string) =>
  Effect.gen(function* () {
    const failed = (reason: string) =>
      new BackupArchiveError({ archive, operation: "read", reason })
    const outer = join(staging, "outer")
    yield* Effect.tryPromise({
      try: () => mkdir(outer, { recursive: true, mode: 0o700 }),
      catch: storeFailed("file system", "creating the staging directory"),
    })
    yield* unpack(archive, outer, { compressed: false })
    const text = yield* Effect.tryPromise({
      try: () => readFile(join(outer, headerFile), "utf8"),
      catch: () => failed(`not an AICO backup (${headerFile} is missing)`),
    })
    yield* decodeHeader(text).pipe(
      Effect.mapError((error) =>
        failed(
          `${headerFile} is not one this AICO reads: ${ParseResult.TreeFormatter.formatErrorSync(error)}`,
        ),
      ),
    )
    const recordPath = join(outer, securityDir, "master.json")
    const record = yield* readPrivateFile(recordPath).pipe(
      Effect.mapError(storeFailed("security", "reading the archive's master-key record")),
    )
    const unseal = (masterKey: SecretKey.SecretKey, directory: string) =>
      Effect.gen(function* () {
        const inner = join(staging, innerFile)
        yield* EncryptedFile.decryptFile(join(outer, sealedFile), inner, filesKey(masterKey)).pipe(
          Effect.mapError((error) =>
            failed(
              error.problem === "damaged"
                ? `${error.reason}: the key does not open this backup (made under another ` +
                    "password, or before a key rotation?) or the file is damaged"
                : error.message,
            ),
          ),
        )
        yield* Effect.tryPromise({
          try: () => mkdir(directory, { recursive: true, mode: 0o700 }),
          catch: storeFailed("file system", `creating ${directory}`),
        })
        yield* unpack(inner, directory)
      })
    return { archive, record, recordPath, directory: outer, unseal } satisfies OpenedArchive
  })
