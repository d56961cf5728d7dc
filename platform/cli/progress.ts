/**
 * Progress lines for long commands (backup, restore, migrations): plain text on standard
 * error, info and above; the stores' debug chatter stays out. `aico start` keeps the
 * service's own logging instead.
 */
import { Effect, Logger, LogLevel } from "effect"

const progress = Logger.make(({ logLevel, message }) => {
  const text = (Array.isArray(message) ? message : [message]).map(String).join(" ")
  const line = logLevel._tag === "Info" ? text : `${logLevel.label.toLowerCase()}: ${text}`
  globalThis.console.error(line)
})

export const withProgress = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  effect.pipe(
    Effect.provide(Logger.replace(Logger.defaultLogger, progress)),
    Logger.withMinimumLogLevel(LogLevel.Info),
  )
