/**
 * Where the key for a restore comes from: the master password checked against the
 * archive's own master-key record (the usual way, and the only one on a new machine), or
 * a master key already in hand.
 */
import { Effect, Option, type Redacted } from "effect"
import type * as SecretKey from "../crypto/SecretKey.js"
import { make as masterPassword } from "../security/masterKeyFile.js"
import { BackupArchiveError } from "./BackupError.js"
import type { OpenedArchive } from "./sealedArchive.js"

/** Unlocks the archive's record with the password `password` yields (asked only if needed). */
export const withPassword =
  <E>(password: Effect.Effect<Redacted.Redacted<string>, E>) =>
  (opened: OpenedArchive) =>
    Effect.gen(function* () {
      if (Option.isNone(opened.record)) {
        return yield* new BackupArchiveError({
          archive: opened.archive,
          operation: "read",
          reason: "it carries no master-key record, so no password can open it",
        })
      }
      return yield* masterPassword({ file: opened.recordPath }).unlock(yield* password)
    })

/** A master key already known (the one the backup was made under). */
export const withMasterKey = (key: SecretKey.SecretKey) => (_opened: OpenedArchive) =>
  Effect.succeed(key)
