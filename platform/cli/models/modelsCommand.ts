/**
 * `aico models ls | pull [name] | rm <name>` (each with `--json`): the language models
 * AICO is configured with, present or missing, and getting or removing them. Mounted by
 * the `aico` command line; needs the loaded configuration (`AppConfig`).
 */
import { Args, Command, Options } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { AppConfig } from "../../../config/AppConfig.js"
import { listModels, pullModel, removeModel } from "../../models/modelCatalog.js"
import { modelTable, progressPrinter, pulledLine } from "./modelsOutput.js"

const json = Options.boolean("json").pipe(Options.withDescription("print JSON instead of text"))

const ls = Command.make("ls", { json }, ({ json }) =>
  Effect.gen(function* () {
    const entries = yield* listModels(yield* AppConfig)
    yield* Console.log(json ? JSON.stringify(entries, null, 2) : modelTable(entries))
  }),
).pipe(Command.withDescription("list the configured models and the ones present"))

const pull = Command.make(
  "pull",
  {
    json,
    name: Args.text({ name: "name" }).pipe(
      Args.withDescription(
        "a GGUF file name or URL, or an Ollama model; none pulls the configured models",
      ),
      Args.optional,
    ),
  },
  ({ json, name }) =>
    Effect.gen(function* () {
      const config = yield* AppConfig
      const console = yield* Effect.console
      // Progress goes to stderr, so `--json` output on stdout stays one document.
      const progress = progressPrinter((line) => Effect.runSync(console.error(line)))
      const pulled = yield* pullModel(config, Option.getOrUndefined(name), progress)
      yield* Console.log(json ? JSON.stringify(pulled, null, 2) : pulled.map(pulledLine).join("\n"))
    }),
).pipe(Command.withDescription("download a model (with progress)"))

const rm = Command.make(
  "rm",
  { json, name: Args.text({ name: "name" }).pipe(Args.withDescription("the model to remove")) },
  ({ json, name }) =>
    Effect.gen(function* () {
      yield* removeModel(yield* AppConfig, name)
      yield* Console.log(json ? JSON.stringify({ removed: name }) : `removed ${name}`)
    }),
).pipe(Command.withDescription("remove a GGUF file from the model directory, or an Ollama model"))

export const modelsCommand = Command.make("models").pipe(
  Command.withDescription("the language models: list, pull, remove"),
  Command.withSubcommands([ls, pull, rm]),
)
