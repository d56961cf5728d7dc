/**
 * The columns sealed with `ContentCipher`, listed once, and their sealed bytes for a key
 * rotation: a batch of rows is read in id order, locked, passed through `reseal`, and
 * written back in one transaction. A table added with a sealed column belongs in
 * `sealedTables` (the rotation's test checks that every `bytea` column is accounted for).
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, Option, Schema } from "effect"
import type { Resealed } from "../../crypto/reseal.js"
import { BigintColumn } from "../../../schemas/data/Json.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

/** Tables with a column sealed for `<table>/<id>`, in the order a rotation visits them. */
export const sealedTables = [
  "messages",
  "message_feedback",
  "memories",
  "goals",
  "initiatives",
  "actor_snapshots",
] as const
export type SealedTable = (typeof sealedTables)[number]

/** Each table's sealed column. */
export const sealedColumn: { readonly [T in SealedTable]: string } = {
  messages: "content",
  message_feedback: "content",
  memories: "content",
  goals: "title",
  initiatives: "text",
  actor_snapshots: "snapshot",
}

/**
 * `bytea` columns that hold no `ContentCipher` value: bus envelopes kept as sent, and device
 * secrets' SHA-256 hashes (no key involved).
 */
export const unsealedByteaColumns = ["dead_letters.envelope", "devices.secret_hash"] as const

export interface ResealBatch {
  /** The batch's last id: where the next one starts; none when the table is done. */
  readonly last: Option.Option<string>
  readonly seen: number
  readonly resealed: number
  /** `<table>/<id>` of rows neither key opens: left as they were. */
  readonly unreadable: ReadonlyArray<string>
}

export interface SealedContentRepository {
  readonly count: (table: SealedTable) => Effect.Effect<number, RepositoryError>
  /**
   * Up to `limit` rows after `afterId` (from the first when none), in one transaction: each
   * row's content is replaced by what `reseal` makes of it, given the row's context.
   */
  readonly resealBatch: (
    table: SealedTable,
    afterId: Option.Option<string>,
    limit: number,
    reseal: (sealed: Uint8Array, context: string) => Resealed,
  ) => Effect.Effect<ResealBatch, RepositoryError>
}

export const SealedContentRepository = Context.GenericTag<SealedContentRepository>(
  "aico/SealedContentRepository",
)

const SealedRow = Schema.Struct({ id: Schema.String, sealed: Schema.Uint8ArrayFromSelf })

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const page = (table: SealedTable) =>
    SqlSchema.findAll({
      Request: Schema.Struct({ afterId: Schema.NullOr(Schema.String), limit: Schema.Int }),
      Result: SealedRow,
      // Locked: nothing else may change a row between reading and re-sealing it.
      execute: ({ afterId, limit }) =>
        sql`select id::text as id, ${sql(sealedColumn[table])} as sealed from ${sql(table)}
            ${afterId === null ? sql`` : sql`where id > ${afterId}`}
            order by id limit ${limit} for update`,
    })
  const counted = (table: SealedTable) =>
    SqlSchema.single({
      Request: Schema.Void,
      Result: Schema.Struct({ count: BigintColumn }),
      execute: () => sql`select count(*) from ${sql(table)}`,
    })

  return SealedContentRepository.of({
    count: (table) =>
      counted(table)(undefined).pipe(
        Effect.map(({ count }) => count),
        failsAs(`count ${table}`),
      ),
    resealBatch: (table, afterId, limit, reseal) =>
      Effect.gen(function* () {
        const rows = yield* page(table)({ afterId: Option.getOrNull(afterId), limit })
        let resealed = 0
        const unreadable: Array<string> = []
        for (const row of rows) {
          const context = `${table}/${row.id}`
          const outcome = reseal(row.sealed, context)
          if (outcome._tag === "Resealed") {
            yield* sql`update ${sql(table)} set ${sql(sealedColumn[table])} = ${outcome.sealed}
                       where id = ${row.id}`
            resealed++
          } else if (outcome._tag === "Unreadable") unreadable.push(context)
        }
        const last = rows.at(-1)?.id
        return {
          last: rows.length < limit ? Option.none() : Option.fromNullable(last),
          seen: rows.length,
          resealed,
          unreadable,
        }
      }).pipe(sql.withTransaction, failsAs(`re-seal ${table}`)),
  })
})

export const layer = Layer.effect(SealedContentRepository, make)
