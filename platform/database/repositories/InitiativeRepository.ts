/** The initiative manager's `InitiativeStore` on PostgreSQL (`initiatives`), words sealed. */
import { SqlClient } from "@effect/sql"
import { Effect, Layer, Schema } from "effect"
import {
  type InitiativeRecord,
  InitiativeStore,
  InitiativeStoreError,
} from "../../../actors/initiative/InitiativeStore.js"
import { Outcome } from "../../../schemas/messages/initiative.js"
import { ContentCipher } from "../../crypto/ContentCipher.js"

const Row = Schema.Struct({
  id: Schema.UUID,
  userId: Schema.NullOr(Schema.UUID),
  kind: Schema.String,
  text: Schema.Uint8ArrayFromSelf,
  trigger: Schema.String,
  sentAt: Schema.DateFromSelf,
  outcome: Schema.NullOr(Outcome),
  outcomeAt: Schema.NullOr(Schema.DateFromSelf),
})

const failed = (operation: string) => (error: unknown) =>
  new InitiativeStoreError({
    reason: `${operation}: ${error instanceof Error ? error.message : String(error)}`,
  })

const contextOf = (id: string) => `initiatives/${id}`

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const cipher = yield* ContentCipher
  return InitiativeStore.of({
    recordSent: (initiative) =>
      sql`insert into initiatives (id, user_id, kind, text, trigger, sent_at)
          values (${initiative.id}, ${initiative.userId === "" ? null : initiative.userId},
                  ${initiative.kind}, ${cipher.seal(initiative.text, contextOf(initiative.id))},
                  ${initiative.trigger}, ${new Date(initiative.sentAt)})
          on conflict (id) do nothing`.pipe(
        Effect.asVoid,
        Effect.mapError(failed(`recording initiative ${initiative.id}`)),
      ),
    recordOutcome: (id, outcome, at) =>
      sql`update initiatives set outcome = ${outcome}, outcome_at = ${new Date(at)}
          where id = ${id} and outcome is null`.pipe(
        Effect.asVoid,
        Effect.mapError(failed(`recording the outcome of initiative ${id}`)),
      ),
    list: () =>
      sql`select id, user_id, kind, text, trigger, sent_at, outcome, outcome_at
          from initiatives order by sent_at, id`.pipe(
        Effect.flatMap(Schema.decodeUnknown(Schema.Array(Row))),
        Effect.flatMap((rows) =>
          Effect.forEach(rows, (row) =>
            cipher.open(row.text, contextOf(row.id)).pipe(
              Effect.map((text): InitiativeRecord => ({
                id: row.id,
                userId: row.userId ?? "",
                kind: row.kind,
                text,
                trigger: row.trigger,
                sentAt: row.sentAt.getTime(),
                outcome: row.outcome ?? undefined,
                outcomeAt: row.outcomeAt?.getTime(),
              })),
            ),
          ),
        ),
        Effect.mapError(failed("listing initiatives")),
      ),
  })
})

export const layer = Layer.effect(InitiativeStore, make)
