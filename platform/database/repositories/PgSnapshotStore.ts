/**
 * Actors' persisted snapshots in PostgreSQL (`actor_snapshots`, one row per address, the
 * JSON sealed with `ContentCipher` for `actor_snapshots/<address>`: an actor's context can
 * hold what the user said): the runtime's `SnapshotStore` on the data layer. The runtime speaks Promises,
 * so each call runs an Effect on the runtime captured when the store was made; a failure
 * rejects with the `RepositoryError` itself, whose message names the operation.
 */
import { SqlClient } from "@effect/sql"
import { Cause, Effect, Exit, Runtime } from "effect"
import type { SnapshotStore } from "../../../runtime/snapshot/SnapshotStore.js"
import { notJson } from "../../../schemas/data/Json.js"
import * as ContentCipher from "../../crypto/ContentCipher.js"
import { failsAs, RepositoryError } from "./RepositoryError.js"

const contextOf = (address: string) => `actor_snapshots/${address}`

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
    private readonly cipher: ContentCipher.ContentCipher.Service,
    private readonly runtime: Runtime.Runtime<never>,
  ) {}

  save(address: string, snapshot: unknown): Promise<void> {
    const reason = notJson(snapshot)
    if (reason !== undefined) {
      const cause = new SnapshotNotJsonError(address, reason)
      return Promise.reject(new RepositoryError({ operation: "save snapshot", cause }))
    }
    const sealed = this.cipher.seal(JSON.stringify(snapshot), contextOf(address))
    return this.run(
      this.sql`insert into actor_snapshots (id, snapshot, updated_at)
               values (${address}, ${sealed}, now())
               on conflict (id)
               do update set snapshot = excluded.snapshot, updated_at = excluded.updated_at`.pipe(
        Effect.asVoid,
        failsAs("save snapshot"),
      ),
    )
  }

  load(address: string): Promise<unknown> {
    return this.run(
      this.sql<{ readonly snapshot: Uint8Array }>`select snapshot from actor_snapshots
                                         where id = ${address}`.pipe(
        Effect.flatMap((rows): Effect.Effect<unknown, unknown> => {
          const row = rows[0]
          if (row === undefined) return Effect.void
          return this.cipher
            .open(row.snapshot, contextOf(address))
            .pipe(Effect.flatMap((json: string) => Effect.try((): unknown => JSON.parse(json))))
        }),
        failsAs("load snapshot"),
      ),
    )
  }

  remove(address: string): Promise<void> {
    return this.run(
      this.sql`delete from actor_snapshots where id = ${address}`.pipe(
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
export const make: Effect.Effect<
  SnapshotStore,
  never,
  SqlClient.SqlClient | ContentCipher.ContentCipher
> = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const cipher = yield* ContentCipher.ContentCipher
  const runtime = yield* Effect.runtime<never>()
  return new PgSnapshotStore(sql, cipher, runtime)
})
