/**
 * The `aico` command line (`npm run aico -- <command>`): backup and restore of the data
 * directory, and the master password's life cycle. Exit codes: 0 done, 1 the command
 * failed, 2 bad arguments, 78 a configuration error (as `aico start`).
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Logger, LogLevel } from "effect"
import { ConfigError } from "../../config/ConfigError.js"
import { load } from "../../config/load.js"
import { backup, restore } from "../backup/Backup.js"
import { startupKey } from "../security/startupKey.js"
import { type CliCommand, parse, usage, UsageError } from "./CliCommand.js"
import { runSecurity } from "./security/runSecurity.js"
import { parseOptions, securityUsage } from "./security/SecurityCommand.js"

/** Progress lines as plain text; the stores' debug chatter stays out. */
const progress = Logger.make(({ logLevel, message }) => {
  const text = (Array.isArray(message) ? message : [message]).map(String).join(" ")
  const line = logLevel._tag === "Info" ? text : `${logLevel.label.toLowerCase()}: ${text}`
  globalThis.console.error(line)
})

const run = (command: CliCommand) =>
  Effect.gen(function* () {
    if (command._tag === "help") return yield* Console.log(usage)
    const config = yield* load()
    if (command._tag === "security") {
      const options = parseOptions(command.args)
      if (typeof options === "string") {
        return yield* new UsageError({ problem: options, usage: securityUsage })
      }
      return yield* runSecurity(command.action, options, config)
    }
    if (command._tag === "backup") {
      const { archive, manifest } = yield* backup(
        config,
        command.archive,
        yield* startupKey(config),
      )
      const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
      yield* Console.log(
        `backup written to ${archive}: ${rows} rows, ${manifest.vectors.count} vectors, ` +
          `working memory ${manifest.workingMemory.included ? "included" : "absent"}`,
      )
    } else {
      const { dataDir } = yield* restore(config, command.archive)
      yield* Console.log(`restored ${command.archive} into ${dataDir}`)
    }
  })

const exitWith = (code: number, text: string) =>
  Console.error(text).pipe(Effect.zipRight(Effect.sync(() => process.exit(code))))

const program = parse(process.argv.slice(2)).pipe(
  Effect.flatMap(run),
  Effect.catchAll((error) => {
    if (error instanceof UsageError) return exitWith(2, error.message)
    // A configuration mistake is the user's to fix: say exactly what, without a stack trace.
    if (error instanceof ConfigError) return exitWith(78, error.message)
    return exitWith(1, `aico: ${error.message}`)
  }),
  Effect.provide(Logger.replace(Logger.defaultLogger, progress)),
  Logger.withMinimumLogLevel(LogLevel.Info),
)

NodeRuntime.runMain(program, { disablePrettyLogger: true })
