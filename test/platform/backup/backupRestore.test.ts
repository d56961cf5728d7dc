import { SqlClient } from "@effect/sql"
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Either, Layer } from "effect"
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { withMasterKey } from "../../../platform/backup/archiveKeys.js"
import { backup, restore } from "../../../platform/backup/Backup.js"
import { packSealed } from "../../../platform/backup/sealedArchive.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import * as Database from "../../../platform/database/Database.js"
import { migrations } from "../../../platform/database/migrate.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { tempDir } from "../../support/nodes.js"
import {
  configFor,
  onStack,
  quiet,
  type Snapshot,
  seed,
  snapshot,
  stackKey,
} from "./backupStack.js"
import { resealed, unsealed } from "./sealedCopy.js"

const otherKey = SecretKey.random()

/** A data directory written through the stores, its snapshot, and a backup of it. */
class Fixture extends Context.Tag("test/BackupFixture")<
  Fixture,
  {
    readonly root: string
    readonly source: string
    readonly archive: string
    readonly before: Snapshot
  }
>() {}

const fixture = Layer.scoped(
  Fixture,
  Effect.gen(function* () {
    const root = yield* tempDir("aico-backup-test-")
    const source = join(root, "source")
    const config = yield* configFor(source)
    const before = yield* onStack(config, Effect.flatMap(seed, snapshot))
    const archive = join(root, "aico.tar.gz")
    yield* backup(config, archive, stackKey)
    return { root, source, archive, before }
  }).pipe(quiet, Effect.orDie),
)

/** A copy of the archive with `manifest.json` or a table file changed, sealed again. */
const repack = (archive: string, target: string, change: (dir: string) => void) =>
  resealed(archive, stackKey, target, change)

const written = (target: string, bytes: Uint8Array) =>
  Effect.sync(() => {
    writeFileSync(target, bytes)
    return target
  })

const emptyDir = (path: string) => {
  mkdirSync(path, { recursive: true })
  return path
}

layer(fixture, { timeout: 240_000, excludeTestServices: true })(
  "backup and restore of a whole data directory",
  (it) => {
    it.scoped("restores into a fresh directory: same recall results, working memory and rows", () =>
      Effect.gen(function* () {
        const { archive, before, root, source } = yield* Fixture
        const contents = yield* unsealed(archive, stackKey, join(root, "inspected"))
        const manifest = JSON.parse(
          readFileSync(join(contents, "manifest.json"), "utf8"),
        ) as Record<string, unknown>
        // Outside the sealed part there is only the header and the master-key record.
        const outer = execFileSync("tar", ["-tf", archive], { encoding: "utf8" })
        expect(outer.split("\n").filter(Boolean).sort()).toEqual([
          "aico-backup.json",
          "backup.tar.gz.sealed",
        ])
        expect(manifest).toMatchObject({
          formatVersion: 1,
          // Every migration this code has, by id and name.
          migrations: Object.keys(migrations).map((key) => {
            const [, id = "", name = ""] = /^(\d+)_(.*)$/.exec(key) ?? []
            return { id: Number(id), name }
          }),
          vectors: { collection: "memories", count: 5, dimension: 384 },
          workingMemory: { included: true },
        })
        expect(manifest["tables"]).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ name: "users", rows: 1 }),
            expect.objectContaining({ name: "messages", rows: 2 }),
            expect.objectContaining({ name: "memories", rows: 5 }),
          ]),
        )

        rmSync(source, { recursive: true, force: true })
        const config = yield* configFor(join(root, "restored"))
        yield* restore(config, archive, withMasterKey(stackKey))
        const after = yield* onStack(
          config,
          Effect.gen(function* () {
            const after = yield* snapshot(before.conversationId)
            // The identity sequence continues after the restored messages.
            const messages = yield* MessageRepository
            const next = yield* messages.append(ConversationId.make(before.conversationId), {
              role: "user",
              content: "after the restore",
            })
            const sql = yield* SqlClient.SqlClient
            const [{ max } = { max: 0 }] = yield* sql<{ readonly max: string }>`
                select max(seq)::text as max from messages where id <> ${next.id}`
            expect(Number(next.seq)).toBeGreaterThan(Number(max))
            return after
          }),
        )
        expect(after.recalls).toEqual(before.recalls)
        expect(after.recalls[0]?.[0]?.content).toContain("golden retriever")
        expect(after.workingMemory).toEqual(before.workingMemory)
        expect(after.workingMemory).toHaveLength(2)
        expect(after.rows).toEqual(before.rows)
      }).pipe(quiet),
    )

    it.scoped("refuses a data directory that is not empty, and leaves it untouched", () =>
      Effect.gen(function* () {
        const { archive, root } = yield* Fixture
        const target = emptyDir(join(root, "occupied"))
        writeFileSync(join(target, "keep.txt"), "mine")
        const result = yield* Effect.either(
          restore(yield* configFor(target), archive, withMasterKey(stackKey)),
        )
        expect(Either.isLeft(result) && result.left._tag).toBe("RestoreTargetNotEmpty")
        expect(Either.isLeft(result) && result.left.message).toContain(target)
        expect(Either.isLeft(result) && result.left.message).toContain("keep.txt")
        expect(readdirSync(target)).toEqual(["keep.txt"])
        expect(readFileSync(join(target, "keep.txt"), "utf8")).toBe("mine")
      }).pipe(quiet),
    )

    const corruptions = [
      {
        name: "a truncated archive",
        tag: "BackupArchiveError",
        make: (archive: string, target: string) => {
          const bytes = readFileSync(archive)
          return written(target, bytes.subarray(0, Math.floor(bytes.length / 2)))
        },
      },
      {
        name: "garbage bytes",
        tag: "BackupArchiveError",
        make: (_: string, target: string) =>
          written(target, Buffer.from("this is not a gzip file at all\n".repeat(100))),
      },
      {
        name: "a sealed part with one flipped bit",
        tag: "BackupArchiveError",
        make: (archive: string, target: string) => {
          const dir = `${target}.d`
          mkdirSync(dir)
          execFileSync("tar", ["-xf", archive, "-C", dir])
          const sealed = join(dir, "backup.tar.gz.sealed")
          const bytes = readFileSync(sealed)
          bytes[Math.floor(bytes.length / 2)]! ^= 0x01
          writeFileSync(sealed, bytes)
          execFileSync("tar", [
            "-cf",
            target,
            "-C",
            dir,
            "aico-backup.json",
            "backup.tar.gz.sealed",
          ])
          return Effect.succeed(target)
        },
        message: "failed authentication",
      },
      {
        name: "an archive sealed under another master key",
        tag: "BackupArchiveError",
        make: (archive: string, target: string) =>
          Effect.gen(function* () {
            const contents = yield* unsealed(archive, stackKey, `${target}.d`)
            yield* packSealed(contents, readdirSync(contents), target, otherKey, false)
            return target
          }).pipe(Effect.orDie),
        message: "does not open this backup",
      },
      {
        name: "a manifest with an unknown format version",
        tag: "BackupManifestInvalid",
        make: (archive: string, target: string) =>
          repack(archive, target, (dir) => {
            const file = join(dir, "manifest.json")
            const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>
            writeFileSync(file, JSON.stringify({ ...manifest, formatVersion: 2 }))
          }),
        message: "format version 2",
      },
      {
        name: "a manifest needing a migration this code does not know",
        tag: "BackupManifestInvalid",
        make: (archive: string, target: string) =>
          repack(archive, target, (dir) => {
            const file = join(dir, "manifest.json")
            const manifest = JSON.parse(readFileSync(file, "utf8")) as {
              migrations: Array<unknown>
            }
            manifest.migrations.push({ id: 99, name: "from_the_future" })
            writeFileSync(file, JSON.stringify(manifest))
          }),
        message: "99_from_the_future",
      },
      {
        // Found only once the stores run: what they wrote must go again.
        name: "a table file with a damaged row",
        tag: "BackupStoreError",
        make: (archive: string, target: string) =>
          repack(archive, target, (dir) => {
            writeFileSync(join(dir, "postgres", "messages.jsonl"), '{"id": "not-a-uuid",\n')
          }),
        message: "restoring table messages",
      },
    ] as const

    for (const corruption of corruptions) {
      it.scoped(`refuses ${corruption.name}, leaving the target directory empty`, () =>
        Effect.gen(function* () {
          const { archive, root } = yield* Fixture
          const slug = corruption.name.replaceAll(" ", "-")
          const bad = yield* corruption.make(archive, join(root, `${slug}.tar.gz`))
          const target = emptyDir(join(root, `target-${slug}`))
          const result = yield* Effect.either(
            restore(yield* configFor(target), bad, withMasterKey(stackKey)),
          )
          expect(Either.isLeft(result) && result.left._tag).toBe(corruption.tag)
          expect(Either.isLeft(result) && result.left.message).toContain(bad)
          if ("message" in corruption) {
            expect(Either.isLeft(result) && result.left.message).toContain(corruption.message)
          }
          expect(readdirSync(target)).toEqual([])
        }).pipe(quiet),
      )
    }

    it.scoped("refuses to back up while AICO runs on the data directory", () =>
      Effect.gen(function* () {
        const { root } = yield* Fixture
        const config = yield* configFor(join(root, "running"))
        const archive = join(root, "while-running.tar.gz")
        // This process holding the embedded PostgreSQL stands for a running AICO.
        yield* Layer.build(Database.layerFromConfig(config))
        const result = yield* Effect.either(backup(config, archive, stackKey))
        expect(Either.isLeft(result) && result.left._tag).toBe("DataDirInUse")
        expect(Either.isLeft(result) && result.left.message).toContain("stop AICO first")
        expect(readdirSync(root).filter((name) => name.startsWith("while-running"))).toEqual([])
      }).pipe(quiet),
    )

    it.scoped("refuses to back up a directory with no AICO data", () =>
      Effect.gen(function* () {
        const { root } = yield* Fixture
        const missing = join(root, "nothing-here")
        const archive = join(root, "never.tar.gz")
        const result = yield* Effect.either(backup(yield* configFor(missing), archive, stackKey))
        expect(Either.isLeft(result) && result.left._tag).toBe("BackupSourceMissing")
        expect(readdirSync(root).filter((name) => name.startsWith("never"))).toEqual([])
      }).pipe(quiet),
    )
  },
)
