/**
 * One line of AICO's JSON log file (see platform/logging/jsonLine.ts), decoded with a
 * Schema: the core fields checked, every other field an annotation (`actor`, `messageId`…).
 * A line that does not decode is someone else's, or damaged: readers skip and count it.
 */
import { Either, Schema } from "effect"
import type { LogRecord } from "../../logging/LogRecord.js"

export const LevelName = Schema.Literal("trace", "debug", "info", "warning", "error", "fatal")
export type LevelName = typeof LevelName.Type

const levelRank: Record<LevelName, number> = {
  trace: 0,
  debug: 1,
  info: 2,
  warning: 3,
  error: 4,
  fatal: 5,
}

/** Whether `level` is at least `minimum`. */
export const atLeast = (level: LevelName, minimum: LevelName): boolean =>
  levelRank[level] >= levelRank[minimum]

const Timestamp = Schema.String.pipe(
  Schema.filter((text) => !Number.isNaN(Date.parse(text)), {
    message: () => "an ISO 8601 timestamp",
  }),
)

export const LogLine = Schema.Struct(
  {
    timestamp: Timestamp,
    level: LevelName,
    message: Schema.String,
    fiber: Schema.optional(Schema.String),
    spans: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Number })),
    cause: Schema.optional(Schema.String),
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown }),
)
export type LogLine = typeof LogLine.Type

const LogLineJson = Schema.parseJson(LogLine)

/** The line decoded, or undefined when it is not one of AICO's. */
export const decodeLogLine = (text: string): LogLine | undefined =>
  Either.getOrUndefined(Schema.decodeUnknownEither(LogLineJson)(text))

const core = new Set(["timestamp", "level", "message", "fiber", "spans", "cause", "truncated"])

/** As the console logger's record, so the terminal shows file lines as it shows live ones. */
export const toLogRecord = (line: LogLine): LogRecord => ({
  date: new Date(line.timestamp),
  level: line.level,
  message: line.message,
  fiber: line.fiber ?? "",
  annotations: Object.entries(line)
    .filter(([key]) => !core.has(key))
    .map(([key, value]) => [key, value] as const),
  spans: Object.entries(line.spans ?? {}),
  cause: line.cause,
})
