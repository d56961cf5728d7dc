/**
 * Loading the configuration: `config/default.yaml`, then the user file, then `AICO_*`
 * environment variables, then programmatic overrides, each deep-merged over the last and
 * decoded once against the Config schema so every error can name the source it came from.
 */
import { Effect, Option, Schema } from "effect"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Config } from "../schemas/Config.js"
import { ConfigError } from "./ConfigError.js"
import { issuesFromParseError } from "./decodeIssues.js"
import { readEnv } from "./envSource.js"
import { empty, isPlainRecord, overlay } from "./layering.js"
import { show } from "./show.js"
import { readYamlFile, type IfMissing } from "./yamlSource.js"

export type Env = Readonly<Record<string, string | undefined>>

export interface LoadOptions {
  /** Where to read `AICO_*`, `AICO_CONFIG`, `XDG_CONFIG_HOME` and `HOME`; default `process.env`. */
  readonly env?: Env
  /** A user file to read instead of the usual location; it must exist. */
  readonly userFile?: string
  /** Laid over everything else (e.g. command-line flags); `undefined` leaves a key alone. */
  readonly overrides?: unknown
}

/** The shipped defaults, next to this module. */
export const defaultFile: string = fileURLToPath(new URL("./default.yaml", import.meta.url))

const nonEmpty = (value: string | undefined): value is string => value !== undefined && value !== ""

const homeOf = (env: Env): string => (nonEmpty(env["HOME"]) ? env["HOME"] : os.homedir())

/** `~` and `~/x` relative to `home`; anything else unchanged. */
export const expandHome = (file: string, home: string): string =>
  file === "~" ? home : file.startsWith("~/") ? path.join(home, file.slice(2)) : file

export interface UserFileLocation {
  readonly path: string
  readonly ifMissing: IfMissing
}

/** The user file: `userFile`, else `$AICO_CONFIG`, else the XDG location (which may be absent). */
export const userFileLocation = (env: Env, userFile?: string): UserFileLocation => {
  const home = homeOf(env)
  const named = (file: string, by: string): UserFileLocation => ({
    path: path.resolve(expandHome(file, home)),
    ifMissing: { problem: `file not found (named by ${by})` },
  })
  if (userFile !== undefined) return named(userFile, "the userFile option")
  const aicoConfig = env["AICO_CONFIG"]
  if (nonEmpty(aicoConfig)) return named(aicoConfig, "AICO_CONFIG")
  const xdg = env["XDG_CONFIG_HOME"]
  const configHome = nonEmpty(xdg) ? xdg : path.join(home, ".config")
  return { path: path.join(configHome, "aico", "config.yaml"), ifMissing: "skip" }
}

const decode = Schema.decodeUnknown(Config, { errors: "all", onExcessProperty: "error" })

/** Loads, merges and validates the configuration. Never throws: every problem is a ConfigError. */
export const load = (options: LoadOptions = {}): Effect.Effect<Config, ConfigError> =>
  Effect.gen(function* () {
    const env = options.env ?? process.env
    const defaultSource = `default file ${defaultFile}`
    const defaults = yield* readYamlFile(defaultFile, defaultSource, {
      problem: "file not found; the AICO installation is incomplete",
    })
    let layered = overlay(
      empty,
      Option.getOrElse(defaults, () => ({})),
      defaultSource,
    )

    const user = userFileLocation(env, options.userFile)
    const userSource = `user file ${user.path}`
    const userValues = yield* readYamlFile(user.path, userSource, user.ifMissing)
    if (Option.isSome(userValues)) layered = overlay(layered, userValues.value, userSource)

    for (const setting of yield* readEnv(env)) {
      layered = overlay(layered, setting.value, setting.name, setting.path)
    }

    const { overrides } = options
    if (overrides !== undefined) {
      if (!isPlainRecord(overrides)) {
        return yield* ConfigError.single({
          source: "overrides",
          path: "",
          problem: `expected a mapping, got ${show(overrides)}`,
        })
      }
      layered = overlay(layered, overrides, "overrides")
    }

    const config = yield* Effect.mapError(decode(layered.value), (error) =>
      ConfigError.fromIssues(issuesFromParseError(Config.ast, layered, error)),
    )
    const home = homeOf(env)
    return {
      ...config,
      node: { ...config.node, dataDir: expandHome(config.node.dataDir, home) },
      log: {
        ...config.log,
        file: { ...config.log.file, path: expandHome(config.log.file.path, home) },
      },
    }
  })
