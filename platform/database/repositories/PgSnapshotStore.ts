/**
 * Actors' persisted snapshots in PostgreSQL (`actor_snapshots`, one jsonb row per
 * address): the runtime's `SnapshotStore` on the data layer. The runtime speaks Promises,
 * so each call runs an Effect on the runtime captured when the store was made; a failure
 * rejects with the `RepositoryError` itself, whose message names the operation.
 */
import { SqlClient } from "@effect/sql"
import { Cause, Effect, Exit, Runtime } from "effect"
import type { SnapshotStore } from "../../../runtime/snapshot/SnapshotStore.js"
import { notJson } from "../../../schemas/data/Json.js"
import { failsAs, RepositoryError } from "./RepositoryError.js"

/** A snapshot that jsonb could not hold as given; nothing was written. */
export class SnapshotNotJsonError extends Error {
  constructor(
    readonly address: string,
    readonly reason: string,
  ) {
    super(`the snapshot of ${address} is not JSON: it holds ${reason}`)
    this.name = "SnapshotNotJsonError"
  }
}

export class PgSnapshotStore implements SnapshotStore {
  constructor(
    private readonly sql: SqlClient.SqlClient,
    private readonly runtime: Runtime.Runtime<never>,
  ) {}

  save(address: string, snapshot: unknown): Promise<void> {
    const reason = notJson(snapshot)
    if (reason !== undefined) {
      const cause = new SnapshotNotJsonError(address, reason)
      return Promise.reject(new RepositoryError({ operation: "save snapshot", cause }))
    }
    // Sent as text and cast: pg would turn a top-level array into a PostgreSQL array.
    const json = JSON.stringify(snapshot)
    return this.run(
      this.sql`insert into actor_snapshots (address, snapshot, updated_at)
               values (${address}, ${json}::jsonb, now())
               on conflict (address)
               do update set snapshot = excluded.snapshot, updated_at = excluded.updated_at`.pipe(
        Effect.asVoid,
        failsAs("save snapshot"),
      ),
    )
  }

  load(address: string): Promise<unknown> {
    return this.run(
      this.sql<{ snapshot: unknown }>`select snapshot from actor_snapshots
                                      where address = ${address}`.pipe(
        Effect.map((rows) => rows[0]?.snapshot),
        failsAs("load snapshot"),
      ),
    )
  }

  remove(address: string): Promise<void> {
    return this.run(
      this.sql`delete from actor_snapshots where address = ${address}`.pipe(
        Effect.asVoid,
        failsAs("remove snapshot"),
      ),
    )
  }

  private async run<A>(effect: Effect.Effect<A, RepositoryError>): Promise<A> {
    const exit = await Runtime.runPromiseExit(this.runtime, effect)
    if (Exit.isSuccess(exit)) return exit.value
    throw Cause.squash(exit.cause)
  }
}

/**
 * A store on the ambient `SqlClient`. Make it outside any transaction: the captured
 * runtime carries the fiber's context, a transaction's connection included.
 */
export const make: Effect.Effect<SnapshotStore, never, SqlClient.SqlClient> = Effect.gen(
  function* () {
    const sql = yield* SqlClient.SqlClient
    const runtime = yield* Effect.runtime<never>()
    return new PgSnapshotStore(sql, runtime)
  },
)
