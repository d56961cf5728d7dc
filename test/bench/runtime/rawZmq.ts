/**
 * The baseline: raw zeromq.js DEALER→ROUTER over ipc between two processes, one 64-byte
 * message per frame, the sender awaiting each send (one send pump). What the runtime's
 * `tell` is compared with.
 */
import { Effect } from "effect"
import { join } from "node:path"
import type * as zmq from "zeromq"
import { ownCpuMicros } from "../support/machine.js"
import { perSecond } from "../support/stats.js"
import { rawPeer } from "./rawPeer.js"

export interface RawResult {
  readonly sent: number
  readonly received: number
  readonly ms: number
  readonly msgsPerS: number
  /** CPU time per message in the sending and the receiving process (µs). */
  readonly senderCpuUs: number
  readonly receiverCpuUs: number
}

interface Round {
  readonly count: number
  /** The receiver's CPU time so far (µs). */
  readonly cpuMicros: number
}

const message = Buffer.alloc(64, 0x61)
const endOfRound = Buffer.from("end")

/** Sends for about `ms` (whole chunks of 1000), then the end marker. */
const sendRound = async (dealer: zmq.Dealer, ms: number, received: () => Promise<Round>) => {
  const start = performance.now()
  const cpuBefore = ownCpuMicros()
  let sent = 0
  while (performance.now() - start < ms) {
    for (let i = 0; i < 1000; i++) await dealer.send(message)
    sent += 1000
  }
  await dealer.send(endOfRound)
  const round = await received()
  return { sent, round, ms: performance.now() - start, cpuMicros: ownCpuMicros() - cpuBefore }
}

export const measureRawZmq = (
  dir: string,
  options: { readonly ms: number; readonly warmupMs: number },
) =>
  Effect.gen(function* () {
    const endpoint = `ipc://${join(dir, "raw.sock")}`
    const { child, dealer } = yield* rawPeer(
      new URL("./rawReceiver.child.ts", import.meta.url),
      endpoint,
    )
    const received = () =>
      child.next("round").then((m) => ({
        count: Number(m["count"]),
        cpuMicros: Number(m["cpuMicros"]),
      }))
    const warmup = yield* Effect.promise(() => sendRound(dealer, options.warmupMs, received))
    const measured = yield* Effect.promise(() => sendRound(dealer, options.ms, received))
    const count = measured.round.count
    return {
      sent: measured.sent,
      received: count,
      ms: measured.ms,
      msgsPerS: perSecond(count, measured.ms),
      senderCpuUs: measured.cpuMicros / count,
      receiverCpuUs: (measured.round.cpuMicros - warmup.round.cpuMicros) / count,
    } satisfies RawResult
  }).pipe(Effect.scoped)
