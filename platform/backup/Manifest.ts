/**
 * `manifest.json`, the first file of a backup archive: what the archive holds and which
 * schema its rows were written under. A restore decodes it before touching anything.
 */
import { Schema } from "effect"

/** The archive layout this code writes and reads. */
export const formatVersion = 1

const NonNegativeInt = Schema.Int.pipe(Schema.nonNegative())

/** A table or column name as PostgreSQL reports it for AICO's schema. */
export const SqlName = Schema.String.pipe(Schema.pattern(/^[a-z_][a-z0-9_]{0,62}$/))

export const TableEntry = Schema.Struct({
  name: SqlName,
  rows: NonNegativeInt,
  /** The columns each row of `postgres/<name>.jsonl` carries. */
  columns: Schema.Array(SqlName),
})
export type TableEntry = typeof TableEntry.Type

export const MigrationEntry = Schema.Struct({
  id: Schema.Int.pipe(Schema.positive()),
  name: Schema.String,
})
export type MigrationEntry = typeof MigrationEntry.Type

export const Manifest = Schema.Struct({
  formatVersion: Schema.Literal(formatVersion),
  createdAt: Schema.DateFromString,
  /** Migrations applied to the backed-up database, oldest first. */
  migrations: Schema.Array(MigrationEntry),
  /** Every AICO table, in foreign-key order (parents first). */
  tables: Schema.Array(TableEntry),
  vectors: Schema.Struct({
    collection: Schema.String,
    count: NonNegativeInt,
    /** null when the collection is empty. */
    dimension: Schema.NullOr(Schema.Int.pipe(Schema.positive())),
  }),
  workingMemory: Schema.Struct({ included: Schema.Boolean }),
})
export type Manifest = typeof Manifest.Type

/** Files in the archive, relative to its root. */
export const manifestFile = "manifest.json"
export const tableFile = (table: string) => `postgres/${table}.jsonl`
export const vectorFile = "chroma/records.jsonl"
export const workingMemoryDir = "working-memory"
export const workingMemoryFile = `${workingMemoryDir}/data.mdb`
