/**
 * AICO's tables as PostgreSQL's catalog describes them: which exist, their columns, the
 * order foreign keys allow them to be filled in, and their identity columns. Read from the
 * catalog rather than listed by hand, so a new migration's tables are backed up too.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

/** The Migrator's bookkeeping: recreated by migrations on restore, not restored as data. */
export const migrationsTable = "aico_migrations"

export interface Table {
  readonly name: string
  readonly columns: ReadonlyArray<string>
}

/** A double-quoted identifier. */
export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Parents before children; ties (and cycles, which foreign keys here never form) by name. */
export const foreignKeyOrder = (
  names: ReadonlyArray<string>,
  edges: ReadonlyArray<{ readonly child: string; readonly parent: string }>,
): ReadonlyArray<string> => {
  const pending = new Set([...names].sort())
  const parents = new Map<string, Set<string>>()
  for (const { child, parent } of edges) {
    if (child === parent || !pending.has(child) || !pending.has(parent)) continue
    parents.set(child, (parents.get(child) ?? new Set()).add(parent))
  }
  const order: Array<string> = []
  while (pending.size > 0) {
    const ready = [...pending].find((name) =>
      [...(parents.get(name) ?? [])].every((parent) => !pending.has(parent)),
    )
    const next = ready ?? [...pending][0]!
    pending.delete(next)
    order.push(next)
  }
  return order
}

/** Every AICO table in the current schema, in foreign-key order. */
export const tables = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const columns = yield* sql<{ readonly table: string; readonly column: string }>`
    select c.table_name as table, c.column_name as column
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.table_name <> ${migrationsTable}
    order by c.table_name, c.ordinal_position`
  const edges = yield* sql<{ readonly child: string; readonly parent: string }>`
    select child.relname as child, parent.relname as parent
    from pg_constraint k
    join pg_class child on child.oid = k.conrelid
    join pg_class parent on parent.oid = k.confrelid
    join pg_namespace n on n.oid = child.relnamespace
    where k.contype = 'f' and n.nspname = current_schema()`
  const byTable = new Map<string, Array<string>>()
  for (const { column, table } of columns)
    byTable.set(table, [...(byTable.get(table) ?? []), column])
  return foreignKeyOrder([...byTable.keys()], edges).map((name): Table => ({
    name,
    columns: byTable.get(name) ?? [],
  }))
})

/** `[table, column]` of every identity column in the current schema. */
export const identityColumns = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  return yield* sql<{ readonly table: string; readonly column: string }>`
    select table_name as table, column_name as column
    from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`
})
