/**
 * `aico config set`: one key of the user file changed in place, its comments and layout
 * kept (the `yaml` Document API), and the whole configuration validated with the new file
 * before it replaces the old one (written beside it, then renamed: never half-written).
 */
import { Effect } from "effect"
import { randomBytes } from "node:crypto"
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises"
import { dirname, join, basename } from "node:path"
import { isMap, parse, parseDocument } from "yaml"
import { ConfigError, type ConfigIssue } from "../../../config/ConfigError.js"
import { parseKeyPath } from "../../../config/keyPath.js"
import { load, userFileLocation, type Env } from "../../../config/load.js"
import type { Config } from "../../../schemas/Config.js"

/** The value as YAML reads it: `9000` a number, `true` a boolean, `[a, b]` a list, else text. */
export const parseValue = (text: string): unknown => {
  try {
    const value: unknown = parse(text)
    return value === null && text.trim() !== "null" && text.trim() !== "~" ? text : value
  } catch {
    return text
  }
}

const cannot = (file: string, problem: string) =>
  ConfigError.single({ source: `user file ${file}`, path: "", problem })

const readOrEmpty = (file: string) =>
  Effect.tryPromise({
    try: () =>
      readFile(file, "utf8").catch((error: unknown) => {
        if (error instanceof Error && "code" in error && error.code === "ENOENT") return ""
        throw error
      }),
    catch: (cause) => cannot(file, `cannot read the file: ${String(cause)}`),
  })

export interface SetResult {
  readonly file: string
  readonly config: Config
}

export const setUserValue = (
  key: string,
  valueText: string,
  env: Env = process.env,
): Effect.Effect<SetResult, ConfigError> =>
  Effect.gen(function* () {
    const file = userFileLocation(env).path
    const path = parseKeyPath(key)
    if (path.length === 0 || path.some((segment) => segment === "")) {
      return yield* ConfigError.single({
        source: "the command line",
        path: key,
        problem: "expected a dotted key path such as introspection.port",
      })
    }
    const text = yield* readOrEmpty(file)
    const doc = parseDocument(text)
    if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
      // The loader says precisely what is wrong with it.
      yield* load({ env })
      return yield* cannot(file, "expected a mapping of sections at the top level")
    }
    doc.setIn(path, doc.createNode(parseValue(valueText)))
    const candidate = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}`)
    yield* Effect.tryPromise({
      try: async () => {
        await mkdir(dirname(file), { recursive: true })
        await writeFile(candidate, doc.toString(), { mode: 0o600 })
      },
      catch: (cause) => cannot(file, `cannot write beside it: ${String(cause)}`),
    })
    const config = yield* load({ env, userFile: candidate }).pipe(
      // Errors name the file the user knows, not the candidate.
      Effect.mapError((error) => {
        const named = (issue: ConfigIssue): ConfigIssue => ({
          ...issue,
          source: issue.source.replace(candidate, file),
        })
        const [first, ...rest] = error.issues
        return ConfigError.fromIssues([named(first), ...rest.map(named)])
      }),
      Effect.tapError(() => Effect.promise(() => rm(candidate, { force: true }))),
    )
    yield* Effect.tryPromise({
      try: () => rename(candidate, file),
      catch: (cause) => cannot(file, `cannot replace it: ${String(cause)}`),
    })
    return { file, config }
  })
