/** Reading a YAML configuration file into a plain mapping, with line numbers on syntax errors. */
import { Effect, Either, Option } from "effect"
import * as fs from "node:fs/promises"
import { LineCounter, parseDocument } from "yaml"
import { ConfigError } from "./ConfigError.js"
import { isPlainRecord, type Mapping } from "./layering.js"
import { show } from "./show.js"

/** Parses YAML `text` read from `source`; an empty document is an empty mapping. */
export const parseYamlMapping = (
  text: string,
  source: string,
): Either.Either<Mapping, ConfigError> => {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: "error" })
  const [first] = doc.errors
  if (first !== undefined) {
    const { line, col } = lineCounter.linePos(first.pos[0])
    return Either.left(
      ConfigError.single({
        source,
        path: "",
        line,
        problem: `YAML syntax error at line ${line}, column ${col}: ${first.message}`,
      }),
    )
  }
  let value: unknown
  try {
    value = doc.toJS()
  } catch (cause) {
    // toJS refuses alias bombs (too many alias expansions) by throwing.
    const reason = cause instanceof Error ? cause.message : String(cause)
    return Either.left(
      ConfigError.single({ source, path: "", problem: `unreadable YAML: ${reason}` }),
    )
  }
  if (value === null || value === undefined) return Either.right({})
  if (isPlainRecord(value)) return Either.right(value)
  return Either.left(
    ConfigError.single({
      source,
      path: "",
      problem: `expected a mapping of sections at the top level, got ${show(value)}`,
    }),
  )
}

const isNotFound = (cause: unknown): boolean =>
  typeof cause === "object" && cause !== null && Reflect.get(cause, "code") === "ENOENT"

/** What a missing file means: nothing to read, or an error explaining why it had to exist. */
export type IfMissing = "skip" | { readonly problem: string }

/** Reads and parses `file`; `source` names it in errors. */
export const readYamlFile = (
  file: string,
  source: string,
  ifMissing: IfMissing,
): Effect.Effect<Option.Option<Mapping>, ConfigError> =>
  Effect.tryPromise({
    try: () => fs.readFile(file, "utf8"),
    catch: (cause) => cause,
  }).pipe(
    Effect.map(Option.some),
    Effect.catchAll((cause) => {
      if (isNotFound(cause) && ifMissing === "skip") return Effect.succeed(Option.none<string>())
      const problem =
        isNotFound(cause) && ifMissing !== "skip"
          ? ifMissing.problem
          : `cannot read the file: ${cause instanceof Error ? cause.message : String(cause)}`
      return Effect.fail(ConfigError.single({ source, path: "", problem }))
    }),
    Effect.flatMap(
      Option.match({
        onNone: () => Effect.succeed(Option.none()),
        onSome: (text) => Effect.map(parseYamlMapping(text, source), Option.some),
      }),
    ),
  )
