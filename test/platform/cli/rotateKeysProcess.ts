/**
 * `aico security rotate-keys` in a child process, as a user runs it (passwords on descriptor
 * 3), with its output followed line by line so a test can wait for a progress line and
 * SIGKILL it there. Also the AICO data directory the rotation tests share: a configuration
 * given only by AICO_* variables, read the same way in the test and in the child.
 */
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { load } from "../../../config/load.js"
import { projectModels } from "../../support/models.js"

const cli = fileURLToPath(new URL("../../../platform/cli/aico.ts", import.meta.url))
/** The service entry point, as `npm start` runs it. */
export const serviceScript = fileURLToPath(new URL("../../../platform/main.ts", import.meta.url))
const root = fileURLToPath(new URL("../../../", import.meta.url))

/** The variables that make an AICO on `dataDir` (key file instead of the OS secret store). */
export const aicoEnv = (
  dataDir: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> => ({
  AICO_CONFIG: "/dev/null",
  HOME: join(dataDir, ".."),
  AICO_NODE__DATA_DIR: dataDir,
  AICO_SECURITY__KEY_FILE: join(dataDir, "..", "keys"),
  AICO_BUS__ENDPOINT: "",
  AICO_INTROSPECTION__ENABLED: "false",
  AICO_LOG__CONSOLE: "off",
  AICO_LOG__FILE__ENABLED: "false",
  AICO_EMBEDDING__MODEL_DIR: projectModels,
  AICO_EMBEDDING__ALLOW_REMOTE: "false",
  AICO_CHROMA__START_TIMEOUT_MS: "60000",
  ...extra,
})

/** The configuration the child reads from `env`. */
export const configOf = (env: Readonly<Record<string, string>>) => load({ env })

export interface CliRun {
  readonly output: () => string
  /** The first output line matching `pattern`, once it is printed. */
  readonly line: (pattern: RegExp) => Effect.Effect<string, Error>
  readonly kill: () => void
  /** The exit code, or the signal's name. */
  readonly exited: Effect.Effect<number | string>
}

/** Starts `script` with `env` (over the inherited non-AICO variables) and `lines` on fd 3. */
export const startScript = (
  script: string,
  env: Readonly<Record<string, string>>,
  args: ReadonlyArray<string>,
  lines: ReadonlyArray<string> = [],
) =>
  Effect.acquireRelease(
    Effect.sync((): CliRun => {
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith("AICO_")),
      )
      const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
        cwd: root,
        env: { ...inherited, ...env },
        stdio: ["ignore", "pipe", "pipe", "pipe"],
      })
      let output = ""
      const waiters: Array<() => void> = []
      const collect = (chunk: Buffer) => {
        output += chunk.toString()
        for (const wake of waiters.splice(0)) wake()
      }
      child.stdout?.on("data", collect)
      child.stderr?.on("data", collect)
      const fd3 = child.stdio[3]
      if (fd3 !== null && fd3 !== undefined && "end" in fd3) {
        // A child killed (or never reading) resets the pipe: what it did is what is tested.
        fd3.on("error", () => undefined)
        fd3.end(lines.map((line) => `${line}\n`).join(""))
      }
      const exited = new Promise<number | string>((resolve) =>
        child.once("exit", (code, signal) => {
          resolve(code ?? signal ?? "unknown")
          for (const wake of waiters.splice(0)) wake()
        }),
      )
      const line = (pattern: RegExp) =>
        Effect.async<string, Error>((resume) => {
          const check = () => {
            const found = output.split("\n").find((l) => pattern.test(l))
            if (found !== undefined) resume(Effect.succeed(found))
            else if (child.exitCode !== null || child.signalCode !== null)
              resume(Effect.fail(new Error(`exited before printing ${pattern}:\n${output}`)))
            else waiters.push(check)
          }
          check()
        })
      return {
        output: () => output,
        line,
        kill: () => child.kill("SIGKILL"),
        exited: Effect.promise(() => exited),
      }
    }),
    (run) => Effect.sync(run.kill),
  )

/** Starts `aico <args>`. */
export const startAico = (
  env: Readonly<Record<string, string>>,
  args: ReadonlyArray<string>,
  lines: ReadonlyArray<string> = [],
) => startScript(cli, env, args, lines)

/** Runs `script` to its end. */
export const runScript = (
  script: string,
  env: Readonly<Record<string, string>>,
  args: ReadonlyArray<string> = [],
  lines: ReadonlyArray<string> = [],
) =>
  Effect.scoped(
    Effect.gen(function* () {
      const run = yield* startScript(script, env, args, lines)
      const code = yield* run.exited
      return { code, out: run.output() }
    }),
  )

/** Runs `aico <args>` to its end. */
export const runAico = (
  env: Readonly<Record<string, string>>,
  args: ReadonlyArray<string>,
  lines: ReadonlyArray<string> = [],
) => runScript(cli, env, args, lines)
