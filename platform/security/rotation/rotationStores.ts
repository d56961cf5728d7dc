/**
 * The stores a key rotation re-seals, opened from AICO's configuration for the scope's
 * lifetime: PostgreSQL first (as for a backup, its start is what refuses a data directory a
 * running AICO holds), then the vector store, then working memory (raw, for re-keying).
 */
import { Context, Effect, Layer, type Option } from "effect"
import type { Config } from "../../../schemas/Config.js"
import type { ChromaServerError } from "../../chroma/ChromaServer.js"
import * as ChromaVectorStore from "../../chroma/ChromaVectorStore.js"
import { VectorStore } from "../../chroma/VectorStore.js"
import type { RotationKeys } from "../../crypto/reseal.js"
import * as Database from "../../database/Database.js"
import * as SealedContent from "../../database/repositories/SealedContentRepository.js"
import { inUseByAnotherProcess } from "../../process/orphanServer.js"
import { openRekey, type WorkingMemoryRekey } from "../../workingMemory/LmdbRekey.js"
import { pathFromConfig } from "../../workingMemory/LmdbWorkingMemory.js"
import { AicoRunning, RotationStoreFailed } from "./RotationError.js"

export interface RotationStores {
  readonly tables: SealedContent.SealedContentRepository
  readonly vectors: VectorStore.Service
  /** None when there is no working memory yet. */
  readonly workingMemory: Option.Option<WorkingMemoryRekey>
}

const failed = (store: string) => (error: { readonly message: string }) =>
  new RotationStoreFailed({ store, reason: error.message })

/** The stores' own word that a running AICO holds the directory, else a store failure. */
const refusal =
  (config: Config, store: string) => (error: Database.DatabaseError | ChromaServerError) =>
    (error._tag === "EmbeddedPostgresError" || error._tag === "ChromaUnavailableError") &&
    error.reason.includes(inUseByAnotherProcess)
      ? new AicoRunning({ dataDir: config.node.dataDir, detail: error.reason })
      : failed(store)(error)

/** Opens the stores; `keys` are the "database" purpose keys (working memory checks them). */
export const openStores = (config: Config, keys: RotationKeys) =>
  Effect.gen(function* () {
    const database = yield* Layer.build(Database.layerFromConfig(config)).pipe(
      Effect.mapError(refusal(config, "PostgreSQL")),
    )
    const tables = yield* SealedContent.make.pipe(Effect.provide(database))
    const vectors = yield* Layer.build(ChromaVectorStore.layerFromConfig(config)).pipe(
      Effect.mapError(refusal(config, "Chroma")),
      Effect.map((context) => Context.get(context, VectorStore)),
    )
    const workingMemory = yield* openRekey(pathFromConfig(config), keys).pipe(
      Effect.mapError(failed("working memory")),
    )
    return { tables, vectors, workingMemory } satisfies RotationStores
  })
