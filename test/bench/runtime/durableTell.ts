/**
 * Durable `tell` throughput across two processes: `tellDurable(..., { acknowledged: true })`
 * resolves when the receiving node has journaled the message and acknowledged it. A
 * bounded window of outstanding promises keeps the sender from running ahead; the clock
 * stops when every message is acknowledged and the counter has processed them all.
 */
import { Note } from "../../../actors/demo/messages.js"
import { ownCpuMicros } from "../support/machine.js"
import { perSecond } from "../support/stats.js"
import { noteText, type ThroughputResult } from "./tell.js"
import type { TwoNodes } from "./twoNodes.js"

export interface DurableResult extends ThroughputResult {
  readonly acknowledged: number
  readonly failed: number
  /** Deliveries the receiver recognised as retries of journaled messages (resends). */
  readonly duplicates: number
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export const measureDurableTell = async (
  nodes: TwoNodes,
  options: { readonly messages: number; readonly window: number; readonly chunk: number },
): Promise<DurableResult> => {
  const { a, from, counter } = nodes
  if (options.window >= nodes.mailboxCapacity)
    throw new Error("the window must be smaller than the counter's mailbox")
  const before = await nodes.processed()
  const statsBefore = await nodes.statsOfB()
  const cpuBefore = ownCpuMicros()
  let outstanding = 0
  let acknowledged = 0
  let failed = 0
  // Resumes the sender once the window has room for a chunk again (or is empty at the end).
  let wake: { readonly below: number; readonly resume: () => void } | undefined
  const settled = () => {
    outstanding--
    if (wake !== undefined && outstanding <= wake.below) {
      const { resume } = wake
      wake = undefined
      resume()
    }
  }
  const waitUntilAtMost = (below: number) =>
    outstanding <= below
      ? Promise.resolve()
      : new Promise<void>((resume) => (wake = { below, resume }))

  const start = performance.now()
  for (let sent = 0; sent < options.messages;) {
    await waitUntilAtMost(options.window - options.chunk)
    const end = Math.min(options.messages, sent + options.chunk)
    for (; sent < end; sent++) {
      outstanding++
      a.bus
        .tellDurable(from, counter, Note.make({ seq: sent, text: noteText }), {
          acknowledged: true,
        })
        .then(
          () => {
            acknowledged++
            settled()
          },
          () => {
            failed++
            settled()
          },
        )
    }
    await yieldToEventLoop()
  }
  await waitUntilAtMost(0)
  const processed = (await nodes.processed()) - before
  const ms = performance.now() - start
  const cpuAfter = ownCpuMicros()
  const statsAfter = await nodes.statsOfB()
  const done = Math.min(processed, acknowledged)
  return {
    sent: options.messages,
    processed,
    acknowledged,
    failed,
    droppedFull: statsAfter.bus.rejectedFull - statsBefore.bus.rejectedFull,
    duplicates: statsAfter.bus.duplicates - statsBefore.bus.duplicates,
    refused: 0,
    ms,
    msgsPerS: perSecond(done, ms),
    senderCpuUs: (cpuAfter - cpuBefore) / done,
    receiverCpuUs: (statsAfter.cpuMicros - statsBefore.cpuMicros) / done,
  }
}
