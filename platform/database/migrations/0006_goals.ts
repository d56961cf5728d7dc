/**
 * Goals and their history. A goal's title is the user's own words, so it is sealed like
 * message content (`goals/<id>`); the history keeps every change with its time, never
 * rewritten.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `create table goals (
    id uuid primary key,
    user_id uuid references users (id) on delete cascade,
    title bytea not null,
    origin text not null check (origin in ('user_stated', 'inferred', 'self_generated')),
    status text not null check (status in ('proposed', 'active', 'done', 'dropped')),
    importance double precision not null check (importance between 0 and 1),
    emotional_salience double precision not null check (emotional_salience between 0 and 1),
    progress double precision not null check (progress between 0 and 1),
    due_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create table goal_events (
    id uuid primary key,
    goal_id uuid not null references goals (id) on delete cascade,
    change text not null,
    status text not null,
    progress double precision not null,
    at timestamptz not null
  )`,
  `create index goal_events_goal on goal_events (goal_id, at)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
