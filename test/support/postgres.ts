/**
 * Real PostgreSQL servers for tests: AICO's embedded one on a temp data directory, and
 * the PostgreSQL already running on this machine (127.0.0.1:5432, trust auth; override with
 * AICO_TEST_EXTERNAL_PG) with a fresh database per use, dropped afterwards.
 */
import { Effect } from "effect"
import { randomBytes } from "node:crypto"
import pg from "pg"
import type { DatabaseOptions } from "../../platform/database/Database.js"
import { tempDir } from "./nodes.js"

export const externalServer =
  process.env["AICO_TEST_EXTERNAL_PG"] ?? "postgres://postgres@127.0.0.1:5432"

const admin = <A>(work: (client: pg.Client) => Promise<A>) =>
  Effect.tryPromise({
    try: async () => {
      const client = new pg.Client({ connectionString: `${externalServer}/postgres` })
      await client.connect()
      try {
        return await work(client)
      } finally {
        await client.end()
      }
    },
    catch: (cause) =>
      new Error(
        `the external PostgreSQL at ${externalServer} is needed for this test and is not reachable: ${String(cause)}`,
      ),
  })

/** A fresh, empty database on the external server, dropped when the scope closes. */
export const externalDatabaseUrl = Effect.acquireRelease(
  Effect.gen(function* () {
    const name = `aico_test_${randomBytes(6).toString("hex")}`
    yield* admin((client) => client.query(`create database ${name}`))
    return { name, url: `${externalServer}/${name}` }
  }),
  ({ name }) =>
    admin((client) => client.query(`drop database if exists ${name} with (force)`)).pipe(
      Effect.ignore,
    ),
).pipe(Effect.map(({ url }) => url))

const defaults = { embeddedPort: 0, poolSize: 4, connectTimeoutMs: 10_000 }

/** Database options for the embedded server in a fresh temp data directory. */
export const embeddedOptions = Effect.gen(function* () {
  const dir = yield* tempDir("aico-pg-")
  return { url: "", embeddedDirectory: `${dir}/postgres`, ...defaults } satisfies DatabaseOptions
})

/** Database options for a fresh database on the external server. */
export const externalOptions = Effect.gen(function* () {
  const url = yield* externalDatabaseUrl
  return { url, embeddedDirectory: "", ...defaults } satisfies DatabaseOptions
})

/** The two kinds of PostgreSQL every database suite runs against. */
export const databaseKinds = [
  { kind: "embedded PostgreSQL 18", options: embeddedOptions },
  { kind: "external PostgreSQL", options: externalOptions },
] as const
