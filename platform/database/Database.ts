/**
 * AICO's PostgreSQL as Effect services: `SqlClient`/`PgClient` for queries, `Database` for
 * what it is connected to. With `database.url` empty the layer starts AICO's own server in
 * the data directory and stops it when the layer's scope closes; otherwise it connects to
 * the given server. Either way the schema is migrated before the layer is ready, so no
 * work reaches a database with an old schema.
 */
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Reactivity } from "@effect/experimental"
import { Context, Duration, Effect, Layer, Redacted, String as Str } from "effect"
import { join } from "node:path"
import pg from "pg"
import type { Config } from "../../schemas/Config.js"
import {
  DatabaseUnavailableError,
  type EmbeddedPostgresError,
  type MigrationFailedError,
} from "./DatabaseError.js"
import * as EmbeddedPostgres from "./EmbeddedPostgres.js"
import { migrate } from "./migrate.js"

export interface DatabaseInfo {
  /** Where AICO is connected, without the password. */
  readonly target: string
  readonly embedded: boolean
  /** Migrations this start ran, as `[id, name]`. */
  readonly migrated: ReadonlyArray<readonly [number, string]>
}

export class Database extends Context.Tag("aico/Database")<Database, DatabaseInfo>() {}

export type DatabaseError = EmbeddedPostgresError | DatabaseUnavailableError | MigrationFailedError

export interface DatabaseOptions {
  /** "" runs the embedded server in `embeddedDirectory`. */
  readonly url: string
  readonly embeddedDirectory: string
  readonly embeddedPort: number
  readonly poolSize: number
  readonly connectTimeoutMs: number
}

/** A URL with its password replaced, for messages and logs. */
export const redactUrl = (url: string) => {
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(an unparseable URL)"
  }
}

interface Connection {
  readonly client: PgClient.PgClientConfig
  readonly target: string
  readonly embedded: boolean
}

/** The embedded cluster ships with only its maintenance database; AICO's is made once. */
const ensureDatabase = (server: EmbeddedPostgres.EmbeddedPostgres) =>
  Effect.tryPromise({
    try: async () => {
      const client = new pg.Client({
        host: server.host,
        port: server.port,
        user: server.user,
        password: Redacted.value(server.password),
        database: "postgres",
      })
      await client.connect()
      try {
        const found = await client.query("select 1 from pg_database where datname = $1", [
          server.database,
        ])
        if (found.rowCount === 0) {
          await client.query(`create database ${client.escapeIdentifier(server.database)}`)
        }
      } finally {
        await client.end()
      }
    },
    catch: (cause) =>
      new DatabaseUnavailableError({ target: `embedded ${server.dataDirectory}`, cause }),
  })

const connection = (options: DatabaseOptions) =>
  Effect.gen(function* () {
    const timing = {
      connectTimeout: Duration.millis(options.connectTimeoutMs),
      maxConnections: options.poolSize,
    }
    if (options.url !== "") {
      return {
        client: { url: Redacted.make(options.url), ...timing },
        target: redactUrl(options.url),
        embedded: false,
      } satisfies Connection
    }
    const server = yield* EmbeddedPostgres.start({
      directory: options.embeddedDirectory,
      port: options.embeddedPort,
    })
    yield* ensureDatabase(server)
    return {
      client: {
        host: server.host,
        port: server.port,
        username: server.user,
        password: server.password,
        database: server.database,
        ...timing,
      },
      target: `embedded ${server.dataDirectory} (127.0.0.1:${server.port})`,
      embedded: true,
    } satisfies Connection
  })

const client = (connection: Connection) =>
  PgClient.make({
    ...connection.client,
    applicationName: "aico",
    // Rows come back in camelCase, queries name columns in camelCase.
    transformResultNames: Str.snakeToCamel,
    transformQueryNames: Str.camelToSnake,
    // Only column names: the keys inside json values are data (snapshots, metadata).
    transformJson: false,
  }).pipe(
    Effect.mapError((cause) => new DatabaseUnavailableError({ target: connection.target, cause })),
  )

/** PostgreSQL, connected and migrated, for the life of the layer. */
export const layer = (
  options: DatabaseOptions,
): Layer.Layer<Database | PgClient.PgClient | SqlClient.SqlClient, DatabaseError> =>
  Layer.unwrapScoped(
    Effect.gen(function* () {
      const conn = yield* connection(options)
      const pgClient = yield* client(conn).pipe(Effect.provide(Reactivity.layer))
      const context = Context.make(PgClient.PgClient, pgClient).pipe(
        Context.add(SqlClient.SqlClient, pgClient),
      )
      const migrated = yield* migrate.pipe(Effect.provide(context))
      if (migrated.length > 0) {
        yield* Effect.logInfo(
          `database migrated: ${migrated.map(([id, name]) => `${id}_${name}`).join(", ")}`,
        )
      }
      return Layer.succeedContext(
        context.pipe(
          Context.add(Database, { target: conn.target, embedded: conn.embedded, migrated }),
        ),
      )
    }),
  )

/** The options AICO's configuration gives. */
export const optionsFromConfig = (config: Config): DatabaseOptions => ({
  url: config.database.url,
  embeddedDirectory: join(config.node.dataDir, "postgres"),
  embeddedPort: config.database.embeddedPort,
  poolSize: config.database.poolSize,
  connectTimeoutMs: config.database.connectTimeoutMs,
})

export const layerFromConfig = (config: Config) => layer(optionsFromConfig(config))
