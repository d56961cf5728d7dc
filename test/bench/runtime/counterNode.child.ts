/**
 * Node "b" of the two-process benchmarks: an ActorSystem whose only actor is a counter.
 * Configured by one JSON argument (`CounterNodeConfig`); reports "ready" with its endpoint,
 * answers "stats" with its bus figures, and shuts down gracefully on "stop".
 */
import { Effect, Scope } from "effect"
import { counter } from "../../../actors/demo/counter.js"
import { demoMessages } from "../../../actors/demo/messages.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { closeWithin } from "../support/bounded.js"
import { report, serve } from "../support/childSide.js"
import { benchLogging } from "../support/logging.js"
import { ownCpuMicros } from "../support/machine.js"
import { shutdownWithinMs, type CounterNodeConfig } from "./twoNodes.js"

const config = JSON.parse(process.argv[2] ?? "{}") as CounterNodeConfig
const scope = Effect.runSync(Scope.make())
const system = await Effect.runPromise(
  ActorSystem.make({
    nodeId: config.nodeId,
    dataDir: config.dataDir,
    endpoint: config.endpoint,
    peers: config.peers,
    ...(config.curve === undefined ? {} : { curve: config.curve }),
    messages: demoMessages,
    root: supervisor("root", { strategy: "one-for-one" }, [
      actor(counter(config.counter, { mailboxCapacity: config.mailboxCapacity })),
    ]),
    durable: { sync: config.sync },
    shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 1000 },
  }).pipe(Scope.extend(scope), Effect.provide(benchLogging())),
)

serve({
  stats: () => ({ bus: { ...system.bus.stats }, cpuMicros: ownCpuMicros() }),
  stop: async () => {
    await Effect.runPromise(closeWithin(scope, shutdownWithinMs, "node b"))
    process.exit(0)
  },
})
report("ready", { endpoint: system.endpoint })
