/**
 * The node's on-disk journal (LMDB): the inbox of durable messages received but not yet
 * processed, the outbox of durable messages sent but not yet acknowledged, the ids already
 * processed (for de-duplication), and the dead letters.
 *
 * Inbox and outbox are batch records (BatchedRecords): what one turn of the event loop
 * admits or sends is one record and one write, and a record goes once all of it is done.
 * LMDB commits the writes queued meanwhile together, so journaling costs far less than
 * one disk sync per message.
 */
import { Data, Effect, Schema } from "effect"
import { open, type Database, type RootDatabase } from "lmdb"
import { mkdirSync } from "node:fs"
import { BatchedRecords } from "./BatchedRecords.js"
import { DeadLetter, type DeadLetterStore } from "./DeadLetterStore.js"
import { decodeMessage, type BatchEntry } from "./InboxRecords.js"
import { SeenIds } from "./SeenIds.js"

export class JournalError extends Data.TaggedError("JournalError")<{
  readonly path: string
  readonly reason: string
}> {
  override get message() {
    return `journal ${this.path}: ${this.reason}`
  }
}

export interface JournalOptions {
  readonly path: string
  /** Acknowledge only after the write reached the disk (power-loss safe), not just the OS. */
  readonly sync: boolean
  /** How long processed ids are remembered for de-duplication (at least; up to twice). */
  readonly dedupWindowMs?: number
}

export interface InboxEntry {
  readonly id: string
  readonly envelope: Uint8Array
  readonly attempts: number
}

export interface OutboxEntry {
  readonly id: string
  readonly peer: string
  readonly envelope: Uint8Array
}

/*
 * An outbox entry's value names the peer it goes to (the same layout one record per sent
 * message had before batches): [u8 version = 1][u16 peer length][peer (utf-8)][envelope]
 */
const RECORD_VERSION = 1

const outboxValue = (peer: string, envelope: Uint8Array): Buffer => {
  const peerBytes = Buffer.from(peer)
  const record = Buffer.allocUnsafe(3 + peerBytes.length + envelope.length)
  record[0] = RECORD_VERSION
  record.writeUInt16BE(peerBytes.length, 1)
  record.set(peerBytes, 3)
  record.set(envelope, 3 + peerBytes.length)
  return record
}

const readOutbox = (
  record: Uint8Array | undefined,
): { peer: string; envelope: Uint8Array } | undefined => {
  if (record === undefined || record.length < 3 || record[0] !== RECORD_VERSION) return undefined
  const peerEnd = 3 + ((record[1]! << 8) | record[2]!)
  if (record.length < peerEnd) return undefined
  return {
    peer: Buffer.from(record.subarray(3, peerEnd)).toString(),
    envelope: Uint8Array.from(record.subarray(peerEnd)),
  }
}
const decodeDead = Schema.decodeUnknownOption(DeadLetter)
const encodeDead = Schema.encodeSync(DeadLetter)

/**
 * How long an outbox record may keep acknowledged messages before it is rewritten without
 * them. After a crash everything in a record is sent again, and the receiver recognises
 * the acknowledged copies only within its de-duplication window (minutes).
 */
const OUTBOX_COMPACT_MS = 1000

export class Journal implements DeadLetterStore {
  private closed = false
  private readonly inboxRecords: BatchedRecords
  private readonly outboxRecords: BatchedRecords
  /** Pending inbox ids with an attempts record (they crashed their actor at least once). */
  private readonly attempted = new Set<string>()
  private readonly attemptsDb: Database<number, string>
  private readonly deadDb: Database<unknown, string>
  private readonly seen: SeenIds
  private readonly timers: ReadonlyArray<NodeJS.Timeout>

  private constructor(
    private readonly options: JournalOptions,
    private readonly root: RootDatabase,
  ) {
    const durable = (write: Promise<boolean>) => this.durable(write)
    this.inboxRecords = new BatchedRecords(
      root.openDB({ name: "inbox.batches", encoding: "binary" }),
      durable,
    )
    this.outboxRecords = new BatchedRecords(
      root.openDB({ name: "outbox.batches", encoding: "binary" }),
      durable,
    )
    this.attemptsDb = root.openDB({ name: "inbox.attempts" })
    this.deadDb = root.openDB({ name: "dead" })
    const seenIn = (suffix: string) => ({
      blocks: root.openDB<Uint8Array, string>({
        name: `seen.blocks.${suffix}`,
        encoding: "binary",
      }),
      ids: root.openDB<number, string>({ name: `seen.${suffix}` }),
    })
    this.seen = new SeenIds(seenIn("a"), seenIn("b"))
    this.inboxRecords.load((id) => this.seen.has(id))
    this.outboxRecords.load(() => false)
    // An attempts record outlives its message only if a crash came between the two
    // writes; left alone, such records would pile up for good.
    for (const id of this.attemptsDb.getKeys())
      if (this.inboxRecords.has(id)) this.attempted.add(id)
      else void this.attemptsDb.remove(id)
    this.carryOverMessageRecords()
    this.timers = [
      setInterval(() => void this.rotateSeen(), options.dedupWindowMs ?? 10 * 60_000),
      setInterval(() => void this.outboxRecords.compact(OUTBOX_COMPACT_MS), OUTBOX_COMPACT_MS),
    ]
    for (const timer of this.timers) timer.unref()
  }

  static open(options: JournalOptions): Journal {
    mkdirSync(options.path, { recursive: true })
    return new Journal(options, open({ path: options.path, maxDbs: 16, compression: false }))
  }

  /** Moves an inbox and outbox written one record per message (before batches) into batches. */
  private carryOverMessageRecords(): void {
    const inbox = this.root.openDB<Uint8Array, string>({ name: "inbox", encoding: "binary" })
    const outbox = this.root.openDB<Uint8Array, string>({ name: "outbox", encoding: "binary" })
    if (inbox.getKeysCount() === 0 && outbox.getKeysCount() === 0) return
    const received: Array<BatchEntry & { readonly attempts: number }> = []
    for (const { key, value } of inbox.getRange()) {
      const record = decodeMessage(value)
      if (record !== undefined) received.push({ id: key, ...record })
    }
    const sent: Array<BatchEntry> = []
    for (const { key, value } of outbox.getRange())
      if (readOutbox(value) !== undefined) sent.push({ id: key, envelope: value })
    this.root.transactionSync(() => {
      this.inboxRecords.addAllSync(received)
      this.outboxRecords.addAllSync(sent)
      for (const { id, attempts } of received) {
        if (attempts === 0) continue
        this.attemptsDb.putSync(id, attempts)
        this.attempted.add(id)
      }
      inbox.clearSync()
      outbox.clearSync()
    })
  }

  /**
   * Every rotation period the older generation of processed ids is dropped. An inbox record
   * still holding some pending messages is first rewritten without its processed ones, or
   * those would be replayed after a restart once their ids are forgotten.
   */
  private async rotateSeen(): Promise<void> {
    await this.inboxRecords.compact(0)
    await this.seen.rotate()
  }

  /** Waits for what was written to be durable in the sense the options ask for. */
  private durable(write: Promise<boolean>): Promise<void> {
    return this.options.sync
      ? write.then(() => this.root.flushed).then(() => undefined)
      : write.then(() => undefined)
  }

  // ---- inbox (receiving side) ----

  /** True if this id is waiting in the inbox or was processed within the de-dup window. */
  isKnown(id: string): boolean {
    return this.inboxRecords.has(id) || this.seen.has(id)
  }

  /** Journals a received durable message; resolves once it would survive a crash. */
  admit(id: string, envelope: Uint8Array): Promise<void> {
    if (this.closed) return this.refuse()
    return this.inboxRecords.add(id, envelope)
  }

  recordAttempt(id: string, attempts: number): void {
    if (this.closed || !this.inboxRecords.has(id)) return
    this.attempted.add(id)
    void this.attemptsDb.put(id, attempts)
  }

  /** Marks messages processed: out of the inbox, into the de-dup memory. */
  complete(ids: ReadonlyArray<string>): Promise<void> {
    const done = ids.filter((id) => this.inboxRecords.has(id))
    // After close, the ids stay in the inbox on disk: redelivered at the next start.
    if (done.length === 0 || this.closed) return Promise.resolve()
    return this.finish(done)
  }

  /**
   * Remembers ids as processed, then takes them out of the inbox. LMDB applies writes in
   * order, so a crash in between leaves an id both seen and in a record, and the replay
   * skips it; never out of the inbox without being seen.
   */
  private finish(ids: ReadonlyArray<string>): Promise<void> {
    const writes: Array<Promise<unknown>> = [this.seen.add(ids, Date.now())]
    for (const id of ids) {
      const removed = this.inboxRecords.done(id)
      if (removed !== undefined) writes.push(removed)
      if (this.attempted.delete(id)) writes.push(this.attemptsDb.remove(id))
    }
    return Promise.all(writes).then(() => undefined)
  }

  inbox(): Array<InboxEntry> {
    return this.inboxRecords.entries().map(({ id, envelope }) => ({
      id,
      envelope,
      attempts: this.attempted.has(id) ? (this.attemptsDb.get(id) ?? 0) : 0,
    }))
  }

  get inboxSize(): number {
    return this.inboxRecords.size
  }

  // ---- outbox (sending side) ----

  stage(id: string, peer: string, envelope: Uint8Array): Promise<void> {
    if (this.closed) return this.refuse()
    return this.outboxRecords.add(id, outboxValue(peer, envelope))
  }

  acknowledge(id: string): void {
    if (this.closed) return
    // A failed removal leaves the record: resent after a restart, de-duplicated by the receiver.
    this.outboxRecords.done(id)?.catch(() => {})
  }

  outbox(): Array<OutboxEntry> {
    const entries: Array<OutboxEntry> = []
    for (const { id, envelope } of this.outboxRecords.entries()) {
      const value = readOutbox(envelope)
      if (value !== undefined) entries.push({ id, ...value })
    }
    return entries
  }

  // ---- dead letters ----

  async put(letter: DeadLetter): Promise<void> {
    if (this.closed) return this.refuse()
    await this.durable(this.deadDb.put(letter.id, encodeDead(letter)))
    // A retry of a dead-lettered message must not be delivered again.
    await this.finish([letter.id])
  }

  list(): ReadonlyArray<DeadLetter> {
    if (this.closed) return []
    const letters: Array<DeadLetter> = []
    for (const { value } of this.deadDb.getRange()) {
      const letter = decodeDead(value)
      if (letter._tag === "Some") letters.push(letter.value)
    }
    return letters.sort((a, b) => a.at - b.at)
  }

  get(id: string): DeadLetter | undefined {
    if (this.closed) return undefined
    const letter = decodeDead(this.deadDb.get(id))
    return letter._tag === "Some" ? letter.value : undefined
  }

  async remove(id: string): Promise<void> {
    if (this.closed) return this.refuse()
    await this.deadDb.remove(id)
  }

  /** Writes after close would throw inside LMDB's own timers; refuse them here instead. */
  private refuse(): Promise<never> {
    return Promise.reject(
      new JournalError({ path: this.options.path, reason: "the journal is closed" }),
    )
  }

  async close(): Promise<void> {
    this.closed = true
    // A node still receiving asks whether ids are known; the answer no longer reads the disk.
    this.seen.close()
    for (const timer of this.timers) clearInterval(timer)
    // LMDB starts a batch on the next turn of the event loop: let queued writes begin, then wait.
    await new Promise((resolve) => setImmediate(resolve))
    await this.root.committed
    await this.root.flushed
    await this.root.close()
  }
}

/** Opens the journal for the scope's lifetime. */
export const make = (options: JournalOptions) =>
  Effect.acquireRelease(
    Effect.try({
      try: () => Journal.open(options),
      catch: (cause) => new JournalError({ path: options.path, reason: String(cause) }),
    }),
    (journal) => Effect.promise(() => journal.close()),
  )
