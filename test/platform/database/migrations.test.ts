import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as Database from "../../../platform/database/Database.js"
import { migrations } from "../../../platform/database/migrate.js"
import { databaseKinds } from "../../support/postgres.js"

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
