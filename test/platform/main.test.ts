/**
 * The service as `npm start` runs it (`platform/main.ts` in a child process): it refuses to
 * start before `aico security setup`; then the stores start on a fresh data directory, the
 * companion's tree serves, SIGTERM stops everything with exit 0, and a `kill -9` leaves
 * servers behind that the next start stops and replaces.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { aicoCli } from "../support/aicoCli.js"
import { projectModels } from "../support/models.js"
import { spawnNode } from "../support/childNode.js"
import { tempDir } from "../support/nodes.js"

const mainScript = fileURLToPath(new URL("../../platform/main.ts", import.meta.url))

/** Processes whose command line names `dir`: the servers a node started there. */
const serversIn = (dir: string) =>
  readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")
        return cmd.includes(dir) && !cmd.includes("main.ts") ? [cmd] : []
      } catch {
        return []
      }
    })

const Actors = Schema.Array(Schema.Struct({ address: Schema.String, kind: Schema.String }))

/** The settings of this test's service: its key file stands in for the OS secret store. */
const settings = (dataDir: string, keyDir: string) => ({
  AICO_NODE__DATA_DIR: dataDir,
  AICO_SECURITY__KEY_FILE: keyDir,
  AICO_BUS__ENDPOINT: "",
  AICO_INTROSPECTION__ENABLED: "true",
  AICO_INTROSPECTION__PORT: "0",
  AICO_EMBEDDING__MODEL_DIR: projectModels,
  AICO_EMBEDDING__ALLOW_REMOTE: "false",
})

const start = (dataDir: string, keyDir: string) =>
  spawnNode({
    script: mainScript,
    nodeId: "home",
    dataDir,
    endpoint: "",
    env: settings(dataDir, keyDir),
  })

describe("the service entry point", () => {
  it.scopedLive(
    "starts on embedded defaults, serves memory, and recovers from kill -9",
    () =>
      Effect.gen(function* () {
        const dataDir = yield* tempDir("aico-main-")
        const keyDir = yield* tempDir("aico-keys-")
        // Not set up yet: the service refuses, saying how to set it up.
        const unset = yield* start(dataDir, keyDir)
        expect(yield* unset.exited).toBe(1)
        expect(unset.output()).toContain("security setup")
        const setup = yield* aicoCli(
          settings(dataDir, keyDir),
          ["security", "setup", "--password-fd", "3"],
          ["a long master password", "a long master password"],
        )
        expect(setup.code).toBe(0)

        const first = yield* start(dataDir, keyDir)
        const ready = yield* first.line("ready ", 120_000)
        // The default ipc bus runs CurveZMQ with the node's own keys, made at setup.
        expect(ready).toContain("curve=on")
        const url = /introspection=(\S+)/.exec(ready)?.[1] ?? ""
        const actors = yield* Effect.promise(() => fetch(`${url}/actors`).then((r) => r.json()))
        const addresses = Schema.decodeUnknownSync(Actors)(actors).map((a) => a.address)
        expect(addresses).toContain("memory@home")
        expect(serversIn(dataDir).some((cmd) => cmd.includes("postgres"))).toBe(true)
        expect(serversIn(dataDir).some((cmd) => cmd.includes("chroma"))).toBe(true)

        // kill -9: the node cannot stop its servers; they outlive it.
        first.process.kill("SIGKILL")
        yield* first.exited
        expect(serversIn(dataDir).length).toBeGreaterThan(0)

        // The next start stops them and runs its own; SIGTERM then stops everything.
        const second = yield* start(dataDir, keyDir)
        yield* second.line("ready ", 120_000)
        second.process.kill("SIGTERM")
        expect(yield* second.exited).toBe(0)
        expect(serversIn(dataDir)).toEqual([])
      }),
    // Three starts of the whole service, each with PostgreSQL and Chroma.
    { timeout: 300_000 },
  )
})
