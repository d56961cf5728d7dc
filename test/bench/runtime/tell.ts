/**
 * Actor-to-actor `tell` throughput across two processes. The hot loop calls the bus
 * directly in chunks and yields to the event loop between them so the transport can pump.
 * Flow control is end to end and uses only the public API: after each chunk an ask
 * (`demo.count_query`) follows the notes into the counter's mailbox, and at most
 * `markers` of these are unanswered at a time; so the notes in flight never exceed the
 * mailbox capacity and none is dropped.
 */
import { CountQuery, Note } from "../../../actors/demo/messages.js"
import { ownCpuMicros } from "../support/machine.js"
import { perSecond } from "../support/stats.js"
import type { TwoNodes } from "./twoNodes.js"

export interface ThroughputResult {
  readonly sent: number
  readonly processed: number
  /** Refused on the receiving node because the counter's mailbox was full. */
  readonly droppedFull: number
  /** Refused by the sending node (its transport queue for the peer was full). */
  readonly refused: number
  readonly ms: number
  readonly msgsPerS: number
  /** CPU time per processed message in the sending and the receiving process (µs). */
  readonly senderCpuUs: number
  readonly receiverCpuUs: number
}

/** Payload text: with `seq` the encoded note is about 64 bytes. */
export const noteText = "x".repeat(58)

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export const measureTell = async (
  nodes: TwoNodes,
  options: { readonly messages: number; readonly chunk: number; readonly markers: number },
): Promise<ThroughputResult> => {
  const { a, from, counter } = nodes
  if (options.chunk * options.markers + options.markers > nodes.mailboxCapacity)
    throw new Error("chunk × markers must fit the counter's mailbox")
  const before = await nodes.processed()
  const statsBefore = await nodes.statsOfB()
  const cpuBefore = ownCpuMicros()
  const markers: Array<Promise<unknown>> = []
  let refused = 0
  const start = performance.now()
  for (let sent = 0; sent < options.messages;) {
    if (markers.length >= options.markers) await markers.shift()
    const end = Math.min(options.messages, sent + options.chunk)
    for (; sent < end; sent++) {
      if (a.bus.tell(from, counter, Note.make({ seq: sent, text: noteText })) !== undefined)
        refused++
    }
    // An answered marker means every note before it has left the counter's mailbox.
    markers.push(a.bus.ask(from, counter, CountQuery.make({}), 60_000).catch(() => undefined))
    await yieldToEventLoop()
  }
  const processed = (await nodes.processed()) - before
  const ms = performance.now() - start
  const cpuAfter = ownCpuMicros()
  const statsAfter = await nodes.statsOfB()
  return {
    sent: options.messages,
    processed,
    droppedFull: statsAfter.bus.rejectedFull - statsBefore.bus.rejectedFull,
    refused,
    ms,
    msgsPerS: perSecond(processed, ms),
    senderCpuUs: (cpuAfter - cpuBefore) / processed,
    receiverCpuUs: (statsAfter.cpuMicros - statsBefore.cpuMicros) / processed,
  }
}
