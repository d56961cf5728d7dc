/**
 * Semantic memory as a user runs it by default, for benchmarks: AICO's embedded
 * PostgreSQL and its managed Chroma, both in a temp directory, and all-MiniLM-L6-v2 from
 * `.cache/models` (remote loading off).
 */
import { Layer } from "effect"
import * as ChromaServer from "../../../platform/chroma/ChromaServer.js"
import * as ChromaVectorStore from "../../../platform/chroma/ChromaVectorStore.js"
import * as ContentCipher from "../../../platform/crypto/ContentCipher.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { semanticMemory } from "../../../platform/data/DataLayer.js"
import * as Database from "../../../platform/database/Database.js"
import * as TransformersEmbedder from "../../../platform/embedding/TransformersEmbedder.js"
import { miniLm } from "../../support/models.js"

export const benchStack = (dir: string) =>
  semanticMemory(
    { maxDocumentChars: 16_384, recencyHalfLifeDays: 30 },
    {
      database: Database.layer({
        url: "",
        embeddedDirectory: `${dir}/postgres`,
        embeddedPort: 0,
        poolSize: 8,
        connectTimeoutMs: 10_000,
      }),
      vectors: ChromaVectorStore.layer({ collection: "memories" }).pipe(
        Layer.provide(
          ChromaServer.layer({
            url: "",
            command: "",
            directory: `${dir}/chroma`,
            port: 0,
            startTimeoutMs: 60_000,
          }),
        ),
      ),
      embedder: TransformersEmbedder.layer(miniLm()),
      cipher: ContentCipher.layer(SecretKey.random()),
    },
  )
