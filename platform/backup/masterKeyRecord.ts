/**
 * The master-key record (`security/master.json`) travels with a backup. Sealed contents
 * open only with the master key, and the key comes from the password and this record's
 * salt: without it, a restore onto a new machine would hold data nobody can read. The
 * record holds no key and no password (see `platform/security/MasterPassword.ts`).
 */
import { Effect, Option } from "effect"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import type { Config } from "../../schemas/Config.js"
import { recordFile } from "../security/MasterPassword.js"
import { readPrivateFile, writePrivateFile } from "../security/privateFile.js"
import { storeFailed } from "./BackupError.js"

/** The record's place inside the archive. */
export const securityDir = "security"
const inArchive = (staging: string) => join(staging, securityDir, "master.json")

/** Copies the record into the staging directory; true when there was one. */
export const stageMasterKeyRecord = (config: Config, staging: string) =>
  Effect.gen(function* () {
    const record = yield* readPrivateFile(recordFile(config.node.dataDir)).pipe(
      Effect.mapError(storeFailed("security", "reading the master-key record")),
    )
    if (Option.isNone(record)) return false
    yield* Effect.tryPromise({
      try: () => mkdir(join(staging, securityDir), { recursive: true, mode: 0o700 }),
      catch: storeFailed("file system", "staging the master-key record"),
    })
    yield* writePrivateFile(inArchive(staging), record.value).pipe(
      Effect.mapError(storeFailed("file system", "staging the master-key record")),
    )
    return true
  })

/** Puts the archive's record (if it has one) into the restored data directory, mode 0600. */
export const placeMasterKeyRecord = (config: Config, staging: string) =>
  Effect.gen(function* () {
    const record = yield* readPrivateFile(inArchive(staging)).pipe(
      Effect.mapError(storeFailed("security", "reading the archive's master-key record")),
    )
    if (Option.isNone(record)) return false
    yield* writePrivateFile(recordFile(config.node.dataDir), record.value).pipe(
      Effect.mapError(storeFailed("security", "writing the master-key record")),
    )
    yield* Effect.logInfo("restore: master-key record placed; run `aico security unlock` next")
    return true
  })
