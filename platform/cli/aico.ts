/**
 * The `aico` command line (installed as `aico` by bin/aico.mjs; `npm run aico -- …` in a
 * checkout). Every subcommand is an @effect/cli Command (see aicoCommand.ts); this file
 * runs the one argv names and turns the outcome into an exit code (see ExitCode.ts).
 */
import { CliConfig, Command, ValidationError } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Cause, Console, Effect, Option } from "effect"
import { ConfigError } from "../../config/ConfigError.js"
import { aicoCommand, commandTree } from "./aicoCommand.js"
import { checkCommandPath } from "./commandPath.js"
import { ExitCode, NotRunning, QuietExit, UsageError } from "./ExitCode.js"
import { usage } from "./help.js"
import { StartFailed } from "./lifecycle/detach.js"
import { plainWhereNoColor } from "./output/plainConsole.js"
import { packageVersion } from "./packageVersion.js"
import { securityUsage } from "./security/SecurityCommand.js"

const cli = Command.run(aicoCommand, { name: "aico", version: packageVersion() })

const argv = process.argv.slice(2)

const exitWith = (code: ExitCode, text?: string) =>
  (text === undefined ? Effect.void : Console.error(text)).pipe(
    Effect.zipRight(Effect.sync(() => process.exit(code))),
  )

/** The exit code and message for each way a command can fail. */
const report = (error: unknown) => {
  if (error instanceof QuietExit) return exitWith(error.code)
  // @effect/cli has printed what was wrong with the arguments already.
  if (ValidationError.isValidationError(error)) {
    return exitWith(
      ExitCode.usage,
      "(aico --help lists the commands; aico <command> --help the options)",
    )
  }
  if (error instanceof UsageError) return exitWith(ExitCode.usage, error.message)
  // A configuration mistake is the user's to fix: say exactly what, without a stack trace.
  if (error instanceof ConfigError) return exitWith(ExitCode.config, error.message)
  if (error instanceof NotRunning) return exitWith(ExitCode.notRunning, error.message)
  if (error instanceof StartFailed) return exitWith(error.code, `aico: ${error.message}`)
  return exitWith(
    ExitCode.failed,
    `aico: ${error instanceof Error ? error.message : String(error)}`,
  )
}

const program = Effect.suspend(() =>
  Option.match(checkCommandPath(commandTree, argv), {
    onNone: () => cli(process.argv),
    onSome: (problem) =>
      Effect.fail(
        new UsageError({
          problem,
          usage:
            argv[0] === "security"
              ? securityUsage
              : problem === "no command given"
                ? usage
                : "aico help lists every command; aico <command> --help its options",
        }),
      ),
  }),
).pipe(
  Effect.catchAllCause((cause) =>
    Option.match(Cause.failureOption(cause), {
      onSome: report,
      onNone: () =>
        Cause.isInterruptedOnly(cause)
          ? Effect.failCause(cause)
          : exitWith(ExitCode.failed, `aico: unexpected failure\n${Cause.pretty(cause)}`),
    }),
  ),
  plainWhereNoColor,
  // The built-in options (--completions, --log-level, …) work everywhere; listing them in
  // every command's help only hides that command's own options.
  Effect.provide(CliConfig.layer({ showBuiltIns: false })),
  Effect.provide(NodeContext.layer),
)

NodeRuntime.runMain(program, { disablePrettyLogger: true })
