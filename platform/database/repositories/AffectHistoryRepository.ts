/** The emotion actor's `AffectHistory` on PostgreSQL (`affect_history`). */
import { SqlClient } from "@effect/sql"
import { Effect, Layer, Schema } from "effect"
import {
  AffectHistory,
  AffectHistoryError,
  type AffectRecord,
} from "../../../actors/emotion/AffectHistory.js"
import { EmotionLabels } from "../../../actors/emotion/appraisal/Affect.js"

const Row = Schema.Struct({
  at: Schema.DateFromSelf,
  valence: Schema.Number,
  arousal: Schema.Number,
  dominance: Schema.Number,
  label: Schema.Literal(...EmotionLabels),
  intensity: Schema.Number,
  cause: Schema.String,
})
const decodeRows = Schema.decodeUnknown(Schema.Array(Row))

const failed = (operation: string) => (error: unknown) =>
  new AffectHistoryError({
    reason: `${operation}: ${error instanceof Error ? error.message : String(error)}`,
  })

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  return AffectHistory.of({
    record: (affect, cause) =>
      sql`insert into affect_history
            (at, valence, arousal, dominance, label, intensity, cause)
          values (${new Date(affect.at)}, ${affect.valence}, ${affect.arousal},
                  ${affect.dominance}, ${affect.label}, ${affect.intensity}, ${cause})
          on conflict (at, cause) do nothing`.pipe(
        Effect.asVoid,
        Effect.mapError(failed("recording an affect")),
      ),
    between: (from, to) =>
      sql`select at, valence, arousal, dominance, label, intensity, cause
          from affect_history
          where at between ${new Date(from)} and ${new Date(to)}
          order by at, id`.pipe(
        Effect.flatMap(decodeRows),
        Effect.map((rows) => rows.map((row): AffectRecord => ({ ...row, at: row.at.getTime() }))),
        Effect.mapError(failed("reading the affect history")),
      ),
  })
})

export const layer = Layer.effect(AffectHistory, make)
