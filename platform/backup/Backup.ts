/**
 * Backup and restore of everything in AICO's data directory: PostgreSQL's tables, Chroma's
 * vectors and working memory, as one archive sealed under the master key (`sealedArchive.ts`)
 * with a `manifest.json` inside.
 *
 * `backup` opens the stores itself and refuses a data directory a running AICO holds;
 * `restore` needs an empty (or absent) data directory and an empty database and
 * collection, and leaves the data directory as it found it when it fails.
 */
import type { Effect } from "effect"
import type { Config } from "../../schemas/Config.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import type { BackupError, RestoreError } from "./BackupError.js"
import { backup as createBackup, type BackupSummary } from "./createBackup.js"
import { type ArchiveKey, restore as restoreBackup, type RestoreSummary } from "./restoreBackup.js"

export * from "./BackupError.js"
export { formatVersion, Manifest } from "./Manifest.js"
export type { ArchiveKey, BackupSummary, RestoreSummary }
export type { OpenedArchive } from "./sealedArchive.js"

/**
 * Writes a backup of `config`'s stores to `archivePath` (via `<archivePath>.partial`).
 * Sealed contents stay sealed in the archive; the master key opens working memory for its
 * consistent copy. A restore needs the same master key (the same `security/master.json`
 * and password) to read them.
 */
export const backup: (
  config: Config,
  archivePath: string,
  masterKey: SecretKey.SecretKey,
) => Effect.Effect<BackupSummary, BackupError> = createBackup

/**
 * Restores `archivePath` into `config`'s stores, with the master key `archiveKey` gives for
 * the archive (its master-key record is readable before anything is decrypted).
 */
export const restore: <E>(
  config: Config,
  archivePath: string,
  archiveKey: ArchiveKey<E>,
) => Effect.Effect<RestoreSummary, RestoreError | E> = restoreBackup
