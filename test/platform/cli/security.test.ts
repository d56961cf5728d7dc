/**
 * `aico security …` as a user runs it, in a child process, with passwords on a file
 * descriptor and the master key kept in a key file (this test machine has no desktop
 * secret store; the Secret Service path is tested in test/platform/security).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { aicoCli } from "../../support/aicoCli.js"
import { tempDir } from "../../support/nodes.js"

const aico = (dataDir: string, args: ReadonlyArray<string>, lines: ReadonlyArray<string> = []) =>
  aicoCli({ AICO_NODE__DATA_DIR: dataDir }, ["security", ...args], lines)

describe("aico security", () => {
  it.scopedLive(
    "sets up, reports, unlocks, refuses a wrong password, changes the password",
    () =>
      Effect.gen(function* () {
        const dataDir = yield* tempDir("aico-security-")
        const keys = join(dataDir, "keys")
        const opts = ["--password-fd", "3", "--key-file", keys]
        const keyFile = join(keys, "master-key.key")

        const setup = yield* aico(dataDir, ["setup", ...opts], ["correct horse", "correct horse"])
        expect(setup.out).toContain("master key set up")
        expect(setup.code).toBe(0)
        const record = join(dataDir, "security", "master.json")
        expect(statSync(record).mode & 0o077).toBe(0)
        expect(readFileSync(record, "utf8")).not.toContain("correct horse")
        const firstKey = readFileSync(keyFile, "utf8")

        const status = yield* aico(dataDir, ["status", "--key-file", keys])
        expect(status.out).toMatch(/master key set up .* kept in key-file/)

        const again = yield* aico(dataDir, ["setup", ...opts], ["other", "other"])
        expect(again.code).toBe(1)

        const wrong = yield* aico(dataDir, ["unlock", ...opts], ["battery staple"])
        expect(wrong.code).toBe(1)
        expect(wrong.out).toContain("the password does not unlock the master key")

        const unlock = yield* aico(dataDir, ["unlock", ...opts], ["correct horse"])
        expect(unlock.code).toBe(0)
        expect(readFileSync(keyFile, "utf8")).toBe(firstKey)

        const mismatch = yield* aico(
          dataDir,
          ["change-password", ...opts],
          ["correct horse", "a", "b"],
        )
        expect(mismatch.code).toBe(1)
        expect(mismatch.out).toContain("differ")

        const change = yield* aico(
          dataDir,
          ["change-password", ...opts],
          ["correct horse", "tr0ub4dor", "tr0ub4dor"],
        )
        expect(change.code).toBe(0)
        // The password changed, the master key did not: everything sealed stays readable.
        expect(readFileSync(keyFile, "utf8")).toBe(firstKey)
        const unlockNew = yield* aico(dataDir, ["unlock", ...opts], ["tr0ub4dor"])
        expect(unlockNew.code).toBe(0)
      }),
    // Eight CLI processes, each deriving keys with Argon2id: slow on a busy machine.
    { timeout: 300_000 },
  )

  it.scopedLive("bad arguments are a usage error (exit 2)", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir("aico-security-")
      const unknown = yield* aico(dataDir, ["launch"])
      expect(unknown.code).toBe(2)
      expect(unknown.out).toContain("unknown security action")
      const badFd = yield* aico(dataDir, ["unlock", "--password-fd", "three"])
      expect(badFd.code).toBe(2)
    }),
  )
})
