/**
 * Durable messages on their way to another node: journaled as they leave, resent with
 * backoff until that node acknowledges them, resent again after a restart.
 *
 * The first send goes out while the outbox write commits rather than after it: a durable
 * send then waits for one disk sync at a time (the receiver's) instead of two in a row.
 * Nothing is promised any earlier: the caller hears back once the outbox write has
 * committed, or once the receiving node has journaled the message (its acknowledgement).
 * A sender that crashes before its write commits may have delivered a message it never
 * confirmed, as it may when it crashes just after; the receiver de-duplicates by id.
 *
 * Retries are kept in one FIFO queue per attempt number: every entry in a queue waited the
 * same delay, so each queue is already in due order and a timer tick only looks at heads.
 */
import { EnvelopeProto } from "../codec/Envelope.js"
import type { Journal } from "../journal/Journal.js"
import { BatchWaiter } from "./BatchWaiter.js"

interface InFlight {
  readonly id: string
  readonly peer: string
  bytes: Uint8Array
  attempt: number
  /** The caller waiting for the acknowledgement, if it asked to. */
  waiter?: { readonly resolve: () => void; readonly reject: (cause: unknown) => void }
}

interface Due {
  readonly at: number
  readonly entry: InFlight
  readonly attempt: number
}

const TICK_MS = 10

export class Outbox {
  private readonly inflight = new Map<string, InFlight>()
  private readonly due: Array<Array<Due>> = []
  private readonly timer: NodeJS.Timeout
  /** Sends whose journal write failed are dropped: their callers hear of the failure. */
  private readonly staging = new BatchWaiter<InFlight>(
    () => {},
    (entries, cause) => {
      for (const entry of entries) {
        if (this.inflight.get(entry.id) === entry) this.inflight.delete(entry.id)
        entry.waiter?.reject(cause)
      }
    },
  )

  constructor(
    private readonly journal: Journal,
    private readonly delayFor: (attempt: number) => number,
    private readonly transmit: (peer: string, bytes: Uint8Array) => boolean,
  ) {
    this.timer = setInterval(() => this.retryDue(), TICK_MS)
    this.timer.unref()
  }

  get size(): number {
    return this.inflight.size
  }

  /** Journals and sends; resolves once journaled, or once acknowledged if asked to. */
  send(id: string, peer: string, bytes: Uint8Array, untilAcknowledged: boolean): Promise<void> {
    const entry: InFlight = { id, peer, bytes, attempt: 1 }
    this.inflight.set(id, entry)
    const staged = this.journal.stage(id, peer, bytes)
    this.staging.add(staged, entry)
    this.transmitAndSchedule(entry)
    if (!untilAcknowledged) return staged
    return new Promise<void>((resolve, reject) => (entry.waiter = { resolve, reject }))
  }

  acknowledge(id: string): void {
    const entry = this.inflight.get(id)
    if (entry === undefined) return
    this.inflight.delete(id)
    this.journal.acknowledge(id)
    entry.waiter?.resolve()
  }

  /** Loads unacknowledged messages left by a previous run and sends them again. */
  resume(): number {
    const entries = this.journal.outbox()
    for (const { id, peer, envelope } of entries) {
      const entry: InFlight = { id, peer, bytes: envelope, attempt: 1 }
      this.inflight.set(id, entry)
      this.resend(entry)
    }
    return entries.length
  }

  private transmitAndSchedule(entry: InFlight): void {
    this.transmit(entry.peer, entry.bytes)
    const level = entry.attempt - 1
    ;(this.due[level] ??= []).push({
      at: Date.now() + this.delayFor(level),
      entry,
      attempt: entry.attempt,
    })
  }

  private resend(entry: InFlight): void {
    entry.attempt++
    // The attempt number travels in the envelope so the receiver can see retries.
    const envelope = EnvelopeProto.decode(entry.bytes)
    envelope.attempt = entry.attempt
    entry.bytes = EnvelopeProto.encode(envelope).finish()
    this.transmitAndSchedule(entry)
  }

  private retryDue(): void {
    if (this.inflight.size === 0) {
      this.due.length = 0
      return
    }
    const now = Date.now()
    for (const queue of this.due) {
      if (queue === undefined) continue
      let taken = 0
      while (taken < queue.length && queue[taken]!.at <= now) {
        const { entry, attempt } = queue[taken]!
        taken++
        // Skip entries acknowledged since, or already rescheduled at a later attempt.
        if (this.inflight.get(entry.id) === entry && entry.attempt === attempt) this.resend(entry)
      }
      if (taken > 0) queue.splice(0, taken)
    }
  }

  close(): void {
    clearInterval(this.timer)
  }
}
