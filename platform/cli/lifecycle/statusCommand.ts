/**
 * `aico status`: whether AICO runs on this data directory, since when, and what its
 * endpoints say about their health. Not running: exit 3.
 */
import { Command } from "@effect/cli"
import { Console, Effect, Either, Option, Schema } from "effect"
import { load } from "../../../config/load.js"
import { Health } from "../../../schemas/Introspection.js"
import * as ServiceFiles from "../../service/ServiceFiles.js"
import type { ServiceRecord } from "../../service/ServiceRecord.js"
import { ExitCode, QuietExit } from "../ExitCode.js"
import { getJson } from "../http/getJson.js"
import { json, printJson } from "../options.js"
import { stdoutStyle } from "../output/ansi.js"
import { humanDuration } from "../output/duration.js"

/** The gateway's /health: only `status` is relied on, the rest is shown as it comes. */
const GatewayHealth = Schema.Struct(
  { status: Schema.String },
  Schema.Record({ key: Schema.String, value: Schema.Unknown }),
)

interface EndpointHealth {
  readonly url: string | null
  readonly health: unknown
  readonly error: string | null
}

const probe = <A, I>(url: string | null, schema: Schema.Schema<A, I>) =>
  url === null
    ? Effect.succeed<EndpointHealth>({ url, health: null, error: null })
    : getJson(`${url}/health`, schema, "5 seconds").pipe(
        Effect.either,
        Effect.map((result): EndpointHealth =>
          Either.match(result, {
            onLeft: (error) => ({ url, health: null, error: error.message }),
            onRight: (health) => ({ url, health, error: null }),
          }),
        ),
      )

const describe = (name: string, endpoint: EndpointHealth, summary: (health: unknown) => string) => {
  const style = stdoutStyle()
  const state =
    endpoint.url === null
      ? style.dim("off")
      : endpoint.error !== null
        ? `${endpoint.url}  ${style.red(endpoint.error)}`
        : `${endpoint.url}  ${summary(endpoint.health)}`
  return `${name.padEnd(14)}${state}`
}

const healthSummary = (health: unknown) => {
  const style = stdoutStyle()
  if (Schema.is(Health)(health)) {
    const text = `${health.status} (${health.actors} actors)`
    return health.status === "ok" ? style.green(text) : style.yellow(text)
  }
  if (Schema.is(GatewayHealth)(health)) {
    return health.status === "ok" ? style.green(health.status) : style.yellow(health.status)
  }
  return "answering"
}

const running = (pid: number, record: Option.Option<ServiceRecord>, asJson: boolean) =>
  Effect.gen(function* () {
    const style = stdoutStyle()
    if (Option.isNone(record)) {
      return yield* Console.log(
        asJson
          ? printJson({ running: true, ready: false, pid })
          : `AICO is ${style.yellow("starting")} (pid ${pid})`,
      )
    }
    const service = record.value
    const [introspection, gateway] = yield* Effect.all(
      [probe(service.introspection, Health), probe(service.gateway, GatewayHealth)],
      { concurrency: "unbounded" },
    )
    const uptimeMs = Date.now() - service.startedAt
    if (asJson) {
      return yield* Console.log(
        printJson({
          running: true,
          ready: true,
          pid,
          startedAt: new Date(service.startedAt).toISOString(),
          uptimeMs,
          node: service.node,
          bus: service.bus,
          introspection,
          gateway,
        }),
      )
    }
    yield* Console.log(
      [
        `AICO is ${style.green("running")}  pid ${pid}  up ${humanDuration(uptimeMs)}`,
        `${"node".padEnd(14)}${service.node}`,
        `${"bus".padEnd(14)}${service.bus}`,
        describe("introspection", introspection, healthSummary),
        describe("gateway", gateway, healthSummary),
      ].join("\n"),
    )
  })

export const statusCommand = Command.make("status", { json }, ({ json: asJson }) =>
  Effect.gen(function* () {
    const config = yield* load()
    const state = yield* ServiceFiles.inspect(config.node.dataDir)
    if (state._tag === "Running") return yield* running(state.pid, state.record, asJson)
    yield* Console.log(
      asJson
        ? printJson({ running: false, dataDir: config.node.dataDir })
        : `AICO is not running on ${config.node.dataDir}`,
    )
    return yield* new QuietExit({ code: ExitCode.notRunning })
  }),
).pipe(
  Command.withDescription(
    "whether AICO runs, its pid and uptime, and its endpoints' health (exit 3: not running)",
  ),
)
