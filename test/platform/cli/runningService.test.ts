/**
 * The `aico` commands that work on a running service, against one real service started with
 * `aico start --detach` on a fresh data directory (embedded PostgreSQL, Chroma, the real
 * embedder; the master key in a key file, as on a headless server). Shared by every test in
 * this file, in order: start, look at it, then stop it.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { serviceNodeFlags } from "../../../platform/process/serviceNodeFlags.js"
import { ActorDetail, ActorInfo } from "../../../schemas/Introspection.js"
import { aicoCli, setUpAndStartDetached } from "../../support/aicoCli.js"
import { projectModels } from "../../support/models.js"

const root = mkdtempSync(join(tmpdir(), "aico-cli-service-"))
const dataDir = join(root, "data")
const env = {
  AICO_NODE__ID: "home",
  AICO_NODE__DATA_DIR: dataDir,
  AICO_SECURITY__KEY_FILE: join(root, "keys"),
  AICO_BUS__ENDPOINT: "",
  AICO_INTROSPECTION__PORT: "0",
  AICO_EMBEDDING__MODEL_DIR: projectModels,
  AICO_EMBEDDING__ALLOW_REMOTE: "false",
}
const aico = (...args: ReadonlyArray<string>) => aicoCli(env, args)
const run = <A>(effect: Effect.Effect<A>) => Effect.runPromise(effect)

const Status = Schema.Struct({
  running: Schema.Literal(true),
  ready: Schema.Literal(true),
  pid: Schema.Number,
  uptimeMs: Schema.Number,
  node: Schema.String,
  introspection: Schema.Struct({
    url: Schema.String,
    health: Schema.Struct({ status: Schema.Literal("ok"), node: Schema.String }),
  }),
})

let ready = ""

beforeAll(async () => {
  ready = await run(setUpAndStartDetached(env))
}, 600_000)

afterAll(async () => {
  // Whatever happened above, leave no service behind.
  await run(aico("stop"))
  rmSync(root, { recursive: true, force: true })
}, 600_000)

describe("aico with a running service", () => {
  it.live("start --detach prints the ready line and leaves a pid file", () =>
    Effect.sync(() => {
      expect(ready).toMatch(
        /^ready node=home bus=\S+ curve=on introspection=http:\/\/127\.0\.0\.1:\d+/,
      )
      const pid = Number(readFileSync(join(dataDir, "aico.pid"), "utf8"))
      expect(ready).toContain(`(pid ${pid})`)
      // The detached service runs with the service's V8 flags (see serviceNodeFlags.ts).
      const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")
      for (const flag of serviceNodeFlags) expect(argv).toContain(flag)
    }),
  )

  it.live("a second start is refused while the first runs", () =>
    Effect.gen(function* () {
      const again = yield* aico("start", "--detach")
      expect(again.code).toBe(1)
      expect(again.stderr).toContain("AICO is already running")
    }),
  )

  it.live("status reports the pid, uptime and health", () =>
    Effect.gen(function* () {
      const asJson = yield* aico("status", "--json")
      expect(asJson.code).toBe(0)
      const status = Schema.decodeUnknownSync(Schema.parseJson(Status))(asJson.stdout)
      expect(status.node).toBe("home")
      expect(status.introspection.health.node).toBe("home")
      expect(ready).toContain(`introspection=${status.introspection.url}`)
      const text = yield* aico("status")
      expect(text.stdout).toContain(`AICO is running  pid ${status.pid}`)
      expect(text.stdout).toMatch(/introspection +http:\/\/\S+ +ok \(\d+ actors\)/)
    }),
  )

  it.live("actors ls and inspect read the live tree", () =>
    Effect.gen(function* () {
      const ls = yield* aico("actors", "ls", "--json")
      expect(ls.code).toBe(0)
      const actors = Schema.decodeUnknownSync(Schema.parseJson(Schema.Array(ActorInfo)))(ls.stdout)
      expect(actors.map((a) => a.address)).toContain("memory@home")
      const table = yield* aico("actors", "ls")
      expect(table.stdout.split("\n")[0]).toMatch(/^ADDRESS +KIND +STATUS/)
      expect(table.stdout).toMatch(/memory@home +actor +running/)

      const inspect = yield* aico("actors", "inspect", "memory@home", "--json")
      const detail = Schema.decodeUnknownSync(Schema.parseJson(ActorDetail))(inspect.stdout)
      expect(detail.address).toBe("memory@home")
      expect(detail.accepts).toContain("memory.search")
      const missing = yield* aico("actors", "inspect", "nobody@home")
      expect(missing.code).toBe(1)
      expect(missing.stderr).toContain('no actor at address "nobody@home"')
    }),
  )

  it.live("logs tail shows what the service logged", () =>
    Effect.gen(function* () {
      const tail = yield* aico("logs", "tail", "-n", "200", "--json")
      expect(tail.code).toBe(0)
      const messages = tail.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).message)
      expect(messages).toContain("AICO node home ready")
    }),
  )

  it.live("db status and migrate go through the running service's PostgreSQL", () =>
    Effect.gen(function* () {
      const status = yield* aico("db", "status", "--json")
      expect(status.code).toBe(0)
      const report = JSON.parse(status.stdout)
      expect(report.target).toContain("the running service's")
      expect(report.upToDate).toBe(true)
      expect(report.pending).toEqual([])
      expect(report.applied.map((m: { name: string }) => m.name)).toContain("initial")
      const migrate = yield* aico("db", "migrate")
      expect(migrate.code).toBe(0)
      expect(migrate.stdout).toContain("is up to date")
    }),
  )

  it.live("stop ends it gracefully; then status says it is not running", () =>
    Effect.gen(function* () {
      const stop = yield* aico("stop")
      expect(stop.code).toBe(0)
      expect(stop.stdout).toContain("AICO stopped")
      expect(existsSync(join(dataDir, "aico.pid"))).toBe(false)
      const status = yield* aico("status")
      expect(status.code).toBe(3)
      expect(status.stdout).toContain("AICO is not running")
    }),
  )
}, 600_000)
