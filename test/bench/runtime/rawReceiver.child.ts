/**
 * The receiving half of the raw zeromq.js baseline: a ROUTER bound on the endpoint in
 * argv, counting frames. A frame other than a 64-byte message ends a round: the count and
 * the CPU time used so far go back to the parent over IPC, and the next round starts.
 */
import * as zmq from "zeromq"
import { report, serve } from "../support/childSide.js"
import { ownCpuMicros } from "../support/machine.js"

const endpoint = process.argv[2]
if (endpoint === undefined) throw new Error("usage: rawReceiver.child.ts <endpoint>")

const router = new zmq.Router({ linger: 0 })
await router.bind(endpoint)
serve({
  stop: () => {
    router.close()
    process.exit(0)
  },
})
report("ready")

let count = 0
for await (const [, frame] of router) {
  if (frame !== undefined && frame.length === 64) count++
  else {
    report("round", { count, cpuMicros: ownCpuMicros() })
    count = 0
  }
}
