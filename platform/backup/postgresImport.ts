/**
 * Filling a freshly migrated database from `postgres/<table>.jsonl`, parents before
 * children, in chunks of `json_populate_recordset`, then moving identity sequences past the
 * restored values. Runs in the caller's transaction, so a failure leaves no row behind.
 */
import { SqlClient } from "@effect/sql"
import { Effect, Stream } from "effect"
import { join } from "node:path"
import { Database } from "../database/Database.js"
import {
  BackupArchiveError,
  BackupManifestInvalid,
  RestoreTargetNotEmpty,
  storeFailed,
} from "./BackupError.js"
import { readLines } from "./jsonLines.js"
import { type Manifest, tableFile } from "./Manifest.js"
import { identityColumns, quote, tables } from "./schemaCatalog.js"

const chunkSize = 500

/** Refuses a database whose AICO tables hold rows, and a backup whose tables it lacks. */
const checkTarget = (manifest: Manifest, archive: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { target } = yield* Database
    const schema = yield* tables
    const known = new Map(schema.map((table) => [table.name, new Set(table.columns)]))
    for (const entry of manifest.tables) {
      const columns = known.get(entry.name)
      const missing = entry.columns.filter((column) => !columns?.has(column))
      if (columns === undefined || missing.length > 0) {
        return yield* new BackupManifestInvalid({
          archive,
          reason:
            columns === undefined
              ? `it holds table ${entry.name}, which this AICO's schema does not have`
              : `table ${entry.name} has columns this AICO's schema does not have: ${missing.join(", ")}`,
        })
      }
    }
    for (const table of schema) {
      const [found] = yield* sql.unsafe<{ readonly used: boolean }>(
        `select exists (select 1 from ${quote(table.name)}) as used`,
      )
      if (found?.used === true) {
        return yield* new RestoreTargetNotEmpty({
          target: `database ${target}`,
          reason: `table ${table.name} already has rows`,
        })
      }
    }
    return schema
  })

/** Inserts every table of the backup; the caller's transaction makes it all or nothing. */
export const importTables = (staging: string, manifest: Manifest, archive: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const schema = yield* checkTarget(manifest, archive)
    const entries = new Map(manifest.tables.map((entry) => [entry.name, entry]))
    for (const { name } of schema) {
      const entry = entries.get(name)
      if (entry === undefined) continue
      const file = join(staging, tableFile(name))
      // Only the backed-up columns: one a later migration added keeps its default.
      const columns = entry.columns.map(quote).join(", ")
      const statement =
        `insert into ${quote(name)} (${columns}) overriding system value ` +
        `select ${columns} from json_populate_recordset(null::${quote(name)}, $1::json)`
      let inserted = 0
      yield* readLines(file, chunkSize).pipe(
        Stream.mapError(storeFailed("file system", `reading ${tableFile(name)} of ${archive}`)),
        Stream.runForEach((lines) =>
          sql
            .unsafe(statement, [`[${lines.join(",")}]`])
            .pipe(
              Effect.mapError(
                storeFailed(
                  "PostgreSQL",
                  `restoring table ${name} from ${tableFile(name)} of ${archive}`,
                ),
              ),
              Effect.zipLeft(Effect.sync(() => (inserted += lines.length))),
            ),
        ),
      )
      if (inserted !== entry.rows) {
        return yield* new BackupArchiveError({
          archive,
          operation: "read",
          reason: `${tableFile(name)} has ${inserted} rows but the manifest lists ${entry.rows}`,
        })
      }
      yield* Effect.logInfo(`restore: PostgreSQL table ${name}: ${inserted} rows`)
    }
    for (const { column, table } of yield* identityColumns) {
      yield* sql.unsafe(
        `select setval(pg_get_serial_sequence($1, $2), coalesce(max(${quote(column)}), 1), max(${quote(column)}) is not null) from ${quote(table)}`,
        [quote(table), column],
      )
    }
  }).pipe(
    Effect.catchTag("SqlError", (error) =>
      Effect.fail(storeFailed("PostgreSQL", "checking the target database")(error)),
    ),
  )
