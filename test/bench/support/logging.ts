/**
 * Logging for systems under benchmark: warnings and errors only, on stderr, so stdout
 * carries nothing but the figures and the suite's final JSON line.
 */
import { Layer, Logger, LogLevel } from "effect"

export const benchLogging = (minimum: LogLevel.LogLevel = LogLevel.Warning) =>
  Layer.merge(
    Logger.replace(Logger.defaultLogger, Logger.withConsoleError(Logger.logfmtLogger)),
    Logger.minimumLogLevel(minimum),
  )
