import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import * as Database from "../../../platform/database/Database.js"
import { migrations } from "../../../platform/database/migrate.js"
import { freePort } from "../../support/ports.js"
import { databaseKinds, externalOptions } from "../../support/postgres.js"

const tables = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<{ tableName: string }>`
    select table_name from information_schema.tables where table_schema = 'public' order by 1`
  return rows.map((row) => row.tableName)
})

describe.each(databaseKinds)("migrations on $kind", ({ options }) => {
  it.scopedLive("migrate an empty database, then find nothing to do on the next start", () =>
    Effect.gen(function* () {
      const opts = yield* options
      const first = yield* Effect.scoped(
        Layer.build(Database.layer(opts)).pipe(
          Effect.map(
            (context) => context.unsafeMap.get(Database.Database.key) as Database.DatabaseInfo,
          ),
        ),
      )
      expect(first.migrated.map(([id]) => id)).toEqual(
        Object.keys(migrations).map((key) => Number(key.split("_")[0])),
      )
      const second = yield* Effect.gen(function* () {
        const info = yield* Database.Database
        return { info, tables: yield* tables }
      }).pipe(Effect.provide(Database.layer(opts)), Effect.scoped)
      expect(second.info.migrated).toEqual([])
      expect(second.tables).toEqual(
        expect.arrayContaining([
          "aico_migrations",
          "users",
          "conversations",
          "messages",
          "actor_snapshots",
          "dead_letters",
          "scheduled_tasks",
          "task_runs",
          "task_locks",
          "memories",
          "kg_nodes",
          "kg_edges",
        ]),
      )
    }),
  )
})

describe("migrations under concurrency and an unreachable server", () => {
  it.scopedLive("two processes starting at once migrate the database exactly once", () =>
    Effect.gen(function* () {
      const opts = yield* externalOptions
      const started = Effect.gen(function* () {
        const info = yield* Database.Database
        return info.migrated.length
      }).pipe(Effect.provide(Database.layer(opts)), Effect.scoped)
      const ran = yield* Effect.all([started, started, started], { concurrency: "unbounded" })
      // Exactly one start ran the migrations; the others waited and found nothing to do.
      expect([...ran].sort()).toEqual([0, 0, Object.keys(migrations).length])
      const recorded = yield* Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        return yield* sql<{ count: string }>`select count(*)::text as count from aico_migrations`
      }).pipe(Effect.provide(Database.layer(opts)), Effect.scoped)
      expect(recorded[0]?.count).toBe(String(Object.keys(migrations).length))
    }),
  )

  it.scopedLive("an unreachable database is a typed error naming it, without its password", () =>
    Effect.gen(function* () {
      const port = yield* freePort
      const result = yield* Effect.either(
        Layer.build(
          Database.layer({
            url: `postgres://aico:secret-password@127.0.0.1:${port}/aico`,
            embeddedDirectory: "",
            embeddedPort: 0,
            poolSize: 2,
            connectTimeoutMs: 2_000,
          }),
        ),
      )
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isLeft(result)) {
        expect(result.left._tag).toBe("DatabaseUnavailableError")
        expect(result.left.message).toContain(`127.0.0.1:${port}`)
        expect(result.left.message).not.toContain("secret-password")
      }
    }),
  )
})
