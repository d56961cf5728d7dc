/**
 * `aico stop`: SIGTERM to the service named by the pid file, then wait while it drains its
 * mailboxes and stops its stores; past `--timeout` it is killed. No service: exit 3 (a pid
 * file left by a killed service is removed on the way).
 */
import { Command, Options } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { load } from "../../../config/load.js"
import * as ServiceFiles from "../../service/ServiceFiles.js"
import { processAlive } from "../../service/processAlive.js"
import { ExitCode, QuietExit } from "../ExitCode.js"

const timeout = Options.integer("timeout").pipe(
  Options.withDefault(60),
  Options.withDescription("seconds to wait for a graceful stop before killing the process"),
)

/** Polls until `pid` is gone or `ms` have passed; whether it is gone. */
export const waitGone = (pid: number, ms: number) =>
  Effect.gen(function* () {
    const deadline = Date.now() + ms
    while (processAlive(pid) && Date.now() < deadline) yield* Effect.sleep("100 millis")
    return !processAlive(pid)
  })

const signal = (pid: number, name: NodeJS.Signals) =>
  Effect.sync(() => {
    try {
      process.kill(pid, name)
    } catch {
      // it exited between the check and the signal: what we wanted
    }
  })

export const stopCommand = Command.make("stop", { timeout }, ({ timeout }) =>
  Effect.gen(function* () {
    const config = yield* load()
    const dataDir = config.node.dataDir
    const state = yield* ServiceFiles.inspect(dataDir)
    if (state._tag === "NotRunning") {
      yield* Console.log(
        `AICO is not running on ${dataDir}` +
          Option.match(state.stalePid, {
            onNone: () => "",
            onSome: (pid) => ` (removed the pid file of pid ${pid}, which is gone)`,
          }),
      )
      return yield* new QuietExit({ code: ExitCode.notRunning })
    }
    yield* Console.error(`stopping AICO (pid ${state.pid})…`)
    yield* signal(state.pid, "SIGTERM")
    if (yield* waitGone(state.pid, timeout * 1000)) {
      return yield* Console.log(`AICO stopped (pid ${state.pid})`)
    }
    yield* signal(state.pid, "SIGKILL")
    yield* waitGone(state.pid, 10_000)
    // A killed service cannot remove its own files.
    yield* ServiceFiles.inspect(dataDir)
    yield* Console.log(
      `AICO did not stop within ${timeout} s and was killed (pid ${state.pid}); ` +
        "its database and Chroma servers are stopped by the next start",
    )
    return yield* new QuietExit({ code: ExitCode.failed })
  }),
).pipe(Command.withDescription("stop the running service gracefully (exit 3: it was not running)"))
