/**
 * `aico logs tail [-f] [-n N] | query [--level L] [--actor A] [--since T] [--until T]` over
 * the rotating JSON-lines log (`log.file.path`, default `<dataDir>/logs/aico.log`), sealed
 * files opened with the master key kept for the service. Lines
 * that are not AICO log lines are skipped and counted, never fatal.
 */
import { Command, Options } from "@effect/cli"
import { Console, Effect, Option, Ref, Schedule } from "effect"
import { load } from "../../../config/load.js"
import type { Config } from "../../../schemas/Config.js"
import { purposeKeys } from "../../crypto/hkdf.js"
import { logFilePath } from "../../logging/Logging.js"
import { startupKey } from "../../security/startupKey.js"
import { prettyLine } from "../../logging/prettyLine.js"
import { json } from "../options.js"
import { colorsFor } from "../output/ansi.js"
import { followFrom, readLines, readNew, rotatedFiles } from "./logFiles.js"
import { atLeast, decodeLogLine, LevelName, type LogLine, toLogRecord } from "./LogLine.js"
import { resolveBound, TimeBound } from "./TimeBound.js"

const pad = (n: number) => String(n).padStart(2, "0")
const day = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/** How a line is printed: its JSON for scripts, else the console's readable form. */
const render = (asJson: boolean, withDate: boolean) => (raw: string, line: LogLine) => {
  if (asJson) return raw
  const text = prettyLine(toLogRecord(line), { colors: colorsFor(process.stdout) })
  return withDate ? `${day(new Date(line.timestamp))} ${text}` : text
}

/** The files purpose key for sealed log files, from where the service keeps its master key. */
const logKey = (config: Config) =>
  Effect.cached(Effect.map(startupKey(config), (key) => purposeKeys(key).files))

const reportSkipped = (skipped: number) =>
  skipped === 0
    ? Effect.void
    : Console.error(
        `(skipped ${skipped} line${skipped === 1 ? "" : "s"} that are not AICO log lines)`,
      )

const lines = Options.integer("lines").pipe(
  Options.withAlias("n"),
  Options.withDefault(20),
  Options.withDescription("how many of the last lines to show"),
)

const follow = Options.boolean("follow").pipe(
  Options.withAlias("f"),
  Options.withDescription("keep printing lines as they are written (Ctrl-C ends)"),
)

const tail = Command.make("tail", { lines, follow, json }, (options) =>
  Effect.gen(function* () {
    const config = yield* load()
    const file = logFilePath(config)
    const key = yield* logKey(config)
    const print = render(options.json, false)
    const all = yield* readLines(yield* rotatedFiles(file), key)
    let skipped = 0
    const decoded: Array<readonly [string, LogLine]> = []
    for (const raw of all) {
      const line = decodeLogLine(raw)
      if (line === undefined) skipped++
      else decoded.push([raw, line])
    }
    for (const [raw, line] of decoded.slice(Math.max(0, decoded.length - options.lines))) {
      yield* Console.log(print(raw, line))
    }
    yield* reportSkipped(skipped)
    if (!options.follow) return
    const state = yield* Ref.make(yield* followFrom(file))
    const step = Effect.gen(function* () {
      const [fresh, next] = yield* readNew(file, yield* Ref.get(state), key)
      yield* Ref.set(state, next)
      for (const raw of fresh) {
        const line = decodeLogLine(raw)
        if (line !== undefined) yield* Console.log(print(raw, line))
      }
    })
    return yield* Effect.repeat(step, Schedule.spaced("300 millis"))
  }),
).pipe(Command.withDescription("the last lines of the log; -f follows it"))

const level = Options.choice("level", LevelName.literals).pipe(
  Options.optional,
  Options.withDescription("only lines at this level or above"),
)
const actor = Options.text("actor").pipe(
  Options.optional,
  Options.withDescription("only lines an actor wrote, by address (memory@main)"),
)
const bound = (name: string, what: string) =>
  Options.text(name).pipe(
    Options.withSchema(TimeBound),
    Options.optional,
    Options.withDescription(`${what}: a date (2025-06-01T12:00Z) or a time ago (15m, 2h, 7d)`),
  )

const query = Command.make(
  "query",
  { level, actor, since: bound("since", "from"), until: bound("until", "up to"), json },
  (options) =>
    Effect.gen(function* () {
      const config = yield* load()
      const file = logFilePath(config)
      const key = yield* logKey(config)
      const now = Date.now()
      const since = Option.map(options.since, (b) => resolveBound(b, now))
      const until = Option.map(options.until, (b) => resolveBound(b, now))
      const print = render(options.json, true)
      let skipped = 0
      let shown = 0
      for (const raw of yield* readLines(yield* rotatedFiles(file), key)) {
        const line = decodeLogLine(raw)
        if (line === undefined) {
          skipped++
          continue
        }
        const at = Date.parse(line.timestamp)
        if (Option.isSome(options.level) && !atLeast(line.level, options.level.value)) continue
        if (Option.isSome(options.actor) && line["actor"] !== options.actor.value) continue
        if (Option.isSome(since) && at < since.value) continue
        if (Option.isSome(until) && at > until.value) continue
        shown++
        yield* Console.log(print(raw, line))
      }
      if (shown === 0 && !options.json) yield* Console.error(`(no matching lines in ${file})`)
      yield* reportSkipped(skipped)
    }),
).pipe(Command.withDescription("the log's lines that match every filter given"))

export const logsCommand = Command.make("logs").pipe(
  Command.withDescription("read the service's JSON-lines log files"),
  Command.withSubcommands([tail, query]),
)
