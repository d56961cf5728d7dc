import { SqlClient } from "@effect/sql"
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Either, Layer } from "effect"
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { backup, restore } from "../../../platform/backup/Backup.js"
import * as Database from "../../../platform/database/Database.js"
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

/** A copy of the archive with `manifest.json` or a table file changed. */
const repack = (archive: string, target: string, change: (dir: string) => void) => {
  const dir = `${target}.d`
  mkdirSync(dir)
  execFileSync("tar", ["-xzf", archive, "-C", dir])
  change(dir)
  execFileSync("tar", ["-czf", target, "-C", dir, "."])
  return target
}

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
        const manifest = JSON.parse(
          execFileSync("tar", ["-xzOf", archive, "manifest.json"], { encoding: "utf8" }),
        ) as Record<string, unknown>
        expect(manifest).toMatchObject({
          formatVersion: 1,
          migrations: [
            { id: 1, name: "initial" },
            { id: 2, name: "encrypted_content" },
          ],
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
        yield* restore(config, archive)
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
        const result = yield* Effect.either(restore(yield* configFor(target), archive))
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
          writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length / 2)))
          return target
        },
      },
      {
        name: "garbage bytes",
        tag: "BackupArchiveError",
        make: (_: string, target: string) => {
          writeFileSync(target, Buffer.from("this is not a gzip file at all\n".repeat(100)))
          return target
        },
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
          const bad = corruption.make(archive, join(root, `${slug}.tar.gz`))
          const target = emptyDir(join(root, `target-${slug}`))
          const result = yield* Effect.either(restore(yield* configFor(target), bad))
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
