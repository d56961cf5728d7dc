/**
 * A LogRecord as one JSON line: `timestamp`, `level`, `message`, `fiber`, then every
 * annotation as its own field (`actor`, `messageId`, …), `spans` and `cause` when present.
 */
import { safeStringify, type LogRecord } from "./LogRecord.js"

const core = ["timestamp", "level", "message", "fiber", "spans", "cause"]

const fields = (record: LogRecord): Record<string, unknown> => {
  const out: Record<string, unknown> = {
    timestamp: record.date.toISOString(),
    level: record.level,
    message: record.message,
    fiber: record.fiber,
  }
  for (const [key, value] of record.annotations) {
    // An annotation never hides a core field; it moves aside instead.
    const name = core.includes(key) ? `annotation.${key}` : key
    Object.defineProperty(out, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  if (record.spans.length > 0) out["spans"] = Object.fromEntries(record.spans)
  if (record.cause !== undefined) out["cause"] = record.cause
  return out
}

const bytes = (line: string): number => Buffer.byteLength(line) + 1 // + "\n"

const minimal = (record: LogRecord) => ({
  timestamp: record.date.toISOString(),
  level: record.level,
  fiber: record.fiber,
  truncated: true,
})

/**
 * The JSON line for `record` (without the newline). When it would exceed `maxBytes`, the
 * annotations go and the message is cut so the line still fits and still parses; if not
 * even that fits, undefined.
 */
export const jsonLine = (record: LogRecord, maxBytes = Infinity): string | undefined => {
  const full = safeStringify(fields(record)) ?? safeStringify({ ...minimal(record), message: "" })
  if (full !== undefined && bytes(full) <= maxBytes) return full
  let message = record.message
  for (;;) {
    const line = safeStringify({ ...minimal(record), message })
    if (line === undefined) return undefined
    const excess = bytes(line) - maxBytes
    if (excess <= 0) return line
    if (message.length === 0) return undefined
    message = message.slice(0, Math.max(0, message.length - excess))
  }
}
