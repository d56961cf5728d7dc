/**
 * A LogRecord as one readable console line:
 * `12:04:05.123 INFO  actor started actor=/user/chat messageId=m1 handle=3ms`,
 * followed by the cause, indented, when there is one.
 */
import { safeStringify, type LogRecord } from "./LogRecord.js"

const labels: Record<string, string> = {
  trace: "TRACE",
  debug: "DEBUG",
  info: "INFO ",
  warning: "WARN ",
  error: "ERROR",
  fatal: "FATAL",
}

const colors: Record<string, string> = {
  trace: "90",
  debug: "36",
  info: "32",
  warning: "33",
  error: "31",
  fatal: "1;31",
}

const paint = (enabled: boolean, code: string | undefined, text: string): string =>
  enabled && code !== undefined ? `\x1b[${code}m${text}\x1b[0m` : text

const pad = (n: number, width = 2): string => String(n).padStart(width, "0")

const clock = (date: Date): string =>
  `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`

const plain = /^[^\s="]+$/

const showValue = (value: unknown): string =>
  typeof value === "string" && plain.test(value) ? value : (safeStringify(value) ?? String(value))

export const prettyLine = (record: LogRecord, options: { readonly colors: boolean }): string => {
  const level = labels[record.level] ?? record.level.toUpperCase()
  const parts = [
    paint(options.colors, "90", clock(record.date)),
    paint(options.colors, colors[record.level], level),
    record.message,
    ...record.annotations.map(([key, value]) => `${key}=${showValue(value)}`),
    ...record.spans.map(([label, ms]) => `${label}=${ms}ms`),
  ]
  const line = parts.join(" ")
  return record.cause === undefined ? line : `${line}\n${record.cause.replace(/^/gm, "    ")}`
}
