/** Which of AICO's migrations a database has, read from the Migrator's bookkeeping table. */
import { SqlClient } from "@effect/sql"
import { Effect, Schema } from "effect"
import { migrations } from "../../database/migrate.js"

const Applied = Schema.Struct({
  id: Schema.Number,
  name: Schema.String,
  appliedAt: Schema.Union(Schema.DateFromSelf, Schema.DateFromString),
})
export type Applied = typeof Applied.Type

const Found = Schema.Array(Schema.Struct({ found: Schema.Boolean }))

export interface MigrationStatus {
  readonly applied: ReadonlyArray<Applied>
  /** Every migration this AICO knows, as `[id, name]`. */
  readonly known: ReadonlyArray<readonly [number, string]>
  readonly pending: ReadonlyArray<readonly [number, string]>
}

/** `0001_initial` → `[1, "initial"]`. */
export const known: ReadonlyArray<readonly [number, string]> = Object.keys(migrations)
  .map((key) => {
    const at = key.indexOf("_")
    return [Number(key.slice(0, at)), key.slice(at + 1)] as const
  })
  .sort(([a], [b]) => a - b)

/** Status from the rows the database holds (none when it was never migrated). */
export const statusOf = (applied: ReadonlyArray<Applied>): MigrationStatus => ({
  applied,
  known,
  pending: known.filter(([id]) => !applied.some((row) => row.id === id)),
})

export const readStatus = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [exists] = yield* Schema.decodeUnknown(Found)(
    yield* sql`select to_regclass('public.aico_migrations') is not null as found`,
  )
  if (exists?.found !== true) return statusOf([])
  const rows = yield* sql`
    select migration_id as id, name, created_at as "appliedAt"
    from aico_migrations order by migration_id`
  return statusOf(yield* Schema.decodeUnknown(Schema.Array(Applied))(rows))
})
