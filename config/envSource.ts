/**
 * `AICO_*` environment variables as configuration: `AICO_` + key path segments joined by
 * `__`, each segment in SCREAMING_SNAKE_CASE for a camelCase key, so
 * `AICO_NODE__DATA_DIR=/x` sets `node.dataDir`. Values are YAML, so `9000` and `false` are
 * a number and a boolean, except where the schema wants text, where the value is taken
 * verbatim (`AICO_NODE__ID=007` stays "007").
 */
import { Array as Arr, Either, Order } from "effect"
import { LineCounter, parseDocument } from "yaml"
import { Config } from "../schemas/Config.js"
import { ConfigError, type ConfigIssue } from "./ConfigError.js"
import { formatKeyPath } from "./keyPath.js"
import { acceptsOnlyText, schemaAt } from "./schemaPath.js"

export const prefix = "AICO_"

/** `AICO_*` variables that are not configuration keys. */
export const reservedNames: ReadonlySet<string> = new Set(["AICO_CONFIG"])

/** One variable, decoded: its name (the source in error messages), key path and value. */
export interface EnvSetting {
  readonly name: string
  readonly path: ReadonlyArray<string>
  readonly value: unknown
}

const segmentPattern = /^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*$/

/** `DATA_DIR` → `dataDir`. */
export const camelCase = (segment: string): string =>
  segment
    .toLowerCase()
    .split("_")
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("")

/** `AICO_NODE__DATA_DIR` → `["node", "dataDir"]`, or undefined if the name is malformed. */
export const keyPathOf = (name: string): ReadonlyArray<string> | undefined => {
  const segments = name.slice(prefix.length).split("__")
  return segments.every((segment) => segmentPattern.test(segment))
    ? segments.map(camelCase)
    : undefined
}

const parseValue = (name: string, path: ReadonlyArray<string>, raw: string) => {
  const target = schemaAt(Config.ast, path)
  if (target !== undefined && acceptsOnlyText(target)) return Either.right(raw)
  const lineCounter = new LineCounter()
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false, logLevel: "error" })
  const [first] = doc.errors
  if (first !== undefined) {
    const issue: ConfigIssue = {
      source: name,
      path: formatKeyPath(path),
      problem: `not valid YAML: ${first.message}`,
    }
    return Either.left(issue)
  }
  let value: unknown
  try {
    value = doc.toJS()
  } catch {
    value = raw
  }
  // No field takes null, so "" or "~" is more useful kept as written.
  return Either.right(value === null || value === undefined ? raw : value)
}

// Shallow keys first, so AICO_LOG__LEVEL refines a whole-section AICO_LOG='{...}'.
const byDepthThenName = Order.combine(
  Order.mapInput(Order.number, (setting: EnvSetting) => setting.path.length),
  Order.mapInput(Order.string, (setting: EnvSetting) => setting.name),
)

/** The configuration settings in `env`, most general first. */
export const readEnv = (
  env: Readonly<Record<string, string | undefined>>,
): Either.Either<ReadonlyArray<EnvSetting>, ConfigError> => {
  const settings: Array<EnvSetting> = []
  const issues: Array<ConfigIssue> = []
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(prefix) || reservedNames.has(name) || raw === undefined) continue
    const path = keyPathOf(name)
    if (path === undefined) {
      issues.push({
        source: name,
        path: "",
        problem: `not a configuration variable: expected AICO_ then SECTION__KEY in SCREAMING_SNAKE_CASE, e.g. AICO_INTROSPECTION__PORT`,
      })
      continue
    }
    Either.match(parseValue(name, path, raw), {
      onLeft: (issue) => issues.push(issue),
      onRight: (value) => settings.push({ name, path, value }),
    })
  }
  return Arr.isNonEmptyArray(issues)
    ? Either.left(ConfigError.fromIssues(issues))
    : Either.right(Arr.sort(settings, byDepthThenName))
}
