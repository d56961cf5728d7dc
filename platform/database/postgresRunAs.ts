/**
 * Running the PostgreSQL binaries as a process AICO owns. PostgreSQL refuses to run as
 * root; when AICO runs as root the binaries run as the `postgres` system user instead,
 * with `CAP_DAC_READ_SEARCH` so that they can reach a data directory under a private
 * home (`/root` is 0700) without AICO loosening any directory's permissions.
 */
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { OutputTail } from "../process/childProcess.js"
import { systemUser } from "./postgresBinaries.js"

export interface RunAs {
  /** uid/gid that must own the data directory, when the process runs as another user. */
  readonly owner: { uid: number; gid: number } | undefined
  readonly command: (binary: string, args: ReadonlyArray<string>) => [string, Array<string>]
}

const dropRoot = [
  "--reuid=postgres",
  "--regid=postgres",
  "--clear-groups",
  "--inh-caps=+dac_read_search",
  "--ambient-caps=+dac_read_search",
]

/** How to run PostgreSQL's binaries from this process, or why it cannot. */
export const runAs: Effect.Effect<RunAs, string> = Effect.gen(function* () {
  if (process.getuid?.() !== 0) {
    return { owner: undefined, command: (binary, args) => [binary, [...args]] }
  }
  const owner = yield* systemUser("postgres")
  if (owner === undefined) {
    return yield* Effect.fail(
      "AICO runs as root and PostgreSQL may not: create a 'postgres' system user (useradd --system postgres), run AICO as another user, or set database.url",
    )
  }
  return { owner, command: (binary, args) => ["setpriv", [...dropRoot, binary, ...args]] }
})

/** Runs a binary to completion; fails with its output when it exits non-zero. */
export const runToCompletion = (
  run: RunAs,
  binary: string,
  args: ReadonlyArray<string>,
): Effect.Effect<string, string> =>
  Effect.async<string, string>((resume) => {
    const [command, argv] = run.command(binary, args)
    const tail = new OutputTail()
    const child = spawn(command, argv, { stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.on("data", (chunk: Buffer) => tail.push(chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => tail.push(chunk.toString("utf8")))
    child.once("error", (error) => resume(Effect.fail(`${command}: ${error.message}`)))
    child.once("close", (code, signal) =>
      resume(
        code === 0
          ? Effect.succeed(tail.toString())
          : Effect.fail(`${binary} exited with ${signal ?? `code ${code}`}\n${tail.toString()}`),
      ),
    )
    return Effect.sync(() => child.kill("SIGKILL"))
  })
