/**
 * The two-process layout of the tell, durable-tell and ask benchmarks: node "a" runs in
 * this process (it sends), node "b" in a child process (a counter actor receives). Both
 * listen on ipc sockets in a temporary directory and know each other from the start.
 */
import { Effect } from "effect"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { Count, CountQuery, demoMessages } from "../../../actors/demo/messages.js"
import type { BusStats } from "../../../runtime/bus/Bus.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import type { CurveOptions } from "../../../runtime/transport/ZmqTransport.js"
import * as zmq from "zeromq"
import { supervisor } from "../../../runtime/system/TreeSpec.js"
import { boundedScoped } from "../support/bounded.js"
import { benchChild, type BenchChild } from "../support/childProcess.js"
import { benchLogging } from "../support/logging.js"

/** How long a node's graceful shutdown may take before the bench stops waiting. */
export const shutdownWithinMs = 2000

export interface CounterNodeConfig {
  readonly nodeId: string
  readonly dataDir: string
  readonly endpoint: string
  readonly peers: ReadonlyArray<{
    readonly id: string
    readonly endpoint: string
    readonly publicKey?: string
  }>
  readonly curve?: CurveOptions
  readonly counter: string
  readonly mailboxCapacity: number
  readonly sync: boolean
}

export interface NodeStats {
  readonly bus: BusStats
  /** User plus system CPU time of the whole process (all threads), in microseconds. */
  readonly cpuMicros: number
}

export interface TwoNodes {
  /** Node "a", in this process. */
  readonly a: ActorSystem.ActorSystem
  /** Node "b", in the child process. */
  readonly b: BenchChild
  /** The address messages are sent from (not an actor: replies and acks still reach it). */
  readonly from: string
  /** The counter actor on node "b". */
  readonly counter: string
  readonly mailboxCapacity: number
  /** How many notes the counter has processed (an ask, so it waits behind what was sent). */
  readonly processed: (timeoutMs?: number) => Promise<number>
  /** Node b's bus statistics and the CPU time its process has used so far. */
  readonly statsOfB: () => Promise<NodeStats>
}

export const processedOf = (reply: { readonly type: string; readonly payload: unknown }) => {
  if (reply.type !== Count.type) throw new Error(`expected ${Count.type}, got ${reply.type}`)
  return (reply.payload as { readonly processed: number }).processed
}

/** Starts both nodes for the scope's lifetime; `sync` is the journal's disk sync on both. */
export const twoNodes = (options: {
  readonly dir: string
  readonly sync: boolean
  readonly mailboxCapacity: number
  /** Authenticate and encrypt the bus with CurveZMQ (each node admits only the other). */
  readonly curve?: boolean
}) =>
  Effect.gen(function* () {
    const dirA = join(options.dir, "a")
    const dirB = join(options.dir, "b")
    mkdirSync(dirA, { recursive: true })
    mkdirSync(dirB, { recursive: true })
    const endpointA = `ipc://${join(dirA, "bus.sock")}`
    const endpointB = `ipc://${join(dirB, "bus.sock")}`
    const keysA = zmq.curveKeyPair()
    const keysB = zmq.curveKeyPair()
    const curve = options.curve === true
    const config: CounterNodeConfig = {
      nodeId: "b",
      dataDir: dirB,
      endpoint: endpointB,
      peers: [{ id: "a", endpoint: endpointA, ...(curve ? { publicKey: keysA.publicKey } : {}) }],
      ...(curve ? { curve: { ...keysB, allow: [keysA.publicKey] } } : {}),
      counter: "counter",
      mailboxCapacity: options.mailboxCapacity,
      sync: options.sync,
    }
    const b = yield* benchChild(new URL("./counterNode.child.ts", import.meta.url), [
      JSON.stringify(config),
    ])
    const a = yield* boundedScoped(
      ActorSystem.make({
        nodeId: "a",
        dataDir: dirA,
        endpoint: endpointA,
        peers: [{ id: "b", endpoint: endpointB, ...(curve ? { publicKey: keysB.publicKey } : {}) }],
        ...(curve ? { curve: { ...keysA, allow: [keysB.publicKey] } } : {}),
        messages: demoMessages,
        root: supervisor("root", { strategy: "one-for-one" }, []),
        durable: { sync: options.sync },
        shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 1000 },
      }).pipe(Effect.provide(benchLogging())),
      shutdownWithinMs,
      "node a",
    )
    yield* Effect.promise(() => b.next("ready"))
    const from = "bench@a"
    const counter = "counter@b"
    const nodes: TwoNodes = {
      a,
      b,
      from,
      counter,
      mailboxCapacity: options.mailboxCapacity,
      processed: (timeoutMs = 60_000) =>
        a.bus.ask(from, counter, CountQuery.make({}), timeoutMs).then(processedOf),
      statsOfB: () =>
        b.request("stats").then((reply) => ({
          bus: reply["bus"] as BusStats,
          cpuMicros: Number(reply["cpuMicros"]),
        })),
    }
    // The first ask crosses both connections, so every later measurement starts connected.
    yield* Effect.promise(() => nodes.processed(10_000))
    return nodes
  })
