/**
 * The receiving half of the raw zeromq.js baseline: a ROUTER bound on the endpoint in
 * argv, counting frames. A frame other than a 64-byte message ends a round: the count and
 * the CPU time used so far go back to the parent over IPC, and the next round starts.
 */
import { report } from "../support/childSide.js"
import { ownCpuMicros } from "../support/machine.js"
import { boundRouter } from "./rawPeer.js"

const router = await boundRouter("rawReceiver.child.ts")
let count = 0
for await (const [, frame] of router) {
  if (frame !== undefined && frame.length === 64) count++
  else {
    report("round", { count, cpuMicros: ownCpuMicros() })
    count = 0
  }
}
