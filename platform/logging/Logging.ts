/**
 * Structured logging through Effect's Logger: JSON lines to a size-rotating file, and a
 * readable (or JSON) line per event on the console, filtered at `log.level`. Use it with
 * `Effect.log*`, `Effect.annotateLogs({ actor, messageId })` and `Effect.withLogSpan`;
 * annotations and spans become fields of every line.
 */
import { Context, Data, Effect, Layer, Logger, LogLevel, Schedule, type Scope } from "effect"
import * as path from "node:path"
import { AppConfig } from "../../config/ConfigLoader.js"
import type { Config, LogLevel as ConfigLogLevel } from "../../schemas/Config.js"
import { jsonLine } from "./jsonLine.js"
import { fromLoggerOptions } from "./LogRecord.js"
import { prettyLine } from "./prettyLine.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import { openRotatingFile, type RotatingFile } from "./RotatingFile.js"

/**
 * The log file of the running logger. A sealed log (`log.file.sealed`) writes nothing until
 * the service has its master key and hands over the files purpose key here; lines logged
 * before wait in memory.
 */
export class LogFile extends Context.Tag("aico/LogFile")<
  LogFile,
  { readonly unlock: (key: SecretKey.SecretKey) => Effect.Effect<void> }
>() {}

/** The log file could not be opened (its directory could not be created, or no permission). */
export class LogFileError extends Data.TaggedError("LogFileError")<{
  readonly path: string
  readonly message: string
}> {}

export interface LoggingOptions {
  /** Where console lines go; default stdout. */
  readonly writeConsole?: (line: string) => void
  /** ANSI colours on pretty console lines; default when stdout is a terminal and NO_COLOR is unset. */
  readonly colors?: boolean
  /** How often queued file lines are written; default 200 ms. */
  readonly flushInterval?: number
}

const levels: Record<ConfigLogLevel, LogLevel.LogLevel> = {
  trace: LogLevel.Trace,
  debug: LogLevel.Debug,
  info: LogLevel.Info,
  warning: LogLevel.Warning,
  error: LogLevel.Error,
  fatal: LogLevel.Fatal,
  none: LogLevel.None,
}

/** Effect's LogLevel for a configured `log.level`. */
export const toLogLevel = (level: ConfigLogLevel): LogLevel.LogLevel => levels[level]

/** The log file: `log.file.path`, or `<node.dataDir>/logs/aico.log` when that is "". */
export const logFilePath = (config: Config): string =>
  config.log.file.path !== ""
    ? config.log.file.path
    : path.join(config.node.dataDir, "logs", "aico.log")

const writeStdout = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

// A closed or broken console (EPIPE) must not fail the fiber that logged.
const guarded =
  (write: (line: string) => void) =>
  (line: string): void => {
    try {
      write(line)
    } catch {
      // nowhere left to report it
    }
  }

// The file is flushed on a timer while the layer lives and once more when it is released,
// after the timer fiber (forked later, so interrupted first) has stopped.
const openFile = (
  config: Config,
  flushInterval: number,
): Effect.Effect<RotatingFile, LogFileError, Scope.Scope> => {
  const file = logFilePath(config)
  return Effect.acquireRelease(
    Effect.try({
      try: () =>
        openRotatingFile({
          path: file,
          maxBytes: config.log.file.maxBytes,
          maxFiles: config.log.file.maxFiles,
          sealed: config.log.file.sealed,
        }),
      catch: (cause) =>
        new LogFileError({
          path: file,
          message: `cannot open the log file ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
        }),
    }),
    (sink) => Effect.sync(() => sink.close()),
  ).pipe(
    Effect.tap((sink) =>
      Effect.forkScoped(
        Effect.repeat(
          Effect.sync(() => sink.flush()),
          Schedule.spaced(flushInterval),
        ),
      ),
    ),
  )
}

/** The logger for `config` and its file (if any), held open for the life of the scope. */
const build = (config: Config, options: LoggingOptions) =>
  Effect.gen(function* () {
    const file = config.log.file.enabled
      ? yield* openFile(config, options.flushInterval ?? 200)
      : undefined
    const maxBytes = config.log.file.maxBytes
    const writeConsole = guarded(options.writeConsole ?? writeStdout)
    const colors =
      options.colors ?? (process.stdout.isTTY === true && process.env["NO_COLOR"] === undefined)
    const consoleFormat = config.log.console

    const logger = Logger.make((loggerOptions) => {
      const record = fromLoggerOptions(loggerOptions)
      if (file !== undefined) {
        const line = jsonLine(record, maxBytes)
        if (line !== undefined) file.append(line)
      }
      if (consoleFormat === "pretty") writeConsole(prettyLine(record, { colors }))
      else if (consoleFormat === "json") {
        const line = jsonLine(record)
        if (line !== undefined) writeConsole(line)
      }
    })
    return { logger, file }
  })

/** The logger for `config`, holding its file open for the life of the scope. */
export const make = (
  config: Config,
  options: LoggingOptions = {},
): Effect.Effect<Logger.Logger<unknown, void>, LogFileError, Scope.Scope> =>
  Effect.map(build(config, options), ({ logger }) => logger)

/**
 * Replaces Effect's default logger with AICO's for the life of the layer, and sets the
 * minimum level from `log.level`. Queued file lines are written when the layer is released.
 */
export const layer = (
  config: Config,
  options: LoggingOptions = {},
): Layer.Layer<LogFile, LogFileError> =>
  Layer.unwrapScoped(
    Effect.map(build(config, options), ({ file, logger }) =>
      Layer.mergeAll(
        Logger.replace(Logger.defaultLogger, logger),
        Logger.minimumLogLevel(toLogLevel(config.log.level)),
        Layer.succeed(LogFile, { unlock: (key) => Effect.sync(() => file?.unlock(key)) }),
      ),
    ),
  )

/** `layer` for the configuration the AppConfig service holds. */
export const fromAppConfig: Layer.Layer<LogFile, LogFileError, AppConfig> = Layer.unwrapEffect(
  Effect.map(AppConfig, (config) => layer(config)),
)
