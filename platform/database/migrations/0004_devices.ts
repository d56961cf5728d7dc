/**
 * Devices: per-device credentials for the gateway (a phone, a second laptop), each
 * belonging to a user and revoked by deleting its row. Only a SHA-256 hash of the secret
 * is kept: the secret is 32 random bytes, so a slow password hash would add nothing.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `create table devices (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    name text not null check (length(name) between 1 and 100),
    secret_hash bytea not null check (length(secret_hash) = 32),
    created_at timestamptz not null default now(),
    last_used_at timestamptz
  )`,
  `create index devices_by_user on devices (user_id)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
