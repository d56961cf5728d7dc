/**
 * Reaching AICO's PostgreSQL from the CLI without migrating it: the server `database.url`
 * names; else the embedded server of the running service (its port from postmaster.pid,
 * its password beside the cluster); else the embedded server started here for the command.
 */
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Reactivity } from "@effect/experimental"
import { Data, Duration, Effect, Layer, Redacted, Schema } from "effect"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import type { Config } from "../../../schemas/Config.js"
import { DatabaseUnavailableError } from "../../database/DatabaseError.js"
import { optionsFromConfig, redactUrl } from "../../database/Database.js"
import * as EmbeddedPostgres from "../../database/EmbeddedPostgres.js"
import * as ServiceFiles from "../../service/ServiceFiles.js"

export class ClusterUnreadable extends Data.TaggedError("ClusterUnreadable")<{
  readonly directory: string
  readonly reason: string
}> {
  override get message() {
    return `the running service's PostgreSQL in ${this.directory}: ${this.reason}`
  }
}

/** postmaster.pid: pid, data directory, start time, port, … one per line. */
const PostmasterPort = Schema.transform(
  Schema.String,
  Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 65_535)),
  { strict: true, decode: (text) => text.split("\n")[3]?.trim() ?? "", encode: (port) => port },
)

export interface Connection {
  readonly target: string
  readonly embedded: boolean
  readonly running: boolean
  readonly layer: Layer.Layer<SqlClient.SqlClient, DatabaseUnavailableError>
}

const clientLayer = (config: PgClient.PgClientConfig, target: string) =>
  Layer.scoped(
    SqlClient.SqlClient,
    PgClient.make({ ...config, applicationName: "aico-cli" }).pipe(
      Effect.mapError((cause) => new DatabaseUnavailableError({ target, cause })),
    ),
  ).pipe(Layer.provide(Reactivity.layer))

const readText = (file: string, directory: string) =>
  Effect.tryPromise({
    try: () => readFile(file, "utf8"),
    catch: (cause) =>
      new ClusterUnreadable({ directory, reason: `cannot read ${file}: ${String(cause)}` }),
  })

const embeddedClient = (
  directory: string,
  port: number,
  password: Redacted.Redacted<string>,
  timeoutMs: number,
) =>
  clientLayer(
    {
      host: "127.0.0.1",
      port,
      username: "aico",
      password,
      database: "aico",
      connectTimeout: Duration.millis(timeoutMs),
    },
    `embedded ${join(directory, "data")} (127.0.0.1:${port})`,
  )

/** How this command reaches the database; scoped, since it may start the embedded server. */
export const connect = (config: Config) =>
  Effect.gen(function* () {
    const options = optionsFromConfig(config)
    if (options.url !== "") {
      const target = redactUrl(options.url)
      return {
        target,
        embedded: false,
        running: false,
        layer: clientLayer(
          {
            url: Redacted.make(options.url),
            connectTimeout: Duration.millis(options.connectTimeoutMs),
          },
          target,
        ),
      } satisfies Connection
    }
    const directory = options.embeddedDirectory
    const state = yield* ServiceFiles.inspect(config.node.dataDir)
    if (state._tag === "Running") {
      const postmaster = yield* readText(join(directory, "data", "postmaster.pid"), directory)
      const port = yield* Schema.decode(PostmasterPort)(postmaster).pipe(
        Effect.mapError(
          () => new ClusterUnreadable({ directory, reason: "postmaster.pid names no port" }),
        ),
      )
      const password = Redacted.make(
        (yield* readText(join(directory, "password"), directory)).trim(),
      )
      return {
        target: `embedded ${join(directory, "data")} (127.0.0.1:${port}, the running service's)`,
        embedded: true,
        running: true,
        layer: embeddedClient(directory, port, password, options.connectTimeoutMs),
      } satisfies Connection
    }
    const server = yield* EmbeddedPostgres.start({ directory, port: options.embeddedPort })
    return {
      target: `embedded ${server.dataDirectory} (127.0.0.1:${server.port}, started for this command)`,
      embedded: true,
      running: false,
      layer: embeddedClient(directory, server.port, server.password, options.connectTimeoutMs),
    } satisfies Connection
  })

/** PostgreSQL's "database does not exist" (SQLSTATE 3D000), anywhere in a cause chain. */
export const isMissingDatabase = (cause: unknown): boolean => {
  for (
    let at: unknown = cause, depth = 0;
    typeof at === "object" && at !== null && depth < 8;
    depth++
  ) {
    if (Reflect.get(at, "code") === "3D000") return true
    at = Reflect.get(at, "cause")
  }
  return false
}
