/**
 * A restore: unpack and check the archive before touching anything, claim the empty data
 * directory, start the stores on it (migrating the new database), put working memory in
 * place, then insert every table and upsert every vector in one database transaction. On
 * any failure, what was written to the data directory is removed.
 */
import { SqlClient } from "@effect/sql"
import { Context, Effect } from "effect"
import { copyFile, mkdir } from "node:fs/promises"
import { join, resolve } from "node:path"
import type { Config } from "../../schemas/Config.js"
import { checkDataFile } from "../workingMemory/LmdbDataFile.js"
import { BackupArchiveError, storeFailed } from "./BackupError.js"
import { type Manifest, workingMemoryFile } from "./Manifest.js"
import { placeMasterKeyRecord } from "./masterKeyRecord.js"
import { importTables } from "./postgresImport.js"
import { readManifest } from "./readManifest.js"
import { claim, inspect, release } from "./restoreTarget.js"
import { type OpenedArchive, openSealed } from "./sealedArchive.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import { stagingDirectory } from "./stagingDirectory.js"
import { openDatabase, openVectorStore } from "./storeLayers.js"
import { importVectors } from "./vectorRecords.js"

/** Copies the archive's `data.mdb` into `<dataDir>/working-memory/` after checking it is LMDB. */
const placeWorkingMemory = (config: Config, staging: string, archive: string) =>
  Effect.gen(function* () {
    const source = join(staging, workingMemoryFile)
    const damage = yield* Effect.try({
      try: () => checkDataFile(source),
      catch: storeFailed("file system", `reading ${source}`),
    })
    if (damage !== undefined) {
      return yield* new BackupArchiveError({
        archive,
        operation: "read",
        reason: `${workingMemoryFile} is damaged: ${damage}`,
      })
    }
    const directory = join(config.node.dataDir, "working-memory")
    yield* Effect.tryPromise({
      try: async () => {
        await mkdir(directory, { recursive: true })
        await copyFile(source, join(directory, "data.mdb"))
      },
      catch: storeFailed("working memory", `writing ${directory}`),
    })
    yield* Effect.logInfo("restore: working memory placed")
  })

const restoreStores = (
  config: Config,
  staging: string,
  recordDir: string,
  manifest: Manifest,
  archive: string,
) =>
  Effect.gen(function* () {
    yield* Effect.logInfo("restore: starting PostgreSQL")
    const database = yield* openDatabase(config)
    yield* Effect.logInfo("restore: starting Chroma")
    const vectorStore = yield* openVectorStore(config)
    if (manifest.workingMemory.included) yield* placeWorkingMemory(config, staging, archive)
    yield* placeMasterKeyRecord(config, recordDir)
    const sql = Context.get(database, SqlClient.SqlClient)
    yield* importTables(staging, manifest, archive).pipe(
      Effect.zipRight(importVectors(staging, manifest.vectors.count, archive)),
      sql.withTransaction,
      Effect.catchTag("SqlError", (error) =>
        Effect.fail(storeFailed("PostgreSQL", "committing the restore")(error)),
      ),
      Effect.provide(Context.merge(database, vectorStore)),
    )
  })

export interface RestoreSummary {
  /** The data directory's absolute path. */
  readonly dataDir: string
  readonly manifest: Manifest
}

/**
 * The master key that opens an archive: typically the master password checked against the
 * archive's own record (a backup restores on a new machine, and after a key rotation).
 */
export type ArchiveKey<E> = (archive: OpenedArchive) => Effect.Effect<SecretKey.SecretKey, E>

/** Restores `archivePath` into the configuration's (empty or absent) data directory. */
export const restore = <E>(config: Config, archivePath: string, archiveKey: ArchiveKey<E>) =>
  Effect.gen(function* () {
    const archive = resolve(archivePath)
    const staging = yield* stagingDirectory("aico-restore-")
    yield* Effect.logInfo(`restore: unpacking ${archive}`)
    const opened = yield* openSealed(archive, staging)
    yield* inspect(config.node.dataDir)
    const contents = join(staging, "contents")
    yield* opened.unseal(yield* archiveKey(opened), contents)
    const manifest = yield* readManifest(archive, contents)
    const target = yield* claim(config.node.dataDir)
    yield* Effect.logInfo(
      `restore: into ${target.path}: backup of ${manifest.createdAt.toISOString()}, ` +
        `${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows, ` +
        `${manifest.vectors.count} vectors`,
    )
    // The stores stop (their scope closes) before the failure cleanup removes their files.
    yield* restoreStores(
      { ...config, node: { ...config.node, dataDir: target.path } },
      contents,
      opened.directory,
      manifest,
      archive,
    ).pipe(
      Effect.scoped,
      Effect.onError(() => release(target)),
    )
    yield* Effect.logInfo(`restore: done; ${target.path} is ready`)
    return { dataDir: target.path, manifest } satisfies RestoreSummary
  }).pipe(Effect.scoped)
