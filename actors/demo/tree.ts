/**
 * The demo supervision tree `npm start` runs until the companion's real actors arrive:
 * a ping-pong pair under one-for-one, a counter that can be crashed on request, and a
 * listener of published heartbeats.
 */
import { actor, supervisor } from "../../runtime/system/TreeSpec.js"
import { counter } from "./counter.js"
import { demoMessages } from "./messages.js"
import { heartbeatListener, pinger, ponger } from "./pingPong.js"

export const demoTree = (node: string, name = "root") =>
  supervisor(name, { strategy: "one-for-one" }, [
    supervisor("conversation", { strategy: "rest-for-one" }, [
      actor(ponger()),
      actor(pinger({ ponger: `ponger@${node}`, intervalMs: 1000 }), {
        grants: { publish: ["demo.heartbeat"] },
      }),
    ]),
    actor(counter("counter")),
    actor(heartbeatListener(), { restart: "transient", grants: { subscribe: ["demo.>"] } }),
  ])

export { demoMessages }
