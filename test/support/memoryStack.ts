/**
 * Semantic memory on real stores for tests: a fresh database on the external PostgreSQL
 * (or the embedded one), AICO's own Chroma in a temp directory, and all-MiniLM-L6-v2,
 * with contents sealed under a random key kept with the directories.
 */
import { Effect, Layer, type Scope } from "effect"
import * as ChromaServer from "../../platform/chroma/ChromaServer.js"
import * as ChromaVectorStore from "../../platform/chroma/ChromaVectorStore.js"
import * as ContentCipher from "../../platform/crypto/ContentCipher.js"
import * as SecretKey from "../../platform/crypto/SecretKey.js"
import { semanticMemory } from "../../platform/data/DataLayer.js"
import * as Database from "../../platform/database/Database.js"
import type { DatabaseOptions } from "../../platform/database/Database.js"
import * as TransformersEmbedder from "../../platform/embedding/TransformersEmbedder.js"
import { miniLm } from "./models.js"
import { tempDir } from "./nodes.js"
import { externalOptions } from "./postgres.js"

export interface StackDirs {
  readonly chromaDir: string
  readonly database: DatabaseOptions
  /** The "database" purpose key the stack seals contents with. */
  readonly key: SecretKey.SecretKey
}

/** Directories and a database for one stack, released with the scope. */
export const stackDirs: Effect.Effect<StackDirs, Error, Scope.Scope> = Effect.gen(function* () {
  const dir = yield* tempDir("aico-memory-")
  return {
    chromaDir: `${dir}/chroma`,
    database: yield* externalOptions,
    key: SecretKey.random(),
  }
})

export const memoryOptions = { maxDocumentChars: 2_000, recencyHalfLifeDays: 30 }

/** The semantic memory layer over the given directories and database. */
export const memoryStack = (dirs: StackDirs) =>
  semanticMemory(memoryOptions, {
    database: Database.layer(dirs.database),
    vectors: ChromaVectorStore.layer({ collection: "memories" }).pipe(
      Layer.provide(
        ChromaServer.layer({
          url: "",
          command: "",
          directory: dirs.chromaDir,
          port: 0,
          startTimeoutMs: 60_000,
        }),
      ),
    ),
    embedder: TransformersEmbedder.layer(miniLm()),
    cipher: ContentCipher.layer(dirs.key),
  })
