/**
 * The explicit fallback for a machine with no secret store: `aico start --password-fd 3`
 * unlocks the master key with the password read from a descriptor, without any kept key.
 * A wrong password ends the start with a readable error; the right one serves.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { aicoBin, aicoCli } from "../../support/aicoCli.js"
import { projectModels } from "../../support/models.js"
import { eventually, tempDir } from "../../support/nodes.js"

const password = "a long master password"

/** `aico start --password-fd 3` with `line` on descriptor 3; its output and exit code. */
const startWith = (env: Readonly<Record<string, string>>, line: string) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const child = spawn(process.execPath, [aicoBin, "start", "--password-fd", "3"], {
        cwd: tmpdir(),
        env: { ...process.env, AICO_CONFIG: "/dev/null", ...env },
        stdio: ["ignore", "pipe", "pipe", "pipe"],
      })
      let out = ""
      let code: number | null | undefined
      child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()))
      child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()))
      child.on("close", (exit) => (code = exit))
      const fd3 = child.stdio[3]
      if (fd3 !== null && fd3 !== undefined && "end" in fd3) fd3.end(`${line}\n`)
      return { child, output: () => out, code: () => code }
    }),
    ({ child }) => Effect.sync(() => child.kill("SIGKILL")),
  )

describe("aico start --password-fd", () => {
  it.scopedLive(
    "starts without a kept key from the password on a descriptor, and refuses a wrong one",
    () =>
      Effect.gen(function* () {
        const home = yield* tempDir("aico-start-fd-")
        const dataDir = join(home, "data")
        const base = {
          AICO_NODE__DATA_DIR: dataDir,
          AICO_INTROSPECTION__PORT: "0",
          AICO_GATEWAY__PORT: "0",
          AICO_LOG__FILE__ENABLED: "false",
          AICO_EMBEDDING__MODEL_DIR: projectModels,
          AICO_EMBEDDING__ALLOW_REMOTE: "false",
          AICO_LLM__PROVIDER: "embedded",
          AICO_ANALYSIS__ALLOW_REMOTE: "false",
        }
        // Set up with a key file; then started with neither that file nor a secret store.
        const setup = yield* aicoCli(
          { ...base, AICO_SECURITY__KEY_FILE: join(home, "keys") },
          ["security", "setup", "--password-fd", "3"],
          [password, password],
        )
        expect(setup.code).toBe(0)
        const env = { ...base, AICO_SECURITY__KEY_FILE: "", DBUS_SESSION_BUS_ADDRESS: "" }

        const wrong = yield* startWith(env, "not the password")
        yield* eventually(Effect.sync(wrong.code), (code) => code !== undefined, 60_000)
        expect(wrong.code()).toBe(1)
        expect(wrong.output()).toMatch(/wrong|password/i)

        const right = yield* startWith(env, password)
        const ready = yield* eventually(
          Effect.sync(right.output),
          // The log's own "… ready …" line on stderr can come before stdout's record.
          (out) => out.includes("ready node=") || right.code() !== undefined,
          180_000,
        )
        expect(ready).toContain("ready node=main")
        right.child.kill("SIGTERM")
        yield* eventually(Effect.sync(right.code), (code) => code !== undefined, 60_000)
        expect(right.code()).toBe(0)
      }),
    { timeout: 300_000 },
  )
})
