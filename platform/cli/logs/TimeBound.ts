/**
 * `--since` / `--until`: a moment (`2025-06-01`, `2025-06-01T12:00:00Z`) or a time ago
 * (`30s`, `15m`, `2h`, `7d`), decoded with a Schema and resolved against the clock later.
 */
import { ParseResult, Schema } from "effect"

const units: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

const Ago = Schema.TaggedStruct("Ago", { ms: Schema.Number.pipe(Schema.nonNegative()) })
const At = Schema.TaggedStruct("At", { epochMs: Schema.Number })

const expected = "a date (2025-06-01, 2025-06-01T12:00:00Z) or a time ago (30s, 15m, 2h, 7d)"

export const TimeBound = Schema.transformOrFail(Schema.String, Schema.Union(Ago, At), {
  strict: true,
  decode: (raw, _options, ast) => {
    const text = raw.trim()
    const relative = /^(\d{1,9})([smhd])$/.exec(text)
    const unit = units[relative?.[2] ?? ""]
    if (relative !== null && unit !== undefined) {
      return ParseResult.succeed({ _tag: "Ago" as const, ms: Number(relative[1]) * unit })
    }
    const epochMs = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN
    return Number.isNaN(epochMs)
      ? ParseResult.fail(new ParseResult.Type(ast, raw, expected))
      : ParseResult.succeed({ _tag: "At" as const, epochMs })
  },
  encode: (bound) =>
    ParseResult.succeed(
      bound._tag === "At"
        ? new Date(bound.epochMs).toISOString()
        : `${Math.round(bound.ms / 1000)}s`,
    ),
})
export type TimeBound = typeof TimeBound.Type

/** The bound as epoch milliseconds, `now` being the moment the command started. */
export const resolveBound = (bound: TimeBound, now: number): number =>
  bound._tag === "At" ? bound.epochMs : now - bound.ms
