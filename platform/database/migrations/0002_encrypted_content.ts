/**
 * Message and memory contents are stored sealed (AES-256-GCM, `platform/crypto/ContentCipher.ts`),
 * as `bytea`: the repositories seal on write and open on read, with `<table>/<id>` as the
 * associated data.
 *
 * No data is converted: AICO has no users yet, so no database holds content worth keeping,
 * and a migration cannot encrypt anyway (it has no key). The plaintext columns are dropped
 * and sealed ones take their place; a database that has rows refuses this migration (the
 * new column is `not null` without a default) rather than silently losing what it held.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

const statements = [
  `alter table messages drop column content`,
  `alter table messages add column content bytea not null`,
  `alter table memories drop column content`,
  `alter table memories add column content bytea not null`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
