/**
 * The first schema: people and their conversations, the runtime's snapshots and dead
 * letters, the scheduler's tasks, memories (the source of truth behind the semantic
 * index), and the knowledge graph.
 *
 * Knowledge-graph rows are bi-temporal: `valid_from`/`valid_until` say when a fact held in
 * the world, `created_at`/`expired_at` when the database believed it. A correction never
 * updates a fact in place: it expires the old row and inserts a new one, so "what did we
 * believe on day X about day Y" stays answerable.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `create table users (
    id uuid primary key,
    display_name text not null check (length(display_name) between 1 and 200),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table conversations (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    title text,
    started_at timestamptz not null default now(),
    last_message_at timestamptz
  )`,
  `create index conversations_by_user on conversations (user_id, started_at desc)`,
  `create table messages (
    id uuid primary key,
    conversation_id uuid not null references conversations (id) on delete cascade,
    seq bigint generated always as identity,
    role text not null check (role in ('user', 'assistant', 'system')),
    content text not null,
    metadata jsonb not null default '{}',
    created_at timestamptz not null default now()
  )`,
  `create index messages_by_conversation on messages (conversation_id, seq)`,
  `create table actor_snapshots (
    address text primary key,
    snapshot jsonb not null,
    updated_at timestamptz not null default now()
  )`,
  `create table dead_letters (
    id text primary key,
    recipient text not null,
    sender text not null,
    type text not null,
    reason text not null,
    attempts integer not null,
    failed_at timestamptz not null,
    envelope bytea not null
  )`,
  `create table scheduled_tasks (
    id uuid primary key,
    name text not null unique,
    kind text not null,
    schedule text not null,
    payload jsonb not null default '{}',
    enabled boolean not null default true,
    next_run_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index scheduled_tasks_due on scheduled_tasks (next_run_at) where enabled`,
  `create table task_runs (
    id uuid primary key,
    task_id uuid not null references scheduled_tasks (id) on delete cascade,
    status text not null check (status in ('running', 'succeeded', 'failed', 'cancelled')),
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    error text,
    output jsonb
  )`,
  `create index task_runs_by_task on task_runs (task_id, started_at desc)`,
  `create table task_locks (
    task_id uuid primary key references scheduled_tasks (id) on delete cascade,
    holder text not null,
    acquired_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  `create table memories (
    id uuid primary key,
    user_id uuid references users (id) on delete cascade,
    conversation_id uuid references conversations (id) on delete set null,
    kind text not null,
    content text not null,
    importance real not null default 0.5 check (importance between 0 and 1),
    metadata jsonb not null default '{}',
    created_at timestamptz not null default now()
  )`,
  `create index memories_by_user on memories (user_id, created_at desc)`,
  `create table kg_nodes (
    id uuid primary key,
    entity_id uuid not null,
    user_id uuid references users (id) on delete cascade,
    label text not null,
    name text not null,
    properties jsonb not null default '{}',
    valid_from timestamptz not null,
    valid_until timestamptz,
    created_at timestamptz not null default now(),
    expired_at timestamptz,
    check (valid_until is null or valid_until > valid_from),
    check (expired_at is null or expired_at >= created_at)
  )`,
  `create unique index kg_nodes_current on kg_nodes (entity_id) where expired_at is null`,
  `create index kg_nodes_by_name on kg_nodes (user_id, lower(name))`,
  `create table kg_edges (
    id uuid primary key,
    relation_id uuid not null,
    user_id uuid references users (id) on delete cascade,
    source_entity uuid not null,
    target_entity uuid not null,
    relation text not null,
    properties jsonb not null default '{}',
    confidence real not null default 1 check (confidence between 0 and 1),
    source_message_id uuid references messages (id) on delete set null,
    valid_from timestamptz not null,
    valid_until timestamptz,
    created_at timestamptz not null default now(),
    expired_at timestamptz,
    check (valid_until is null or valid_until > valid_from),
    check (expired_at is null or expired_at >= created_at)
  )`,
  `create unique index kg_edges_current on kg_edges (relation_id) where expired_at is null`,
  `create index kg_edges_by_source on kg_edges (source_entity) where expired_at is null`,
  `create index kg_edges_by_target on kg_edges (target_entity) where expired_at is null`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
