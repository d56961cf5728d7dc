/** Runs the `aico` command line in a child process, with `lines` written to descriptor 3. */
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const cli = fileURLToPath(new URL("../../platform/cli/aico.ts", import.meta.url))

export const aicoCli = (
  env: Readonly<Record<string, string>>,
  args: ReadonlyArray<string>,
  lines: ReadonlyArray<string> = [],
) =>
  Effect.promise(
    () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
          env: { ...process.env, AICO_CONFIG: "/dev/null", ...env },
          stdio: ["ignore", "pipe", "pipe", "pipe"],
        })
        let out = ""
        child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()))
        child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()))
        const fd3 = child.stdio[3]
        if (fd3 !== null && fd3 !== undefined && "end" in fd3) {
          fd3.end(lines.map((line) => `${line}\n`).join(""))
        }
        child.on("exit", (code) => resolve({ code, out }))
      }),
  )
