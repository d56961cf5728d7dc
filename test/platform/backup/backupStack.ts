/**
 * A real AICO data directory for backup tests: its configuration (embedded PostgreSQL,
 * managed Chroma, LMDB, all-MiniLM-L6-v2, no logs), content written through the public
 * stores, and a snapshot of what a restore must give back.
 */
import { SqlClient } from "@effect/sql"
import { Effect, Logger, LogLevel } from "effect"
import { join } from "node:path"
import { load } from "../../../config/load.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import * as DataLayer from "../../../platform/data/DataLayer.js"
import { ConversationRepository } from "../../../platform/database/repositories/ConversationRepository.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import { UserRepository } from "../../../platform/database/repositories/UserRepository.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import { WorkingMemory } from "../../../platform/workingMemory/WorkingMemory.js"
import { projectModels } from "../../support/models.js"
import { facts } from "../../support/memoryFacts.js"

/** AICO's configuration over `dataDir`, independent of the machine's user file and environment. */
export const configFor = (dataDir: string) =>
  load({
    env: { XDG_CONFIG_HOME: join(dataDir, "..", "no-user-config"), HOME: join(dataDir, "..") },
    overrides: {
      node: { dataDir },
      introspection: { enabled: false },
      log: { console: "off", file: { enabled: false } },
      embedding: {
        modelDir: projectModels,
        model: "Xenova/all-MiniLM-L6-v2",
        allowRemote: false,
        dtype: "q8",
      },
    },
  })

export const quiet = Logger.withMinimumLogLevel(LogLevel.None)

export const queries = ["Which pet does she have?", "Zanzibar", "running a race"]

/** What a restore must reproduce. */
export interface Snapshot {
  readonly conversationId: string
  readonly recalls: ReadonlyArray<ReadonlyArray<{ readonly id: string; readonly content: string }>>
  readonly workingMemory: ReadonlyArray<unknown>
  readonly rows: Readonly<Record<string, ReadonlyArray<string>>>
}

const tables = ["users", "conversations", "messages", "memories"] as const

/** Reads the snapshot from the stack in context. */
export const snapshot = (conversationId: string) =>
  Effect.gen(function* () {
    const memory = yield* SemanticMemory
    const workingMemory = yield* WorkingMemory
    const sql = yield* SqlClient.SqlClient
    const recalls = yield* Effect.forEach(queries, (query) =>
      memory
        .recall({ query, limit: 5 })
        .pipe(
          Effect.map((hits) =>
            hits.map((hit) => ({ id: hit.memory.id, content: hit.memory.content })),
          ),
        ),
    )
    const rows: Record<string, ReadonlyArray<string>> = {}
    for (const table of tables) {
      const found = yield* sql.unsafe<{ readonly row: string }>(
        `select row_to_json(t)::text as row from ${table} t order by id`,
      )
      rows[table] = found.map(({ row }) => row)
    }
    return {
      conversationId,
      recalls,
      workingMemory: yield* workingMemory.recent(conversationId, 10),
      rows,
    } satisfies Snapshot
  })

/** Writes a user, a conversation with messages, memories and working-memory entries. */
export const seed = Effect.gen(function* () {
  const users = yield* UserRepository
  const conversations = yield* ConversationRepository
  const messages = yield* MessageRepository
  const memory = yield* SemanticMemory
  const workingMemory = yield* WorkingMemory
  const user = yield* users.create({ displayName: "Caroline" })
  const conversation = yield* conversations.start(user.id, "Weekend plans")
  yield* messages.append(conversation.id, { role: "user", content: "Hi! Guess what I did" })
  yield* messages.append(conversation.id, {
    role: "assistant",
    content: "Tell me!",
    metadata: { mood: "curious", nested: { camelCase: [1, 2] } },
  })
  yield* memory.rememberAll(
    facts.map((content, i) =>
      i < 2
        ? { content, kind: "fact", userId: user.id, conversationId: conversation.id }
        : { content, kind: "note", importance: 0.25 },
    ),
  )
  yield* workingMemory.put(conversation.id, { role: "user", content: "Hi! Guess what I did" })
  yield* workingMemory.put(conversation.id, {
    role: "assistant",
    content: "Tell me!",
    metadata: { turn: 2, warm: true },
  })
  return conversation.id
})

/** The key this test file's stacks seal contents with: a backup restores under the same one. */
export const stackKey = SecretKey.random()

/** Runs `work` on the whole stack over `config`'s data directory, stopping it afterwards. */
export const onStack = <A, E, R>(
  config: Parameters<typeof DataLayer.fromConfig>[0],
  work: Effect.Effect<A, E, R>,
  key: SecretKey.SecretKey = stackKey,
) => work.pipe(Effect.provide(DataLayer.fromConfig(config, key)), Effect.scoped)
