/**
 * `aico start`: the service in the foreground, exactly as `npm start` runs it (logs on the
 * terminal, Ctrl-C or SIGTERM stops it); with `--detach`, in the background.
 */
import { Command, Options } from "@effect/cli"
import { Effect, Option } from "effect"
import type { Config } from "../../../schemas/Config.js"
import { make as masterPassword } from "../../security/masterKeyFile.js"
import { recordFile } from "../../security/MasterPassword.js"
import { UsageError } from "../ExitCode.js"
import * as PasswordInput from "../security/passwordInput.js"
import { startDetached } from "./detach.js"

const detach = Options.boolean("detach").pipe(
  Options.withAlias("d"),
  Options.withDescription(
    "run in the background: wait for the service to be ready, print its ready line, and return " +
      "(pid in <dataDir>/aico.pid, logs in the log file)",
  ),
)

const wait = Options.integer("wait").pipe(
  Options.withDefault(300),
  Options.withDescription("with --detach: seconds to wait for the ready line"),
)

const passwordFd = Options.integer("password-fd").pipe(
  Options.optional,
  Options.withDescription(
    "the explicit fallback where no secret store keeps the master key: read the master " +
      "password from this file descriptor (one line) and unlock with it (foreground only)",
  ),
)

/** The master key from the password on `fd`, checked against the data directory's record. */
const keyFromFd = (fd: number) => (config: Config) =>
  Effect.gen(function* () {
    const input = yield* PasswordInput.fromFd(fd)
    const password = yield* input.next("master password: ")
    return yield* masterPassword({ file: recordFile(config.node.dataDir) }).unlock(password)
  })

export const startCommand = Command.make(
  "start",
  { detach, wait, passwordFd },
  ({ detach, passwordFd, wait }) =>
    Effect.gen(function* () {
      if (detach) {
        if (Option.isSome(passwordFd)) {
          return yield* new UsageError({
            problem: "--password-fd works in the foreground only (a detached service has no fd)",
            usage: "aico start [--password-fd <n>] | aico start --detach",
          })
        }
        return yield* startDetached(wait)
      }
      // Loaded on demand: the whole service is a lot to load for every other command.
      const service = yield* Effect.promise(() => import("../../service/serviceProgram.js"))
      return yield* Option.isSome(passwordFd)
        ? service.programWith(keyFromFd(passwordFd.value))
        : service.program
    }),
).pipe(
  Command.withDescription(
    "start AICO: the stores, the node and its actors; Ctrl-C or SIGTERM stops it gracefully",
  ),
)
