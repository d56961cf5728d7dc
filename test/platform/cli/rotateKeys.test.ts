/**
 * `aico security rotate-keys` as a user runs it, on a real AICO data directory (PostgreSQL,
 * managed Chroma, LMDB working memory, the bus keys, the master key kept in a key file):
 * afterwards every value reads back under the new key and the old key opens none of them,
 * in the stores' raw bytes. A rotation killed (SIGKILL) mid-batch keeps the service from
 * starting, and running it again completes it with no value lost or sealed twice. It refuses
 * a wrong password and a data directory a running AICO holds, changing nothing.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer, Redacted, Schema } from "effect"
import { open as openLmdb } from "lmdb"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import * as ChromaVectorStore from "../../../platform/chroma/ChromaVectorStore.js"
import { VectorStore } from "../../../platform/chroma/VectorStore.js"
import * as AesGcm from "../../../platform/crypto/aesGcm.js"
import * as Hkdf from "../../../platform/crypto/hkdf.js"
import type * as SecretKey from "../../../platform/crypto/SecretKey.js"
import * as DataLayer from "../../../platform/data/DataLayer.js"
import * as Database from "../../../platform/database/Database.js"
import { ConversationRepository } from "../../../platform/database/repositories/ConversationRepository.js"
import { MemoryRepository } from "../../../platform/database/repositories/MemoryRepository.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import * as SealedContent from "../../../platform/database/repositories/SealedContentRepository.js"
import { UserRepository } from "../../../platform/database/repositories/UserRepository.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import { busKeys } from "../../../platform/security/busKeys.js"
import { recordFile } from "../../../platform/security/MasterPassword.js"
import { rotationFile } from "../../../platform/security/rotation/rotationFile.js"
import { startupKey } from "../../../platform/security/startupKey.js"
import * as LmdbWorkingMemory from "../../../platform/workingMemory/LmdbWorkingMemory.js"
import { decodeRecord } from "../../../platform/workingMemory/StoredEntry.js"
import { WorkingMemory } from "../../../platform/workingMemory/WorkingMemory.js"
import type { Config } from "../../../schemas/Config.js"
import { tempDir } from "../../support/nodes.js"
import { externalDatabaseUrl } from "../../support/postgres.js"
import {
  aicoEnv,
  configOf,
  runAico,
  runScript,
  serviceScript,
  startAico,
} from "./rotateKeysProcess.js"

const password = "a long master password"
const rotateArgs = (batchSize: number) => [
  "security",
  "rotate-keys",
  "--password-fd",
  "3",
  "--batch-size",
  String(batchSize),
]

/** What was written, to be read back exactly. */
interface Written {
  readonly conversationId: string
  readonly messages: ReadonlyArray<string>
  readonly memories: ReadonlyArray<string>
  readonly working: ReadonlyArray<string>
}

const onStack = <A, E, R>(config: Config, key: SecretKey.SecretKey, work: Effect.Effect<A, E, R>) =>
  work.pipe(Effect.provide(DataLayer.fromConfig(config, key)), Effect.scoped)

const topics = ["the heron by the mill", "a violin lesson", "the bakery on Elm street"]

/** Messages, memories and working-memory entries with known texts, written through the stores. */
const seed = (counts: { messages: number; memories: number; working: number }) =>
  Effect.gen(function* () {
    const user = yield* (yield* UserRepository).create({ displayName: "Ada" })
    const conversation = yield* (yield* ConversationRepository).start(user.id, "Rotation")
    const messages = Array.from(
      { length: counts.messages },
      (_, i) => `message ${i}: ${topics[i % 3]}`,
    )
    const memories = Array.from(
      { length: counts.memories },
      (_, i) => `Ada remembers ${topics[i % 3]} (${i})`,
    )
    const working = Array.from({ length: counts.working }, (_, i) => `just said ${i}`)
    for (const content of messages)
      yield* (yield* MessageRepository).append(conversation.id, { role: "user", content })
    yield* (yield* SemanticMemory).rememberAll(
      memories.map((content) => ({ content, kind: "fact", userId: user.id })),
    )
    for (const content of working)
      yield* (yield* WorkingMemory).put(conversation.id, { role: "user", content })
    return { conversationId: conversation.id, messages, memories, working } satisfies Written
  })

/** Everything, read through the stores under `key`. */
const readBack = (conversationId: string) =>
  Effect.gen(function* () {
    const messages = yield* (yield* MessageRepository).listByConversation(conversationId as never, {
      limit: 1000,
    })
    const memories = yield* (yield* MemoryRepository).list({ limit: 1000 })
    const recalled = yield* (yield* SemanticMemory).recall({ query: "violin lesson", limit: 3 })
    const working = yield* (yield* WorkingMemory).recent(conversationId, 1000)
    return {
      messages: messages.map((m) => m.content),
      memories: memories.map((m) => m.content).sort(),
      recalled: recalled.map((hit) => hit.memory.content),
      working: working.map((entry) => entry.content),
    }
  })

const opens = (key: SecretKey.SecretKey, sealed: Uint8Array, context: string) =>
  Either.map(AesGcm.open(key, sealed, new TextEncoder().encode(context)), (plain) =>
    Buffer.from(plain).toString("utf8"),
  )

const Row = Schema.Struct({ id: Schema.String, content: Schema.Uint8ArrayFromSelf })

/**
 * Every sealed value in the stores' raw bytes: what the new key opens it to, and whether the
 * old key opens it. Working memory is read from its LMDB file directly.
 */
const rawValues = (config: Config, oldKey: SecretKey.SecretKey, newKey: SecretKey.SecretKey) =>
  Effect.gen(function* () {
    const keys = { old: Hkdf.derive(oldKey, "database"), new: Hkdf.derive(newKey, "database") }
    const values: Array<{ where: string; text: string | undefined; oldOpens: boolean }> = []
    const check = (where: string, sealed: Uint8Array) => {
      const text = Either.getOrUndefined(opens(keys.new, sealed, where))
      values.push({ where, text, oldOpens: Either.isRight(opens(keys.old, sealed, where)) })
    }
    yield* Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      for (const table of SealedContent.sealedTables) {
        const column = SealedContent.sealedColumn[table]
        const rows = yield* sql.unsafe(`select id::text as id, ${column} as content from ${table}`)
        for (const row of Schema.decodeUnknownSync(Schema.Array(Row))(rows))
          check(`${table}/${row.id}`, row.content)
      }
      const vectors = yield* VectorStore
      for (const record of yield* vectors.page({ offset: 0, limit: 10_000 }))
        check(`memories/${record.id}`, new Uint8Array(Buffer.from(record.document, "base64")))
    }).pipe(
      Effect.provide(
        Layer.merge(Database.layerFromConfig(config), ChromaVectorStore.layerFromConfig(config)),
      ),
      Effect.scoped,
    )
    const root = openLmdb({ path: LmdbWorkingMemory.pathFromConfig(config), readOnly: true })
    try {
      const [entries] = LmdbWorkingMemory.openDatabases(root)
      for (const { key, value } of entries.getRange()) {
        const where = `working-memory/${key[1]}`
        const underNew = decodeRecord(value, key[0], key[1], Hkdf.derive(newKey, "database"))
        const underOld = decodeRecord(value, key[0], key[1], Hkdf.derive(oldKey, "database"))
        values.push({
          where,
          text: Either.isRight(underNew) ? underNew.right.content : undefined,
          oldOpens: Either.isRight(underOld),
        })
      }
    } finally {
      yield* Effect.promise(() => root.close())
    }
    return values
  })

const keyOf = (config: Config) => startupKey(config)

const sameKey = (a: SecretKey.SecretKey, b: SecretKey.SecretKey) =>
  Buffer.from(Redacted.value(a)).equals(Buffer.from(Redacted.value(b)))

/** After a rotation: all of `written` under the new key, none of it under the old. */
const expectRotated = (config: Config, written: Written, oldKey: SecretKey.SecretKey) =>
  Effect.gen(function* () {
    expect(existsSync(rotationFile(config.node.dataDir))).toBe(false)
    const newKey = yield* keyOf(config)
    expect(sameKey(newKey, oldKey)).toBe(false)
    const read = yield* onStack(config, newKey, readBack(written.conversationId))
    expect(read.messages).toEqual(written.messages)
    expect(read.memories).toEqual([...written.memories].sort())
    expect(read.recalled[0]).toContain("a violin lesson")
    expect(read.working).toEqual(written.working)

    const values = yield* rawValues(config, oldKey, newKey)
    const expected = [
      ...written.messages,
      ...written.memories,
      ...written.memories,
      ...written.working,
    ]
    // No value lost, none sealed twice (it would open to sealed bytes, not its text).
    expect(values.map((v) => v.text ?? `<${v.where} does not open>`).sort()).toEqual(
      expected.sort(),
    )
    expect(values.filter((v) => v.oldOpens)).toEqual([])

    // The old key no longer opens working memory, nor the bus secret.
    const locked = yield* Effect.flip(
      Layer.build(LmdbWorkingMemory.layerFromConfig(config, Hkdf.derive(oldKey, "database"))).pipe(
        Effect.scoped,
      ),
    )
    expect(locked._tag).toBe("WorkingMemoryKeyMismatch")
    const oldBus = yield* Effect.flip(busKeys(config.node.dataDir, oldKey))
    expect(oldBus.message).toContain("the master key does not open it")
    return newKey
  })

describe("aico security rotate-keys", () => {
  it.scopedLive(
    "re-seals every store under a new master key; refuses a wrong password and a running AICO",
    () =>
      Effect.gen(function* () {
        const home = yield* tempDir("aico-rotate-")
        const env = aicoEnv(join(home, "data"))
        const config = yield* configOf(env)
        const setup = yield* runAico(
          env,
          ["security", "setup", "--password-fd", "3"],
          [password, password],
        )
        expect(setup.code).toBe(0)
        const oldKey = yield* keyOf(config)
        const busBefore = yield* busKeys(config.node.dataDir, oldKey)
        const keyFile = join(config.security.keyFile, "master-key.key")
        const masterRecord = readFileSync(recordFile(config.node.dataDir), "utf8")

        const written = yield* onStack(
          config,
          oldKey,
          Effect.gen(function* () {
            const written = yield* seed({ messages: 7, memories: 5, working: 4 })
            // This process holds the stores, as a running AICO does: the rotation refuses.
            const refused = yield* runAico(env, rotateArgs(3), [password])
            expect(refused.code).toBe(1)
            expect(refused.out).toContain("AICO is running on")
            expect(refused.out).toContain("nothing was changed")
            return written
          }),
        )
        const wrong = yield* runAico(env, rotateArgs(3), ["not the password"])
        expect(wrong.code).toBe(1)
        expect(wrong.out).toContain("the password does not unlock the master key")
        // Neither refusal changed anything.
        expect(existsSync(rotationFile(config.node.dataDir))).toBe(false)
        expect(readFileSync(recordFile(config.node.dataDir), "utf8")).toBe(masterRecord)
        expect(sameKey(yield* keyOf(config), oldKey)).toBe(true)

        const rotated = yield* runAico(env, rotateArgs(3), [password])
        expect(rotated.out).toMatch(/rotating messages: 3\/7/)
        expect(rotated.out).toMatch(/rotating memories: 5\/5/)
        expect(rotated.out).toMatch(/rotating vectors: 3\/5/)
        expect(rotated.out).toMatch(/rotating working memory: 4\/4/)
        expect(rotated.out).toContain("keys rotated: everything is sealed under the new master key")
        expect(rotated.out).toContain(
          "re-sealed: messages 7, message_feedback 0, memories 5, goals 0, initiatives 0, actor_snapshots 0, vectors 5, working memory 4",
        )
        expect(rotated.out).toContain("client tokens signed with the old key are no longer valid")
        expect(rotated.code).toBe(0)
        expect(readFileSync(keyFile, "utf8")).not.toContain(
          Buffer.from(Redacted.value(oldKey)).toString("base64"),
        )

        const newKey = yield* expectRotated(config, written, oldKey)
        // The bus secret moved to the new key; the public key peers know did not change.
        const busAfter = yield* busKeys(config.node.dataDir, newKey)
        expect(busAfter.publicKey).toBe(busBefore.publicKey)
        expect(Redacted.value(busAfter.secretKey)).toBe(Redacted.value(busBefore.secretKey))
      }),
    { timeout: 600_000 },
  )

  it.scopedLive(
    "a rotation killed mid-batch keeps the service from starting, and completes when run again",
    () =>
      Effect.gen(function* () {
        const home = yield* tempDir("aico-rotate-")
        const env = aicoEnv(join(home, "data"), { AICO_DATABASE__URL: yield* externalDatabaseUrl })
        const config = yield* configOf(env)
        const dataDir = config.node.dataDir
        const setup = yield* runAico(
          env,
          ["security", "setup", "--password-fd", "3"],
          [password, password],
        )
        expect(setup.code).toBe(0)
        const oldKey = yield* keyOf(config)
        const written = yield* onStack(
          config,
          oldKey,
          seed({ messages: 40, memories: 12, working: 10 }),
        )

        const badBatch = yield* runAico(env, [...rotateArgs(0)], [password])
        expect(badBatch.code).toBe(2)

        // Killed after a batch of messages was reported.
        const first = yield* startAico(env, rotateArgs(2), [password])
        yield* first.line(/^rotating messages: \d+\/40$/)
        first.kill()
        expect(yield* first.exited).toBe("SIGKILL")
        const record = rotationFile(dataDir)
        expect(existsSync(record)).toBe(true)

        // Mid-rotation, nothing starts with the kept key: not the service, not a backup.
        const refused = yield* Effect.flip(keyOf(config))
        expect(refused.message).toContain(
          "key rotation in progress: run aico security rotate-keys to finish",
        )
        const service = yield* runScript(serviceScript, env)
        expect(service.code).toBe(1)
        expect(service.out).toContain(
          "key rotation in progress: run aico security rotate-keys to finish",
        )

        // A wrong password changes nothing, mid-rotation too.
        const before = readFileSync(record, "utf8")
        const wrong = yield* runAico(env, rotateArgs(2), ["not the password"])
        expect(wrong.code).toBe(1)
        expect(readFileSync(record, "utf8")).toBe(before)

        // Killed again, this time among the vector documents.
        const second = yield* startAico(env, rotateArgs(2), [password])
        yield* second.line(/^rotating vectors: \d+\/12$/)
        second.kill()
        expect(yield* second.exited).toBe("SIGKILL")
        expect(existsSync(record)).toBe(true)
        expect(second.output()).toContain("resuming the key rotation started")

        const third = yield* runAico(env, rotateArgs(2), [password])
        expect(third.out).toContain("keys rotated (resumed)")
        expect(third.code).toBe(0)
        yield* expectRotated(config, written, oldKey)
      }),
    { timeout: 600_000 },
  )
})
