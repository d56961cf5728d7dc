/**
 * Actors' snapshots are sealed like message content: an actor's context can hold what the
 * user said (a conversation in progress, goals, questions). The table is rebuilt with the
 * address as `id` (so a key rotation walks it like the other sealed tables) and a sealed
 * `bytea`. Snapshots held before are dropped: a snapshot is resumable state, not data, and
 * an actor without one starts afresh.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `drop table actor_snapshots`,
  `create table actor_snapshots (
    id text primary key,
    snapshot bytea not null,
    updated_at timestamptz not null default now()
  )`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
