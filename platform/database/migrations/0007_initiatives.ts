/** Every initiative the companion took and how the user answered; the words sealed. */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `create table initiatives (
    id uuid primary key,
    user_id uuid references users (id) on delete cascade,
    kind text not null,
    text bytea not null,
    trigger text not null,
    sent_at timestamptz not null,
    outcome text check (outcome in ('replied', 'ignored', 'told_to_stop')),
    outcome_at timestamptz
  )`,
  `create index initiatives_sent_at on initiatives (sent_at)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
