/**
 * A writer process is SIGKILLed mid-write; on reopen, every entry it reported as written
 * is there.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { spawn } from "node:child_process"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { tempDir } from "../../support/nodes.js"
import { openStore } from "./store.js"

const script = fileURLToPath(new URL("./crashWriter.child.ts", import.meta.url))
const root = fileURLToPath(new URL("../../../", import.meta.url))

/** Runs the writer until it has reported `count` puts, then kills it; resolves with its output. */
const writeThenKill = (path: string, count: number) =>
  Effect.async<string, Error>((resume) => {
    // Node itself with the tsx loader (not the tsx wrapper), so the signal reaches the writer.
    const child = spawn(process.execPath, ["--import", "tsx", script, path], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    let errors = ""
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      if (output.split("\nput ").length > count && child.signalCode === null) child.kill("SIGKILL")
    })
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()))
    child.once("exit", (code, signal) =>
      resume(
        signal === "SIGKILL"
          ? Effect.succeed(output)
          : Effect.fail(new Error(`writer exited with ${code ?? signal}:\n${errors}`)),
      ),
    )
    return Effect.sync(() => child.kill("SIGKILL"))
  })

describe("working memory after a crash", () => {
  it.scopedLive("every put reported before a SIGKILL is found on reopen", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      const output = yield* writeThenKill(path, 200)
      const reported = output
        .split("\n")
        .slice(0, -1) // the last line may be cut short by the kill
        .filter((line) => line.startsWith("put "))
        .map((line) => line.split(" ") as [string, string, string])
      expect(reported.length).toBeGreaterThanOrEqual(200)

      const store = yield* openStore({ path })
      for (const [, conversation, id] of reported)
        expect(Option.isSome(yield* store.get(conversation, id)), `${conversation} ${id}`).toBe(
          true,
        )
      const { entries } = yield* store.stats()
      // A put may have committed just before the kill without being reported.
      expect(entries).toBeGreaterThanOrEqual(reported.length)
    }),
  )
})
