/**
 * `aico security <action>`: one subcommand per action `SecurityCommand.ts` defines, run by
 * `runSecurity`; the options are decoded by that module's own Schema.
 */
import { Command, Options } from "@effect/cli"
import { Effect, Option } from "effect"
import { load } from "../../config/load.js"
import { UsageError } from "./ExitCode.js"
import { withProgress } from "./progress.js"
import { parseOptions, SecurityAction, securityUsage } from "./security/SecurityCommand.js"

const passwordFd = Options.integer("password-fd").pipe(
  Options.optional,
  Options.withDescription("read passwords from this file descriptor, one per line (automation)"),
)

const keyFile = Options.directory("key-file", { exists: "either" }).pipe(
  Options.optional,
  Options.withDescription(
    "keep the master key in <dir>/master-key.key (mode 0600) instead of the OS secret store",
  ),
)

const batchSize = Options.integer("batch-size").pipe(
  Options.optional,
  Options.withDescription("rotate-keys: values re-sealed per transaction (default 500)"),
)

const descriptions: Partial<Record<SecurityAction, string>> = {
  setup: "choose the master password (asked twice) and keep the master key for unattended restarts",
  unlock: "prove the password and keep the master key again (after the secret store lost it)",
  "change-password": "replace the master password (old, then new twice)",
  status: "whether a master key is set up and where it is kept",
  "rotate-keys":
    "make a new master key and re-seal everything under it (stop AICO first; resumes if interrupted)",
}

const actionCommand = (action: SecurityAction) =>
  Command.make(action, { passwordFd, keyFile, batchSize }, (given) =>
    Effect.gen(function* () {
      const args = [
        ...Option.match(given.passwordFd, {
          onNone: () => [],
          onSome: (fd) => ["--password-fd", String(fd)],
        }),
        ...Option.match(given.keyFile, { onNone: () => [], onSome: (dir) => ["--key-file", dir] }),
        ...Option.match(given.batchSize, {
          onNone: () => [],
          onSome: (n) => ["--batch-size", String(n)],
        }),
      ]
      const options = parseOptions(args)
      if (typeof options === "string") {
        return yield* new UsageError({ problem: options, usage: securityUsage })
      }
      const { runSecurity } = yield* Effect.promise(() => import("./security/runSecurity.js"))
      return yield* runSecurity(action, options, yield* load())
    }).pipe(withProgress),
  ).pipe(Command.withDescription(descriptions[action] ?? `aico security ${action}`))

const [first, ...rest] = SecurityAction.literals

export const securityCommand = Command.make("security", {}, () =>
  Effect.fail(new UsageError({ problem: "security needs an action", usage: securityUsage })),
).pipe(
  Command.withDescription(
    "the master password and master key: " + SecurityAction.literals.join(", "),
  ),
  Command.withSubcommands([actionCommand(first), ...rest.map(actionCommand)]),
)
