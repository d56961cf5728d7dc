/**
 * `aico start`: the service in the foreground, exactly as `npm start` runs it (logs on the
 * terminal, Ctrl-C or SIGTERM stops it); with `--detach`, in the background.
 */
import { Command, Options } from "@effect/cli"
import { Effect } from "effect"
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

export const startCommand = Command.make("start", { detach, wait }, ({ detach, wait }) =>
  detach
    ? startDetached(wait)
    : // Loaded on demand: the whole service is a lot to load for every other command.
      Effect.flatMap(
        Effect.promise(() => import("../../service/serviceProgram.js")),
        (service) => service.program,
      ),
).pipe(
  Command.withDescription(
    "start AICO: the stores, the node and its actors; Ctrl-C or SIGTERM stops it gracefully",
  ),
)
