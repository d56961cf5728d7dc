/**
 * A backup: open the stores from the configuration, export PostgreSQL (one snapshot),
 * Chroma's records and a compacted copy of working memory into a staging directory,
 * write the manifest, then pack it all into the sealed archive (`sealedArchive.ts`).
 */
import { Effect, Schema } from "effect"
import { writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import type { Config } from "../../schemas/Config.js"
import { WorkingMemory } from "../workingMemory/WorkingMemory.js"
import { BackupSourceMissing, storeFailed } from "./BackupError.js"
import { formatVersion, Manifest, manifestFile, workingMemoryDir } from "./Manifest.js"
import { stageMasterKeyRecord } from "./masterKeyRecord.js"
import { exportTables } from "./postgresExport.js"
import { stagingDirectory } from "./stagingDirectory.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import { openDatabase, openVectorStore, openWorkingMemory } from "./storeLayers.js"
import { packSealed } from "./sealedArchive.js"
import { exportVectors } from "./vectorRecords.js"
import { pathExists } from "../process/pathExists.js"

/** Refuses a data directory with no AICO data, rather than creating an empty cluster in it. */
const checkSource = (config: Config) =>
  Effect.gen(function* () {
    const dataDir = config.node.dataDir
    const missing = (reason: string) => new BackupSourceMissing({ dataDir, reason })
    if (!(yield* pathExists(dataDir))) return yield* missing("the directory does not exist")
    const cluster = join(dataDir, "postgres", "data", "PG_VERSION")
    if (config.database.url === "" && !(yield* pathExists(cluster))) {
      return yield* missing(
        `it has no AICO database (${cluster} is missing); is node.dataDir right?`,
      )
    }
  })

/** Exports every store into `staging`; the stores close when the scope does. */
const exportStores = (config: Config, staging: string, masterKey: SecretKey.SecretKey) =>
  Effect.gen(function* () {
    const database = yield* openDatabase(config)
    const postgres = yield* exportTables(staging).pipe(Effect.provide(database))
    const vectorStore = yield* openVectorStore(config)
    const vectors = yield* exportVectors(staging).pipe(Effect.provide(vectorStore))
    const lmdbFile = join(config.node.dataDir, "working-memory", "data.mdb")
    const includesWorkingMemory = yield* pathExists(lmdbFile)
    if (includesWorkingMemory) {
      const workingMemory = yield* openWorkingMemory(config, masterKey)
      yield* WorkingMemory.pipe(
        Effect.flatMap((store) => store.backup(join(staging, workingMemoryDir))),
        Effect.provide(workingMemory),
        Effect.mapError(storeFailed("working memory", `copying ${lmdbFile}`)),
      )
      yield* Effect.logInfo("backup: working memory copied")
    }
    return { postgres, vectors, includesWorkingMemory }
  })

export interface BackupSummary {
  /** The archive's absolute path. */
  readonly archive: string
  readonly manifest: Manifest
}

/** Writes a backup of the data directory's stores to `archivePath` (a `.tar.gz`). */
export const backup = (config: Config, archivePath: string, masterKey: SecretKey.SecretKey) =>
  Effect.gen(function* () {
    const archive = resolve(archivePath)
    yield* checkSource(config)
    yield* Effect.logInfo(`backup: ${config.node.dataDir} to ${archive}`)
    const staging = yield* stagingDirectory("aico-backup-")
    const { includesWorkingMemory, postgres, vectors } = yield* Effect.scoped(
      exportStores(config, staging, masterKey),
    )
    const manifest: Manifest = {
      formatVersion,
      createdAt: new Date(),
      migrations: postgres.migrations,
      tables: postgres.tables,
      vectors: { collection: config.chroma.collection, ...vectors },
      workingMemory: { included: includesWorkingMemory },
    }
    const encoded = yield* Schema.encode(Manifest)(manifest).pipe(Effect.orDie)
    yield* Effect.tryPromise({
      try: () => writeFile(join(staging, manifestFile), JSON.stringify(encoded, null, 2) + "\n"),
      catch: storeFailed("file system", `writing ${manifestFile}`),
    })
    const entries = [manifestFile, "postgres", "chroma"]
    if (includesWorkingMemory) entries.push(workingMemoryDir)
    const includesRecord = yield* stageMasterKeyRecord(config, staging)
    yield* packSealed(staging, entries, archive, masterKey, includesRecord)
    yield* Effect.logInfo(`backup: wrote ${archive}`)
    return { archive, manifest } satisfies BackupSummary
  }).pipe(Effect.scoped)
