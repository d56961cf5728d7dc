/**
 * The introspection endpoint over a running node (the demo tree plus an actor with a
 * secret in its context), through real HTTP and a real WebSocket inspector.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Logger, LogLevel, Schema } from "effect"
import { setup } from "xstate"
import { Crash, Note } from "../../../actors/demo/messages.js"
import { demoMessages, demoTree } from "../../../actors/demo/tree.js"
import { load } from "../../../config/load.js"
import { startNode } from "../../../platform/node/startNode.js"
import { defineActor } from "../../../runtime/actor/ActorDefinition.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { ActorDetail, ActorInfo, Health } from "../../../schemas/Introspection.js"
import { tempDir } from "../../support/nodes.js"
import { connect } from "./inspectorClient.js"

const vault = defineActor({
  name: "vault",
  accepts: [],
  emits: [],
  secretContextKeys: ["token"],
  machine: setup({ types: { context: {} as { token: string; visits: number } } }).createMachine({
    context: { token: "s3cret-token", visits: 3 },
    initial: "locked",
    states: { locked: {} },
  }),
})

const running = Effect.gen(function* () {
  const dataDir = yield* tempDir()
  const config = yield* load({
    env: {},
    overrides: {
      node: { id: "main", dataDir },
      bus: { endpoint: `inproc://introspection-${crypto.randomUUID()}` },
      introspection: { port: 0 },
      log: { console: "off", file: { enabled: false } },
    },
  })
  const tree = supervisor("top", { strategy: "one-for-one" }, [demoTree("main"), actor(vault)])
  const node = yield* startNode(config, demoMessages, tree).pipe(
    Logger.withMinimumLogLevel(LogLevel.None),
  )
  const url = node.introspectionUrl
  if (url === undefined) throw new Error("introspection is enabled but has no URL")
  const get = (path: string) =>
    Effect.promise(async () => {
      const response = await fetch(`${url}${path}`)
      return { status: response.status, body: (await response.json()) as unknown }
    })
  return { ...node, url, get }
})

describe("introspection of a running node", () => {
  it.scopedLive("GET /health and /actors show the live supervision tree", () =>
    Effect.gen(function* () {
      const { get } = yield* running
      const health = yield* get("/health")
      expect(health.status).toBe(200)
      expect(Schema.decodeUnknownSync(Health)(health.body)).toMatchObject({
        status: "ok",
        node: "main",
        actors: 5,
      })
      const actors = yield* get("/actors")
      const tree = Schema.decodeUnknownSync(Schema.Array(ActorInfo))(actors.body)
      const parents = Object.fromEntries(tree.map((a) => [a.address, a.parent]))
      expect(parents).toEqual({
        "top@main": null,
        "root@main": "top@main",
        "conversation@main": "root@main",
        "ponger@main": "conversation@main",
        "pinger@main": "conversation@main",
        "counter@main": "root@main",
        "listener@main": "root@main",
        "vault@main": "top@main",
      })
      const pinger = tree.find((a) => a.address === "pinger@main")!
      expect(pinger.kind).toBe("actor")
      expect(pinger.status).toBe("running")
      expect(["resting", "waiting"]).toContain(pinger.state)
    }),
  )

  it.scopedLive("GET /actors/:address shows context with secret fields redacted", () =>
    Effect.gen(function* () {
      const { get, system } = yield* running
      for (let seq = 0; seq < 3; seq++)
        yield* system.tell("probe@main", "counter@main", Note.make({ seq, text: "" }))
      yield* Effect.sleep(100)
      const counter = Schema.decodeUnknownSync(ActorDetail)(
        (yield* get("/actors/counter@main")).body,
      )
      expect(counter.context).toEqual({ processed: 3, seqs: [] })
      expect(counter.processed).toBe(3)
      expect(counter.accepts).toContain("demo.note")
      expect(counter.emits).toEqual(["demo.count"])
      const secret = Schema.decodeUnknownSync(ActorDetail)((yield* get("/actors/vault@main")).body)
      expect(secret.context).toEqual({ token: "[redacted]", visits: 3 })
      expect(JSON.stringify((yield* get("/actors")).body)).not.toContain("s3cret")
      const conversation = Schema.decodeUnknownSync(ActorDetail)(
        (yield* get("/actors/conversation@main")).body,
      )
      expect(conversation.children).toEqual(["ponger@main", "pinger@main"])
      expect((yield* get("/actors/nobody@main")).status).toBe(404)
    }),
  )

  it.scopedLive(
    "the WebSocket stream shows actors, their events and supervision decisions live",
    () =>
      Effect.gen(function* () {
        const { url, system } = yield* running
        const inspector = yield* connect(`${url.replace("http", "ws")}/inspect`)
        yield* inspector.until("every actor announced", (frames) =>
          ["counter@main", "pinger@main", "vault@main"].every((id) =>
            frames.some((f) => f.type === "@xstate.actor" && f.sessionId === id),
          ),
        )
        yield* system.tell("probe@main", "counter@main", Note.make({ seq: 41, text: "watched" }))
        yield* inspector.until("the note reaches the counter", (frames) =>
          frames.some(
            (f) =>
              f.type === "@xstate.event" &&
              f.sessionId === "counter@main" &&
              JSON.stringify(f.event).includes("watched"),
          ),
        )
        yield* inspector.until("the counter's new snapshot", (frames) =>
          frames.some(
            (f) =>
              f.type === "@xstate.snapshot" &&
              f.sessionId === "counter@main" &&
              JSON.stringify(f.snapshot).includes('"processed":1'),
          ),
        )
        yield* system.tell(
          "probe@main",
          "counter@main",
          Crash.make({ reason: "for the inspector" }),
        )
        yield* inspector.until("the supervisor's decision", (frames) =>
          frames.some(
            (f) =>
              f.type === "@aico.supervision" &&
              f.child === "counter@main" &&
              f.directive === "restart",
          ),
        )
        // The pinger's timer drives it on its own: its transitions stream without any prompt.
        yield* inspector.until(
          "the pinger moving by itself",
          (frames) =>
            frames.some((f) => f.type === "@xstate.snapshot" && f.sessionId === "pinger@main"),
          "5 seconds",
        )
        expect(inspector.undecodable).toEqual([])
      }),
  )
})
