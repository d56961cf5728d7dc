/**
 * `aico db status | migrate`: the migrations PostgreSQL has, those this AICO knows, and
 * those pending. The service migrates at every start; `migrate` does it without starting.
 */
import { Command } from "@effect/cli"
import { Console, Context, Effect, Layer } from "effect"
import { load } from "../../../config/load.js"
import type { Config } from "../../../schemas/Config.js"
import * as ServiceFiles from "../../service/ServiceFiles.js"
import { json, printJson } from "../options.js"
import { stdoutStyle } from "../output/ansi.js"
import { table } from "../output/table.js"
import { withProgress } from "../progress.js"
import type { MigrationStatus } from "./migrationStatus.js"

// Loaded on demand: PostgreSQL's client modules are heavy, and most commands need none.
const loadConnection = Effect.promise(() => import("./dbConnection.js"))
const loadStatus = Effect.promise(() => import("./migrationStatus.js"))

const label = ([id, name]: readonly [number, string]) => `${String(id).padStart(4, "0")}_${name}`

const describe = (target: string, status: MigrationStatus) => {
  const style = stdoutStyle()
  const applied =
    status.applied.length === 0
      ? "no migrations applied yet"
      : table(
          status.applied,
          [
            { header: "MIGRATION", cell: (row) => label([row.id, row.name]) },
            { header: "APPLIED", cell: (row) => row.appliedAt.toISOString() },
          ],
          style,
        )
  const target_ = status.known.at(-1)
  const summary =
    status.pending.length === 0
      ? style.green(`up to date (target ${target_ === undefined ? "-" : label(target_)})`)
      : style.yellow(
          `${status.pending.length} pending: ${status.pending.map(label).join(", ")} ` +
            "(aico db migrate, or the next aico start, applies them)",
        )
  return [`database ${target}`, applied, summary].join("\n")
}

const status = Command.make("status", { json }, ({ json: asJson }) =>
  Effect.gen(function* () {
    const { connect, isMissingDatabase } = yield* loadConnection
    const { readStatus, statusOf } = yield* loadStatus
    const connection = yield* connect(yield* load())
    const result = yield* readStatus.pipe(
      Effect.provide(connection.layer),
      // A cluster that never served AICO has no `aico` database yet: nothing is applied.
      Effect.catchIf(
        (error) => connection.embedded && isMissingDatabase(error),
        () => Effect.succeed(statusOf([])),
      ),
    )
    yield* Console.log(
      asJson
        ? printJson({
            target: connection.target,
            applied: result.applied.map((row) => ({
              ...row,
              appliedAt: row.appliedAt.toISOString(),
            })),
            known: result.known.map(label),
            pending: result.pending.map(label),
            upToDate: result.pending.length === 0,
          })
        : describe(connection.target, result),
    )
  }).pipe(Effect.scoped, withProgress),
).pipe(Command.withDescription("applied and pending migrations, and the target version"))

/** Migrates and returns what ran: through the running server, or a Database layer of its own. */
const runMigrations = (config: Config) =>
  Effect.gen(function* () {
    const running = (yield* ServiceFiles.inspect(config.node.dataDir))._tag === "Running"
    const { migrate } = yield* Effect.promise(() => import("../../database/migrate.js"))
    if (config.database.url !== "" || running) {
      const { connect } = yield* loadConnection
      const connection = yield* connect(config)
      return {
        target: connection.target,
        ran: yield* migrate.pipe(Effect.provide(connection.layer)),
      }
    }
    const Database = yield* Effect.promise(() => import("../../database/Database.js"))
    const context = yield* Layer.build(Database.layerFromConfig(config))
    const info = Context.get(context, Database.Database)
    return { target: info.target, ran: info.migrated }
  })

const migrateCommand = Command.make("migrate", {}, () =>
  Effect.gen(function* () {
    const { target, ran } = yield* runMigrations(yield* load())
    yield* Console.log(
      ran.length === 0
        ? `database ${target} is up to date`
        : `database ${target} migrated: ${ran.map(label).join(", ")}`,
    )
  }).pipe(Effect.scoped, withProgress),
).pipe(Command.withDescription("apply pending migrations now (the service does it at every start)"))

export const dbCommand = Command.make("db").pipe(
  Command.withDescription("AICO's PostgreSQL schema"),
  Command.withSubcommands([status, migrateCommand]),
)
