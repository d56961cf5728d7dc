/**
 * Opening AICO's stores from its configuration for a backup or a restore, one at a time and
 * in a fixed order (PostgreSQL first: its start is what refuses a data directory a running
 * AICO holds). Each stays open until the caller's scope closes.
 */
import { Effect, Layer } from "effect"
import type { Config } from "../../schemas/Config.js"
import type { ChromaServerError } from "../chroma/ChromaServer.js"
import * as ChromaVectorStore from "../chroma/ChromaVectorStore.js"
import * as Hkdf from "../crypto/hkdf.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import * as Database from "../database/Database.js"
import * as LmdbWorkingMemory from "../workingMemory/LmdbWorkingMemory.js"
import { inUseByAnotherProcess } from "../process/orphanServer.js"
import { DataDirInUse, storeFailed } from "./BackupError.js"

/** The stores' own word that another process (a running AICO) holds the directory. */
const heldByRunningAico =
  (config: Config) => (error: Database.DatabaseError | ChromaServerError) =>
    (error._tag === "EmbeddedPostgresError" || error._tag === "ChromaUnavailableError") &&
    error.reason.includes(inUseByAnotherProcess)
      ? new DataDirInUse({ dataDir: config.node.dataDir, detail: error.reason })
      : undefined

export const openDatabase = (config: Config) =>
  Layer.build(Database.layerFromConfig(config)).pipe(
    Effect.mapError(
      (error) =>
        heldByRunningAico(config)(error) ??
        storeFailed("PostgreSQL", "starting the database")(error),
    ),
  )

export const openVectorStore = (config: Config) =>
  Layer.build(ChromaVectorStore.layerFromConfig(config)).pipe(
    Effect.mapError(
      (error) =>
        heldByRunningAico(config)(error) ?? storeFailed("Chroma", "starting Chroma")(error),
    ),
  )

/** Working memory opened with the master key's database key (its values are sealed). */
export const openWorkingMemory = (config: Config, masterKey: SecretKey.SecretKey) =>
  Layer.build(LmdbWorkingMemory.layerFromConfig(config, Hkdf.derive(masterKey, "database"))).pipe(
    Effect.mapError(storeFailed("working memory", "opening working memory")),
  )
