/**
 * The far end of the raw zeromq.js round trip: a ROUTER bound on the endpoint in argv that
 * sends every frame straight back to whoever sent it.
 */
import * as zmq from "zeromq"
import { report, serve } from "../support/childSide.js"

const endpoint = process.argv[2]
if (endpoint === undefined) throw new Error("usage: rawEcho.child.ts <endpoint>")

const router = new zmq.Router({ linger: 0 })
await router.bind(endpoint)
serve({
  stop: () => {
    router.close()
    process.exit(0)
  },
})
report("ready")

for await (const frames of router) await router.send(frames)
