/**
 * What the memory consolidator has done: one row per conversation and working-memory
 * position consolidated, written in the same transaction as the unit's facts and summary,
 * so a unit is either wholly done (and never redone) or not at all.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `create table consolidated_units (
    conversation_id text not null,
    upto_entry text not null,
    summary_id uuid,
    facts integer not null default 0,
    at timestamptz not null default now(),
    primary key (conversation_id, upto_entry)
  )`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
