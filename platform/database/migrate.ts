/**
 * Bringing the schema up to date before the service accepts work. Several AICO processes
 * may start against one database at once: a transaction-scoped advisory lock lets one
 * migrate while the others wait, then find nothing left to do. (The Migrator's own table
 * lock comes too late: two processes can both try to create its bookkeeping table.)
 */
import { Migrator, SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { MigrationFailedError } from "./DatabaseError.js"
import initial from "./migrations/0001_initial.js"
import encryptedContent from "./migrations/0002_encrypted_content.js"
import feedback from "./migrations/0003_feedback.js"
import devices from "./migrations/0004_devices.js"
import affectHistory from "./migrations/0005_affect_history.js"
import goals from "./migrations/0006_goals.js"
import initiatives from "./migrations/0007_initiatives.js"
import consolidation from "./migrations/0008_consolidation.js"
import sealedSnapshots from "./migrations/0009_sealed_snapshots.js"

/** Every migration, by `<id>_<name>`; ids only ever grow. */
export const migrations = {
  "0001_initial": initial,
  "0002_encrypted_content": encryptedContent,
  "0003_feedback": feedback,
  "0004_devices": devices,
  "0005_affect_history": affectHistory,
  "0006_goals": goals,
  "0007_initiatives": initiatives,
  "0008_consolidation": consolidation,
  "0009_sealed_snapshots": sealedSnapshots,
}

/** An arbitrary constant naming AICO's migration lock among advisory locks. */
const migrationLock = 0x41_49_43_4f // "AICO"

const table = "aico_migrations"

/**
 * The Migrator's bookkeeping table, as it would create it. Made here first because its own
 * "does it exist" probe is a failing statement, which would abort our locking transaction.
 */
const bookkeepingTable = `create table if not exists ${table} (
  migration_id integer primary key,
  created_at timestamp with time zone not null default now(),
  name text not null
)`

const runMigrator = Migrator.make({})({
  loader: Migrator.fromRecord(migrations),
  table,
})

/** Runs pending migrations; returns those it ran as `[id, name]`. */
export const migrate = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  return yield* sql
    .withTransaction(
      sql`select pg_advisory_xact_lock(${migrationLock})`.pipe(
        Effect.zipRight(sql.unsafe(bookkeepingTable)),
        Effect.zipRight(runMigrator),
      ),
    )
    .pipe(Effect.mapError((cause) => new MigrationFailedError({ cause })))
}).pipe(Effect.catchAllDefect((cause) => Effect.fail(new MigrationFailedError({ cause }))))
