/**
 * AICO's stores as one layer, in the order they depend on each other: PostgreSQL (migrated)
 * and its repositories, LMDB working memory, Chroma and the embedder, and semantic memory
 * over them. Closing the layer stops them in reverse order.
 */
import { Layer } from "effect"
import type { Config } from "../../schemas/Config.js"
import * as ChromaVectorStore from "../chroma/ChromaVectorStore.js"
import * as ContentCipher from "../crypto/ContentCipher.js"
import * as Hkdf from "../crypto/hkdf.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import * as Database from "../database/Database.js"
import * as ConversationRepository from "../database/repositories/ConversationRepository.js"
import * as FeedbackRepository from "../database/repositories/FeedbackRepository.js"
import * as MemoryRepository from "../database/repositories/MemoryRepository.js"
import * as MessageRepository from "../database/repositories/MessageRepository.js"
import * as UserRepository from "../database/repositories/UserRepository.js"
import * as TransformersEmbedder from "../embedding/TransformersEmbedder.js"
import * as HybridSemanticMemory from "../memory/HybridSemanticMemory.js"
import * as LmdbWorkingMemory from "../workingMemory/LmdbWorkingMemory.js"

/** Repositories over the database layer; message and memory contents need the cipher. */
export const repositories = Layer.mergeAll(
  UserRepository.layer,
  ConversationRepository.layer,
  MessageRepository.layer,
  MemoryRepository.layer,
  FeedbackRepository.layer,
)

/**
 * Semantic memory over given database, vector-store and embedder layers, sealing contents
 * with the given cipher (see `ContentCipher`: there is no unencrypted variant).
 */
export const semanticMemory = (
  options: HybridSemanticMemory.HybridSemanticMemoryOptions,
  parts: {
    readonly database: ReturnType<typeof Database.layer>
    readonly vectors: ReturnType<typeof ChromaVectorStore.layerFromConfig>
    readonly embedder: ReturnType<typeof TransformersEmbedder.layer>
    readonly cipher: Layer.Layer<ContentCipher.ContentCipher>
  },
) => {
  const stores = Layer.mergeAll(
    repositories.pipe(Layer.provideMerge(parts.database)),
    parts.vectors,
    parts.embedder,
  ).pipe(Layer.provideMerge(parts.cipher))
  return HybridSemanticMemory.layer(options).pipe(Layer.provideMerge(stores))
}

/**
 * Everything, as AICO's configuration says, with contents sealed under the "database"
 * purpose key derived from the master key (PostgreSQL content columns, Chroma documents,
 * working-memory values).
 */
export const fromConfig = (config: Config, masterKey: SecretKey.SecretKey) => {
  const databaseKey = Hkdf.derive(masterKey, "database")
  return Layer.merge(
    semanticMemory(HybridSemanticMemory.optionsFromConfig(config), {
      database: Database.layerFromConfig(config),
      vectors: ChromaVectorStore.layerFromConfig(config),
      embedder: TransformersEmbedder.layerFromConfig(config),
      cipher: ContentCipher.layer(databaseKey),
    }),
    LmdbWorkingMemory.layerFromConfig(config, databaseKey),
  )
}
