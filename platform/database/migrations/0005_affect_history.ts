/**
 * The companion's affect over time: one row per appraisal (or fading back to calm), so
 * its mood can be shown and explained later. Numbers and labels only, no content.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `create table affect_history (
    id bigint generated always as identity primary key,
    at timestamptz not null,
    valence double precision not null check (valence between -1 and 1),
    arousal double precision not null check (arousal between -1 and 1),
    dominance double precision not null check (dominance between -1 and 1),
    label text not null,
    intensity double precision not null check (intensity between 0 and 1),
    cause text not null
  )`,
  // One appraisal per moment and cause: a record written again after a restart is the same row.
  `create unique index affect_history_at on affect_history (at, cause)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
