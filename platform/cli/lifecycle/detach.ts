/**
 * `aico start --detach`: starts `aico start` as a detached child with its console output in
 * `<dataDir>/logs/console.log` (its structured log goes to the log file as always), waits
 * for its `ready …` line, prints it and returns. The service writes its own pid file.
 */
import { Console, Data, Duration, Effect } from "effect"
import { spawn } from "node:child_process"
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { load } from "../../../config/load.js"
import { logFilePath } from "../../logging/Logging.js"
import { serviceNodeFlags } from "../../process/serviceNodeFlags.js"
import { projectRoot } from "../../projectRoot.js"
import * as ServiceFiles from "../../service/ServiceFiles.js"
import { ExitCode } from "../ExitCode.js"

/** The launcher the package installs as `aico`; the child runs `aico start` through it. */
export const launcher = join(projectRoot, "bin", "aico.mjs")

export class AlreadyRunning extends Data.TaggedError("AlreadyRunning")<{
  readonly pid: number
  readonly dataDir: string
}> {
  override get message() {
    return `AICO is already running on ${this.dataDir} (pid ${this.pid})`
  }
}

/** The background service ended before it was ready, or did not get ready in time. */
export class StartFailed extends Data.TaggedError("StartFailed")<{
  readonly reason: string
  readonly code: ExitCode
}> {
  override get message() {
    return this.reason
  }
}

type Outcome =
  | { readonly _tag: "Ready"; readonly line: string }
  | { readonly _tag: "Exited"; readonly code: number | null; readonly signal: string | null }

const readText = (file: string) => {
  try {
    return readFileSync(file, "utf8")
  } catch {
    return ""
  }
}

const readyIn = (file: string) =>
  readText(file)
    .split("\n")
    .find((line) => line.startsWith("ready "))

export const startDetached = (waitSeconds: number) =>
  Effect.gen(function* () {
    const config = yield* load()
    const dataDir = config.node.dataDir
    const state = yield* ServiceFiles.inspect(dataDir)
    if (state._tag === "Running") return yield* new AlreadyRunning({ pid: state.pid, dataDir })
    const output = join(dataDir, "logs", "console.log")
    const child = yield* Effect.acquireRelease(
      Effect.sync(() => {
        mkdirSync(join(dataDir, "logs"), { recursive: true })
        return openSync(output, "w", 0o600)
      }),
      (fd) => Effect.sync(() => closeSync(fd)),
    ).pipe(
      Effect.map((fd) =>
        spawn(process.execPath, [...serviceNodeFlags, launcher, "start"], {
          detached: true,
          stdio: ["ignore", fd, fd],
          env: {
            ...process.env,
            // The log file has every line already; the console output keeps what is not a
            // log line (the ready line, a fatal error). Without a log file, keep the console.
            ...(config.log.file.enabled ? { AICO_LOG__CONSOLE: "off" } : {}),
          },
        }),
      ),
    )
    const outcome = yield* Effect.async<Outcome>((resume) => {
      const finish = (result: Outcome) => {
        clearInterval(poll)
        resume(Effect.succeed(result))
      }
      const onExit = (code: number | null, signal: string | null) =>
        finish({ _tag: "Exited", code, signal })
      child.once("exit", onExit)
      // The child writes to a file, not a pipe, so that it outlives this command: poll it.
      const poll = setInterval(() => {
        const line = readyIn(output)
        if (line !== undefined) {
          child.off("exit", onExit)
          finish({ _tag: "Ready", line })
        }
      }, 200)
      return Effect.sync(() => {
        clearInterval(poll)
        child.off("exit", onExit)
      })
    }).pipe(
      Effect.timeoutFail({
        duration: Duration.seconds(waitSeconds),
        onTimeout: () =>
          new StartFailed({
            reason:
              `AICO (pid ${child.pid}) did not report ready within ${waitSeconds} s; it keeps ` +
              `starting in the background (see ${output} and ${logFilePath(config)}; ` +
              "`aico stop` ends it)",
            code: ExitCode.failed,
          }),
      }),
    )
    if (outcome._tag === "Exited") {
      const said = readText(output).trim()
      return yield* new StartFailed({
        reason:
          `AICO stopped before it was ready (${outcome.code === null ? `signal ${outcome.signal}` : `exit ${outcome.code}`})` +
          (said === "" ? "" : `:\n${said}`),
        code: outcome.code === ExitCode.config ? ExitCode.config : ExitCode.failed,
      })
    }
    child.unref()
    yield* Console.log(outcome.line)
    yield* Console.log(
      `AICO runs in the background (pid ${child.pid}); logs in ${logFilePath(config)}; ` +
        "`aico stop` stops it",
    )
  }).pipe(Effect.scoped)
