import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit } from "effect"
import { heartbeatListener } from "../../../actors/demo/pingPong.js"
import { Heartbeat } from "../../../actors/demo/messages.js"
import { covers, Permissions } from "../../../runtime/pubsub/TopicGrants.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { eventually, startNode } from "../../support/nodes.js"

describe("topic grants", () => {
  it("a granted pattern covers exactly the narrower patterns", () => {
    expect(covers("demo.>", "demo.heartbeat")).toBe(true)
    expect(covers("demo.>", "demo.*")).toBe(true)
    expect(covers("demo.>", "demo.a.>")).toBe(true)
    expect(covers("demo.>", "demo")).toBe(false)
    expect(covers("demo.>", ">")).toBe(false)
    expect(covers("demo.*", "demo.heartbeat")).toBe(true)
    expect(covers("demo.*", "demo.>")).toBe(false)
    expect(covers("demo.heartbeat", "demo.*")).toBe(false)
    expect(covers(">", "system.supervision")).toBe(true)
  })

  it("publishing is denied unless a grant matches the topic", () => {
    const permissions = new Permissions()
    expect(permissions.mayPublish("a@n", "demo.heartbeat")).toBe(false)
    permissions.grant("a@n", { publish: ["demo.*"] })
    expect(permissions.mayPublish("a@n", "demo.heartbeat")).toBe(true)
    expect(permissions.mayPublish("a@n", "demo.deeper.heartbeat")).toBe(false)
    expect(permissions.mayPublish("b@n", "demo.heartbeat")).toBe(false)
  })

  it.scopedLive("the bus refuses an ungranted publish and delivers a granted one", () =>
    Effect.gen(function* () {
      const node = yield* startNode({
        nodeId: "n",
        endpoint: `inproc://grants-${crypto.randomUUID()}`,
        root: supervisor("root", { strategy: "one-for-one" }, [
          actor(heartbeatListener("listener"), { grants: { subscribe: ["demo.>"] } }),
        ]),
        grants: { "granted@n": { publish: ["demo.heartbeat"] } },
      })
      const refused = yield* Effect.flip(
        node.publish("stranger@n", "demo.heartbeat", Heartbeat.make({ beat: 1, from: "stranger" })),
      )
      expect(refused._tag).toBe("PermissionDenied")
      expect(refused.message).toContain("stranger@n may not publish on demo.heartbeat")
      yield* node.publish(
        "granted@n",
        "demo.heartbeat",
        Heartbeat.make({ beat: 2, from: "friend" }),
      )
      const detail = yield* eventually(
        node.introspection.actor("listener@n").pipe(Effect.orDie),
        (d) => JSON.stringify(d.context).includes("friend"),
      )
      // Only the granted publish arrived.
      expect(detail.context).toEqual({ beats: 1, lastFrom: "friend" })
    }),
  )

  it.scopedLive("a subscription without a grant stops the tree from starting, saying why", () =>
    Effect.gen(function* () {
      const exit = yield* Effect.exit(
        startNode({
          nodeId: "n",
          endpoint: `inproc://grants-${crypto.randomUUID()}`,
          root: supervisor("root", { strategy: "one-for-one" }, [
            actor(heartbeatListener("listener")),
          ]),
        }),
      )
      expect(Exit.isFailure(exit)).toBe(true)
      if (Exit.isFailure(exit)) {
        expect(Cause.pretty(exit.cause)).toContain(
          "listener@n subscribes to demo.> without a grant",
        )
      }
    }),
  )
})
