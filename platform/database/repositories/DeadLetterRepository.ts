/**
 * The runtime's dead letters in PostgreSQL (`dead_letters`): kept until someone inspects
 * or replays them. `put` replaces a letter with the same id, like the journal's store.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, type Option, Schema } from "effect"
import { DeadLetter } from "../../../runtime/journal/DeadLetterStore.js"
import { DeadLetterFromRow } from "../../../schemas/data/DeadLetter.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface DeadLetterRepository {
  readonly put: (letter: DeadLetter) => Effect.Effect<void, RepositoryError>
  /** Every dead letter, oldest failure first. */
  readonly list: () => Effect.Effect<ReadonlyArray<DeadLetter>, RepositoryError>
  readonly get: (id: string) => Effect.Effect<Option.Option<DeadLetter>, RepositoryError>
  /** True when there was such a letter. */
  readonly remove: (id: string) => Effect.Effect<boolean, RepositoryError>
}

export const DeadLetterRepository = Context.GenericTag<DeadLetterRepository>(
  "aico/DeadLetterRepository",
)

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const upsert = SqlSchema.void({
    Request: DeadLetterFromRow,
    execute: (row) =>
      sql`insert into dead_letters ${sql.insert(row)}
          on conflict (id) do update set
            recipient = excluded.recipient, sender = excluded.sender, type = excluded.type,
            reason = excluded.reason, attempts = excluded.attempts,
            failed_at = excluded.failed_at, envelope = excluded.envelope`,
  })
  const all = SqlSchema.findAll({
    Request: Schema.Void,
    Result: DeadLetterFromRow,
    execute: () => sql`select * from dead_letters order by failed_at, id`,
  })
  const byId = SqlSchema.findOne({
    Request: Schema.String,
    Result: DeadLetterFromRow,
    execute: (id) => sql`select * from dead_letters where id = ${id}`,
  })
  const deleted = SqlSchema.findAll({
    Request: Schema.String,
    Result: Schema.Struct({ id: Schema.String }),
    execute: (id) => sql`delete from dead_letters where id = ${id} returning id`,
  })

  return DeadLetterRepository.of({
    put: (letter) =>
      Schema.decodeUnknown(DeadLetter)(letter).pipe(
        Effect.flatMap(upsert),
        failsAs("put dead letter"),
      ),
    list: () => all(undefined).pipe(failsAs("list dead letters")),
    get: (id) => byId(id).pipe(failsAs("get dead letter")),
    remove: (id) =>
      deleted(id).pipe(
        Effect.map((rows) => rows.length > 0),
        failsAs("remove dead letter"),
      ),
  })
})

export const layer = Layer.effect(DeadLetterRepository, make)
