/**
 * The baseline for `ask` latency: a raw zeromq.js round trip over ipc between two
 * processes (DEALER → ROUTER that echoes), 64 bytes each way, paced like the asks. What no
 * ask through the runtime can beat on the same machine at the same moment.
 */
import { Effect } from "effect"
import { join } from "node:path"
import { measurePaced, warmUpPaced, type LatencyResult } from "./askLatency.js"
import { rawPeer } from "./rawPeer.js"

export const measureRawRoundTrip = (
  dir: string,
  options: {
    readonly warmup: number
    readonly warmupRuns: number
    readonly count: number
    readonly intervalMs: number
  },
) =>
  Effect.gen(function* () {
    const endpoint = `ipc://${join(dir, "echo.sock")}`
    const { dealer } = yield* rawPeer(new URL("./rawEcho.child.ts", import.meta.url), endpoint)
    // Each frame carries its sequence number; its echo resolves the waiting request.
    const waiting = new Map<number, () => void>()
    void (async () => {
      for await (const [frame] of dealer) {
        if (frame !== undefined && frame.length >= 4) waiting.get(frame.readUInt32BE(0))?.()
      }
    })().catch(() => undefined)
    let next = 0
    // One send at a time: zeromq.js refuses a send while another is in progress.
    let sending: Promise<unknown> = Promise.resolve()
    const roundTrip = () =>
      new Promise<void>((resolve, reject) => {
        const seq = next++
        waiting.set(seq, () => {
          waiting.delete(seq)
          resolve()
        })
        const frame = Buffer.alloc(64, 0x61)
        frame.writeUInt32BE(seq, 0)
        sending = sending.then(() => dealer.send(frame)).catch(reject)
      })
    yield* Effect.promise(() =>
      warmUpPaced({ ...options, count: options.warmup, runs: options.warmupRuns }, roundTrip),
    )
    return yield* Effect.promise((): Promise<LatencyResult> => measurePaced(options, roundTrip))
  }).pipe(Effect.scoped)
