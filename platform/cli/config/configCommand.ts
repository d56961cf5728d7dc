/**
 * `aico config get <key> | set <key> <value> | validate [file]`: the configuration as the
 * service will load it (defaults, user file, AICO_* variables). A bad value is exit 78 with
 * the loader's message; an unknown key for `get` is exit 2.
 */
import { Args, Command } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { stringify } from "yaml"
import { configGet } from "../../../config/ConfigLoader.js"
import { load, userFileLocation } from "../../../config/load.js"
import { UsageError } from "../ExitCode.js"
import { json, printJson } from "../options.js"
import { setUserValue } from "./setUserValue.js"

const key = Args.text({ name: "key" }).pipe(
  Args.withDescription("a dotted key path, e.g. introspection.port or bus.durable.maxAttempts"),
)

/** Scalars as they are; sections as YAML, the form the files use. */
const show = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : stringify(value).trimEnd()

const get = Command.make("get", { key, json }, ({ key, json: asJson }) =>
  Effect.gen(function* () {
    const value = configGet(yield* load(), key)
    if (Option.isNone(value)) {
      return yield* new UsageError({
        problem: `no configuration key ${JSON.stringify(key)}`,
        usage: "config/default.yaml lists every key with its default",
      })
    }
    yield* Console.log(asJson ? printJson(value.value) : show(value.value))
  }),
).pipe(Command.withDescription("the value of a key (or a whole section) as AICO loads it"))

const value = Args.text({ name: "value" }).pipe(
  Args.withDescription("read as YAML: 9000 is a number, true a boolean, [a, b] a list"),
)

const set = Command.make("set", { key, value }, ({ key, value }) =>
  Effect.gen(function* () {
    const { file, config } = yield* setUserValue(key, value)
    yield* Console.log(
      `${key} = ${show(Option.getOrUndefined(configGet(config, key)))} (in ${file})`,
    )
  }),
).pipe(
  Command.withDescription(
    "write a key to the user file, keeping its comments; validated first (a running service " +
      "reads it at its next start)",
  ),
)

const file = Args.file({ name: "file", exists: "yes" }).pipe(
  Args.optional,
  Args.withDescription("a configuration file to check instead of the user file"),
)

const validate = Command.make("validate", { file }, ({ file }) =>
  Effect.gen(function* () {
    yield* load(Option.match(file, { onNone: () => ({}), onSome: (userFile) => ({ userFile }) }))
    const checked = Option.getOrElse(file, () => userFileLocation(process.env).path)
    yield* Console.log(`configuration valid (${checked} over the defaults and AICO_* variables)`)
  }),
).pipe(
  Command.withDescription("check a configuration file (default: the user file); exit 78 if bad"),
)

export const configCommand = Command.make("config").pipe(
  Command.withDescription("read, change and check the configuration"),
  Command.withSubcommands([get, set, validate]),
)
