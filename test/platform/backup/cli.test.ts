import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import * as Database from "../../../platform/database/Database.js"
import * as UserRepository from "../../../platform/database/repositories/UserRepository.js"
import { projectRoot } from "../../../platform/projectRoot.js"
import { aicoCli } from "../../support/aicoCli.js"
import { tempDir } from "../../support/nodes.js"
import { configFor, quiet } from "./backupStack.js"

interface Outcome {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI as AICO's users do, with only the given AICO_* variables. */
const aico = (args: ReadonlyArray<string>, home: string, env: Record<string, string> = {}) =>
  Effect.promise(
    () =>
      new Promise<Outcome>((resolve, reject) => {
        const inherited = Object.fromEntries(
          Object.entries(process.env).filter(([name]) => !name.startsWith("AICO_")),
        )
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "platform/cli/aico.ts", ...args],
          {
            cwd: projectRoot,
            env: { ...inherited, HOME: home, XDG_CONFIG_HOME: join(home, "config"), ...env },
            stdio: ["ignore", "pipe", "pipe"],
          },
        )
        let stdout = ""
        let stderr = ""
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")))
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
        child.once("error", reject)
        child.once("close", (code) => resolve({ code, stdout, stderr }))
      }),
  )

describe("the aico command line", () => {
  it.scopedLive("answers bad arguments with the usage and exit code 2", () =>
    Effect.gen(function* () {
      const home = yield* tempDir("aico-cli-")
      const none = yield* aico([], home)
      expect(none.code).toBe(2)
      expect(none.stderr).toContain("no command given")
      expect(none.stderr).toContain("usage: aico")
      const unknown = yield* aico(["frobnicate"], home)
      expect(unknown.code).toBe(2)
      expect(unknown.stderr).toContain('unknown command "frobnicate"')
      const missing = yield* aico(["backup"], home)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toContain("backup needs the archive path")
      const extra = yield* aico(["restore", "a.tar.gz", "b.tar.gz"], home)
      expect(extra.code).toBe(2)
      const help = yield* aico(["help"], home)
      expect(help.code).toBe(0)
      expect(help.stdout).toContain("restore <archive.tar.gz>")
    }),
  )

  it.scopedLive("exits 78 on a configuration error", () =>
    Effect.gen(function* () {
      const home = yield* tempDir("aico-cli-")
      const result = yield* aico(["backup", join(home, "a.tar.gz")], home, {
        AICO_NODE__ID: "Not A Node Id",
      })
      expect(result.code).toBe(78)
      expect(result.stderr).toContain("node.id")
    }),
  )

  it.scopedLive(
    "backs up a data directory, and refuses to restore into a used one",
    () =>
      Effect.gen(function* () {
        const home = yield* tempDir("aico-cli-")
        const dataDir = join(home, "data")
        const config = yield* configFor(dataDir)
        yield* Effect.gen(function* () {
          const users = yield* UserRepository.UserRepository
          yield* users.create({ displayName: "Melanie" })
        }).pipe(
          Effect.provide(
            UserRepository.layer.pipe(Layer.provide(Database.layerFromConfig(config))),
          ),
          Effect.scoped,
          quiet,
        )
        const archive = join(home, "aico.tar.gz")
        const env = {
          AICO_NODE__DATA_DIR: dataDir,
          AICO_CHROMA__START_TIMEOUT_MS: "60000",
          AICO_SECURITY__KEY_FILE: join(home, "keys"),
        }
        // Backup needs the master key (working memory is sealed with it).
        const setup = yield* aicoCli(
          env,
          ["security", "setup", "--password-fd", "3"],
          ["a long master password", "a long master password"],
        )
        expect(setup.code).toBe(0)
        const backedUp = yield* aico(["backup", archive], home, env)
        expect(backedUp.stderr).toContain("backup: PostgreSQL table users: 1 rows")
        expect(backedUp.code).toBe(0)
        expect(backedUp.stdout).toContain(`backup written to ${archive}: 1 rows, 0 vectors`)
        expect(existsSync(archive)).toBe(true)
        expect(existsSync(`${archive}.partial`)).toBe(false)

        const used = join(home, "used")
        mkdirSync(used)
        writeFileSync(join(used, "notes.txt"), "mine")
        const refused = yield* aico(["restore", archive], home, { AICO_NODE__DATA_DIR: used })
        expect(refused.code).toBe(1)
        expect(refused.stderr).toContain(`cannot restore into ${used}`)
        expect(readdirSync(used)).toEqual(["notes.txt"])
      }),
    { timeout: 180_000 },
  )
})
