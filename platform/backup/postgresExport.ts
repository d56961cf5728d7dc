/**
 * Writing every AICO table to `postgres/<table>.jsonl` (one `row_to_json` per line) inside
 * one read-only repeatable-read transaction, so all tables, and the list of migrations,
 * come from one consistent snapshot.
 */
import { SqlClient } from "@effect/sql"
import { Effect, Stream } from "effect"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { storeFailed } from "./BackupError.js"
import { writeLines } from "./jsonLines.js"
import { type MigrationEntry, type TableEntry, tableFile } from "./Manifest.js"
import { migrationsTable, quote, tables } from "./schemaCatalog.js"

export interface PostgresExport {
  readonly migrations: ReadonlyArray<MigrationEntry>
  readonly tables: ReadonlyArray<TableEntry>
}

/** Exports into `staging` (the archive's root). */
export const exportTables = (staging: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* Effect.tryPromise({
      try: () => mkdir(join(staging, "postgres"), { recursive: true }),
      catch: storeFailed("file system", `creating ${join(staging, "postgres")}`),
    })
    return yield* sql.withTransaction(
      Effect.gen(function* () {
        // Must be the transaction's first statement.
        yield* sql.unsafe("set transaction isolation level repeatable read, read only")
        const migrations = yield* sql<MigrationEntry>`
          select migration_id as id, name from ${sql(migrationsTable)} order by migration_id`
        const entries: Array<TableEntry> = []
        for (const table of yield* tables) {
          const file = join(staging, tableFile(table.name))
          const rows = sql
            .unsafe<{ readonly row: string }>(
              `select row_to_json(t)::text as row from ${quote(table.name)} t`,
            )
            .stream.pipe(Stream.map(({ row }) => row))
          const count = yield* writeLines(file, rows).pipe(
            Effect.mapError(storeFailed("PostgreSQL", `exporting table ${table.name} to ${file}`)),
          )
          yield* Effect.logInfo(`backup: PostgreSQL table ${table.name}: ${count} rows`)
          entries.push({ name: table.name, rows: count, columns: table.columns })
        }
        return {
          migrations: migrations.map(({ id, name }) => ({ id: Number(id), name })),
          tables: entries,
        } satisfies PostgresExport
      }),
    )
  }).pipe(
    Effect.catchTag("SqlError", (error) =>
      Effect.fail(storeFailed("PostgreSQL", "reading the database snapshot")(error)),
    ),
  )
