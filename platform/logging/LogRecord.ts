/**
 * One log event, taken out of Effect's logger options once and shared by every sink (file,
 * console), so annotations and spans are rendered the same way everywhere.
 */
import { Cause, FiberId, HashMap, Inspectable, List, type Logger, type LogLevel } from "effect"

export interface LogRecord {
  readonly date: Date
  /** In the configuration's vocabulary: trace, debug, info, warning, error, fatal. */
  readonly level: string
  readonly message: string
  /** e.g. `#12`. */
  readonly fiber: string
  /** Log annotations (`Effect.annotateLogs`), e.g. actor and messageId, as JSON-ready values. */
  readonly annotations: ReadonlyArray<readonly [string, unknown]>
  /** Open log spans (`Effect.withLogSpan`) with their age in milliseconds. */
  readonly spans: ReadonlyArray<readonly [string, number]>
  /** The rendered cause, when the event carries one. */
  readonly cause: string | undefined
}

const levelName = (level: LogLevel.LogLevel): string => level._tag.toLowerCase()

/** Something `JSON.stringify` accepts: bigints, symbols and functions become strings. */
export const toJsonValue = (u: unknown): unknown => {
  switch (typeof u) {
    case "bigint":
    case "symbol":
    case "function":
      return String(u)
    default:
      return Inspectable.toJSON(u)
  }
}

const messageText = (message: unknown): string =>
  (Array.isArray(message) ? message : [message])
    .map((part: unknown) => {
      if (typeof part === "string") return part
      const json = safeStringify(toJsonValue(part))
      return json ?? String(part)
    })
    .join(" ")

/** JSON text that never throws: cycles become "[Circular]", bigints strings. */
export const safeStringify = (value: unknown): string | undefined => {
  const seen = new WeakSet<object>()
  try {
    return JSON.stringify(value, (_key, inner: unknown) => {
      if (typeof inner === "bigint") return String(inner)
      if (typeof inner === "object" && inner !== null) {
        if (seen.has(inner)) return "[Circular]"
        seen.add(inner)
      }
      return inner
    })
  } catch {
    return undefined
  }
}

export const fromLoggerOptions = (options: Logger.Logger.Options<unknown>): LogRecord => {
  const now = options.date.getTime()
  return {
    date: options.date,
    level: levelName(options.logLevel),
    message: messageText(options.message),
    fiber: FiberId.threadName(options.fiberId),
    // HashMap order follows hashes; sorting keeps lines stable and easy to scan.
    annotations: Array.from(HashMap.toEntries(options.annotations))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => [key, toJsonValue(value)]),
    spans: List.toArray(options.spans).map((span) => [span.label, now - span.startTime]),
    cause: Cause.isEmpty(options.cause) ? undefined : Cause.pretty(options.cause),
  }
}
