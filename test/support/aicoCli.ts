/**
 * Runs the installed `aico` command (bin/aico.mjs, the package's "bin") in a child process,
 * from a directory outside the project, with `lines` written to descriptor 3 (passwords).
 */
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { tmpdir } from "node:os"
import { fileURLToPath } from "node:url"

/** The launcher package.json installs as `aico`. */
export const aicoBin = fileURLToPath(new URL("../../bin/aico.mjs", import.meta.url))

export interface CliOutcome {
  readonly code: number | null
  /** stdout and stderr as they interleaved. */
  readonly out: string
  readonly stdout: string
  readonly stderr: string
}

export const aicoCli = (
  env: Readonly<Record<string, string>>,
  args: ReadonlyArray<string>,
  lines: ReadonlyArray<string> = [],
) =>
  Effect.promise(
    () =>
      new Promise<CliOutcome>((resolve) => {
        const child = spawn(process.execPath, [aicoBin, ...args], {
          cwd: tmpdir(),
          env: { ...process.env, AICO_CONFIG: "/dev/null", ...env },
          stdio: ["ignore", "pipe", "pipe", "pipe"],
        })
        let out = ""
        let stdout = ""
        let stderr = ""
        child.stdout?.on("data", (chunk: Buffer) => {
          out += chunk.toString()
          stdout += chunk.toString()
        })
        child.stderr?.on("data", (chunk: Buffer) => {
          out += chunk.toString()
          stderr += chunk.toString()
        })
        const fd3 = child.stdio[3]
        if (fd3 !== null && fd3 !== undefined && "end" in fd3) {
          fd3.end(lines.map((line) => `${line}\n`).join(""))
        }
        child.on("close", (code) => resolve({ code, out, stdout, stderr }))
      }),
  )

/**
 * Sets AICO up on the fresh data directory `env` names (master password on descriptor 3,
 * the key kept in the key file) and starts it with `aico start --detach`; resolves with
 * the start command's stdout (its ready line). Fails with what the CLI said otherwise.
 */
export const setUpAndStartDetached = (env: Readonly<Record<string, string>>) =>
  Effect.gen(function* () {
    const password = "a long master password"
    const setup = yield* aicoCli(
      env,
      ["security", "setup", "--password-fd", "3"],
      [password, password],
    )
    if (setup.code !== 0) return yield* Effect.die(new Error(`aico security setup: ${setup.out}`))
    const started = yield* aicoCli(env, ["start", "--detach"])
    if (started.code !== 0 || started.stderr !== "") {
      return yield* Effect.die(new Error(`aico start --detach (${started.code}): ${started.out}`))
    }
    return started.stdout
  })
