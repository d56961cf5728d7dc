/**
 * Thumbs up or down on a message (`conversation.feedback`): one rating per message, the
 * latest winning. The optional comment is what the person wrote, so it is sealed like any
 * other content (`content`, sealed for `message_feedback/<id>`; an empty comment is sealed
 * too, so every row reads the same way and a key rotation treats the table like the others).
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `create table message_feedback (
    id uuid primary key,
    message_id uuid not null unique references messages (id) on delete cascade,
    user_id uuid references users (id) on delete set null,
    rating text not null check (rating in ('up', 'down')),
    content bytea not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
