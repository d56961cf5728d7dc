/**
 * Encryption at rest, end to end: a secret said in a message and remembered as a memory,
 * through AICO's whole stack (embedded PostgreSQL, managed Chroma, all-MiniLM-L6-v2, the log
 * file at debug level) on one data directory. Once everything has stopped, no file under
 * that directory holds the sentence or its rarest word, in any byte; the same scan finds a
 * sentence written there in a plain file, so a scan that reads nothing cannot pass.
 */
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Either, Layer } from "effect"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { gunzipSync } from "node:zlib"
import { load } from "../../../config/load.js"
import { withMasterKey } from "../../../platform/backup/archiveKeys.js"
import { backup, restore } from "../../../platform/backup/Backup.js"
import * as ContentCipher from "../../../platform/crypto/ContentCipher.js"
import { purposeKeys } from "../../../platform/crypto/hkdf.js"
import * as SealedLog from "../../../platform/crypto/SealedLog.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import * as DataLayer from "../../../platform/data/DataLayer.js"
import * as Database from "../../../platform/database/Database.js"
import { ConversationRepository } from "../../../platform/database/repositories/ConversationRepository.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import { UserRepository } from "../../../platform/database/repositories/UserRepository.js"
import * as Logging from "../../../platform/logging/Logging.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import type { Config } from "../../../schemas/Config.js"
import type { Conversation } from "../../../schemas/data/Conversation.js"
import { projectModels } from "../../support/models.js"
import { tempDir } from "../../support/nodes.js"
import { unsealed } from "../backup/sealedCopy.js"

const secret = "The spare key to the Vexillology archive hides inside the zucchini jar"
const needles = [secret, "Vexillology", "vexillology", "zucchini jar"]
const canary = "This canary sentence was written in the clear on purpose"

/** AICO's configuration over `dataDir`: embedded PostgreSQL, managed Chroma, a debug log file. */
const configAt = (dataDir: string) =>
  load({
    env: { XDG_CONFIG_HOME: join(dataDir, "..", "no-user-config"), HOME: join(dataDir, "..") },
    overrides: {
      node: { dataDir },
      database: { url: "" },
      chroma: { url: "" },
      introspection: { enabled: false },
      log: { level: "debug", console: "off", file: { enabled: true, path: "" } },
      embedding: {
        modelDir: projectModels,
        model: "Xenova/all-MiniLM-L6-v2",
        allowRemote: false,
        dtype: "q8",
      },
    },
  })

/** Runs `work` on the whole stack, its log in the data directory, and stops it all after. */
const onStack = <A, E, R>(config: Config, key: SecretKey.SecretKey, work: Effect.Effect<A, E, R>) =>
  Effect.flatMap(Logging.LogFile, (file) => file.unlock(purposeKeys(key).files)).pipe(
    Effect.zipRight(work),
    Effect.provide(DataLayer.fromConfig(config, key)),
    Effect.provide(Logging.layer(config)),
    Effect.scoped,
  )

/** Every regular file under `dir` holding any of `needles` (as UTF-8 bytes), with the needle. */
const scan = (dir: string, texts: ReadonlyArray<string>) => {
  const found: Array<string> = []
  let files = 0
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name)
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) {
        files++
        const bytes = readFileSync(child)
        for (const text of texts) {
          if (bytes.includes(Buffer.from(text, "utf8")))
            found.push(`${relative(dir, child)}: ${text}`)
        }
      }
    }
  }
  walk(dir)
  return { files, found }
}

const recallSecret = Effect.gen(function* () {
  const memory = yield* SemanticMemory
  const byMeaning = yield* memory.recall({ query: "Where is the spare key hidden?", limit: 3 })
  const byWord = yield* memory.recall({ query: "Vexillology", limit: 3 })
  return { byMeaning, byWord }
})

class Fixture extends Context.Tag("test/EncryptionAtRestFixture")<
  Fixture,
  {
    readonly root: string
    readonly config: Config
    readonly key: SecretKey.SecretKey
    readonly conversationId: Conversation["id"]
  }
>() {}

const fixture = Layer.scoped(
  Fixture,
  Effect.gen(function* () {
    const root = yield* tempDir("aico-at-rest-")
    const config = yield* configAt(join(root, "data"))
    const key = SecretKey.random()
    const conversationId = yield* onStack(
      config,
      key,
      Effect.gen(function* () {
        const user = yield* (yield* UserRepository).create({ displayName: "Ada" })
        const conversation = yield* (yield* ConversationRepository).start(user.id, "Errands")
        yield* (yield* MessageRepository).append(conversation.id, { role: "user", content: secret })
        yield* (yield* SemanticMemory).rememberAll([
          { content: secret, kind: "fact", userId: user.id, conversationId: conversation.id },
          { content: "Ada's sister plays the cello on Sundays", kind: "fact", userId: user.id },
        ])
        const { byMeaning, byWord } = yield* recallSecret
        expect(byMeaning[0]?.memory.content).toBe(secret)
        expect(byWord[0]?.keywordRank).toBe(1)
        return conversation.id
      }),
    )
    return { root, config, key, conversationId }
  }).pipe(Effect.orDie),
)

layer(fixture, { timeout: 300_000, excludeTestServices: true })(
  "contents encrypted at rest",
  (it) => {
    it.effect(
      "no file under the stopped data directory holds the secret; a plain one is found",
      () =>
        Effect.gen(function* () {
          const { config, key } = yield* Fixture
          const dataDir = config.node.dataDir
          mkdirSync(join(dataDir, "plain"), { recursive: true })
          writeFileSync(join(dataDir, "plain", "canary.txt"), `${canary}\n`)
          const { files, found } = scan(dataDir, [...needles, canary])
          expect(found).toEqual([`${join("plain", "canary.txt")}: ${canary}`])
          // PostgreSQL's cluster, Chroma's files and the log were all read.
          expect(files).toBeGreaterThan(500)
          // The log is sealed: it opens with the files key, and then says what happened.
          const log = SealedLog.read(
            readFileSync(join(dataDir, "logs", "aico.log")),
            purposeKeys(key).files,
          )
          expect(log.problem).toBeUndefined()
          expect(log.records.map((record) => record.toString()).join("")).toContain("database")
        }),
    )

    it.scoped("a wrong key reads nothing: each read fails with a typed error, not text", () =>
      Effect.gen(function* () {
        const { config, conversationId } = yield* Fixture
        const wrong = SecretKey.random()
        const messages = yield* Effect.gen(function* () {
          return yield* Effect.flip(
            (yield* MessageRepository).listByConversation(conversationId, { limit: 10 }),
          )
        }).pipe(
          Effect.provide(
            DataLayer.repositories.pipe(
              Layer.provideMerge(Database.layerFromConfig(config)),
              Layer.provide(ContentCipher.layer(wrong)),
            ),
          ),
          Effect.scoped,
        )
        expect(messages._tag).toBe("RepositoryError")
        expect(messages.operation).toBe("list messages")
        expect(messages.cause).toBeInstanceOf(ContentCipher.ContentUnreadable)
        expect(messages.message).toMatch(
          /cannot decrypt messages\/[0-9a-f-]{36}: authentication failed/,
        )
        expect(messages.message).not.toContain("Vexillology")

        // With the wrong key the stores do not start: working memory's key check or semantic
        // memory's first read (whichever opens first) refuses.
        const memory = yield* Effect.either(onStack(config, wrong, SemanticMemory))
        expect(Either.isLeft(memory) && memory.left._tag).toMatch(
          /^(MemoryUnavailableError|WorkingMemoryKeyMismatch)$/,
        )
        expect(Either.isLeft(memory) && memory.left.message).toMatch(
          /cannot decrypt memories\/|key/,
        )
        expect(Either.isLeft(memory) && memory.left.message).not.toContain("Vexillology")
      }),
    )

    it.scoped("backup and restore keep the contents sealed and recall working", () =>
      Effect.gen(function* () {
        const { config, conversationId, key, root } = yield* Fixture
        const archive = join(root, "aico.tar.gz")
        yield* backup(config, archive, key)
        // The archive is sealed whole; inside, the contents were sealed already.
        const sealed = readFileSync(archive)
        for (const needle of needles) expect(sealed.includes(Buffer.from(needle))).toBe(false)
        const contents = yield* unsealed(archive, key, join(root, "unsealed"))
        const unpacked = gunzipSync(readFileSync(join(contents, "..", "backup.tar.gz")))
        for (const needle of needles) expect(unpacked.includes(Buffer.from(needle))).toBe(false)

        const restored = yield* configAt(join(root, "restored"))
        yield* restore(restored, archive, withMasterKey(key))
        const { byMeaning, byWord, said } = yield* onStack(
          restored,
          key,
          Effect.gen(function* () {
            const found = yield* recallSecret
            const said = yield* (yield* MessageRepository).listByConversation(conversationId, {
              limit: 10,
            })
            return { ...found, said }
          }),
        )
        expect(byMeaning[0]?.memory.content).toBe(secret)
        expect(byWord[0]?.memory.content).toBe(secret)
        expect(said.map((message) => message.content)).toEqual([secret])
        expect(scan(restored.node.dataDir, needles).found).toEqual([])
      }),
    )
  },
)
