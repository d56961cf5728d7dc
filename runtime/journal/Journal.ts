/**
 * The node's on-disk journal (LMDB): the inbox of durable messages received but not yet
 * processed, the outbox of durable messages sent but not yet acknowledged, the ids already
 * processed (for de-duplication), and the dead letters.
 *
 * LMDB commits writes in batches: every `put` of one event-loop turn lands in one
 * transaction, so journaling costs far less than one disk sync per message.
 */
import { Data, Effect, Schema } from "effect"
import { open, type Database, type RootDatabase } from "lmdb"
import { mkdirSync } from "node:fs"
import { DeadLetter, type DeadLetterStore } from "./DeadLetterStore.js"
import { RecentIds } from "./RecentIds.js"

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
 * Inbox and outbox records are raw bytes (they are written once per durable message):
 *   inbox:  [u8 version = 1][u32 attempts][envelope]
 *   outbox: [u8 version = 1][u16 peer length][peer (utf-8)][envelope]
 */
const RECORD_VERSION = 1

const inboxRecord = (attempts: number, envelope: Uint8Array): Buffer => {
  const record = Buffer.allocUnsafe(5 + envelope.length)
  record[0] = RECORD_VERSION
  record.writeUInt32BE(attempts, 1)
  record.set(envelope, 5)
  return record
}

const readInbox = (
  record: Uint8Array | undefined,
): { attempts: number; envelope: Uint8Array } | undefined => {
  if (record === undefined || record.length < 5 || record[0] !== RECORD_VERSION) return undefined
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength)
  return { attempts: view.getUint32(1), envelope: Uint8Array.from(record.subarray(5)) }
}

const outboxRecord = (peer: string, envelope: Uint8Array): Buffer => {
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
 * Collects the writes of one event-loop turn and hands them to `flush` together, so they
 * share one LMDB transaction and one promise instead of one each.
 */
class TurnBatch<A> {
  private items: Array<A> = []
  private pending: Promise<void> | undefined

  constructor(private readonly flush: (items: ReadonlyArray<A>) => Promise<void>) {}

  add(item: A): Promise<void> {
    this.items.push(item)
    this.pending ??= new Promise<void>((resolve, reject) =>
      queueMicrotask(() => {
        const items = this.items
        this.items = []
        this.pending = undefined
        this.flush(items).then(resolve, reject)
      }),
    )
    return this.pending
  }
}

export class Journal implements DeadLetterStore {
  private readonly inboxIds = new Set<string>()
  private closed = false
  // Writes of one event-loop turn (one frame's durable messages, say) share a transaction.
  private readonly admissions = new TurnBatch<readonly [string, Uint8Array]>((batch) =>
    this.durable(
      this.root.transaction(() => {
        for (const [id, envelope] of batch) this.inboxDb.putSync(id, inboxRecord(0, envelope))
        return true
      }),
    ),
  )
  private readonly stagings = new TurnBatch<readonly [string, string, Uint8Array]>((batch) =>
    this.durable(
      this.root.transaction(() => {
        for (const [id, peer, envelope] of batch)
          this.outboxDb.putSync(id, outboxRecord(peer, envelope))
        return true
      }),
    ),
  )
  private readonly acknowledgements = new TurnBatch<string>((batch) =>
    this.root
      .transaction(() => {
        for (const id of batch) this.outboxDb.removeSync(id)
        return true
      })
      .then(() => undefined),
  )
  private lastAcknowledgements: Promise<void> | undefined
  /** The most recently processed ids, so a duplicate of one is caught without a disk read. */
  private readonly recent = new RecentIds(50_000)
  private seenCurrent: Database<number, string>
  private seenPrevious: Database<number, string>
  private readonly rotation: NodeJS.Timeout

  private constructor(
    private readonly options: JournalOptions,
    private readonly root: RootDatabase,
    private readonly inboxDb: Database<Uint8Array, string>,
    private readonly outboxDb: Database<Uint8Array, string>,
    private readonly deadDb: Database<unknown, string>,
    seenA: Database<number, string>,
    seenB: Database<number, string>,
  ) {
    this.seenCurrent = seenA
    this.seenPrevious = seenB
    for (const { key } of inboxDb.getRange()) this.inboxIds.add(key)
    this.rotation = setInterval(() => void this.rotateSeen(), options.dedupWindowMs ?? 10 * 60_000)
    this.rotation.unref()
  }

  static open(options: JournalOptions): Journal {
    mkdirSync(options.path, { recursive: true })
    const root = open({ path: options.path, maxDbs: 8, compression: false })
    return new Journal(
      options,
      root,
      root.openDB({ name: "inbox", encoding: "binary" }),
      root.openDB({ name: "outbox", encoding: "binary" }),
      root.openDB({ name: "dead" }),
      root.openDB({ name: "seen.a" }),
      root.openDB({ name: "seen.b" }),
    )
  }

  private async rotateSeen(): Promise<void> {
    const expired = this.seenPrevious
    this.seenPrevious = this.seenCurrent
    this.seenCurrent = expired
    await expired.clearAsync()
  }

  /** Waits for what was written to be durable in the sense the options ask for. */
  private durable(write: Promise<boolean>): Promise<void> {
    return this.options.sync
      ? write.then(() => this.root.flushed).then(() => undefined)
      : write.then(() => undefined)
  }

  // ---- inbox (receiving side) ----

  /** True if this id is waiting in the inbox or was processed within the de-dup window. */
  isKnown(id: string, retry: boolean): boolean {
    if (this.inboxIds.has(id) || this.recent.has(id)) return true
    // A first attempt cannot have been processed before unless it was just processed (the
    // in-memory set above); only a retry is worth a look at the journal.
    return (
      retry && (this.seenCurrent.get(id) !== undefined || this.seenPrevious.get(id) !== undefined)
    )
  }

  /** Journals a received durable message; resolves once it would survive a crash. */
  admit(id: string, envelope: Uint8Array): Promise<void> {
    if (this.closed) return this.refuse()
    this.inboxIds.add(id)
    return this.admissions.add([id, envelope])
  }

  recordAttempt(id: string, envelope: Uint8Array, attempts: number): void {
    if (!this.closed && this.inboxIds.has(id))
      void this.inboxDb.put(id, inboxRecord(attempts, envelope))
  }

  /** Marks messages processed: out of the inbox, into the de-dup memory. */
  complete(ids: ReadonlyArray<string>): Promise<void> {
    const done = ids.filter((id) => this.inboxIds.has(id))
    // After close, the ids stay in the inbox on disk: redelivered at the next start.
    if (done.length === 0 || this.closed) return Promise.resolve()
    const now = Date.now()
    const seenDb = this.seenCurrent
    const seen = this.root.transaction(() => {
      for (const id of done) {
        this.inboxDb.removeSync(id)
        seenDb.putSync(id, now)
      }
      return true
    })
    // Forget an id only once "seen" is committed, so a retry arriving meanwhile is still known.
    return seen.then(() => {
      for (const id of done) {
        this.recent.add(id)
        this.inboxIds.delete(id)
      }
    })
  }

  inbox(): Array<InboxEntry> {
    const entries: Array<InboxEntry> = []
    for (const { key, value } of this.inboxDb.getRange()) {
      const record = readInbox(value)
      if (record !== undefined) entries.push({ id: key, ...record })
    }
    return entries
  }

  get inboxSize(): number {
    return this.inboxIds.size
  }

  // ---- outbox (sending side) ----

  stage(id: string, peer: string, envelope: Uint8Array): Promise<void> {
    if (this.closed) return this.refuse()
    return this.stagings.add([id, peer, envelope])
  }

  acknowledge(id: string): void {
    if (this.closed) return
    const batch = this.acknowledgements.add(id)
    if (batch !== this.lastAcknowledgements) {
      this.lastAcknowledgements = batch
      batch.catch(() => {
        // Still in the outbox: resent after a restart and de-duplicated by the receiver.
      })
    }
  }

  outbox(): Array<OutboxEntry> {
    const entries: Array<OutboxEntry> = []
    for (const { key, value } of this.outboxDb.getRange()) {
      const record = readOutbox(value)
      if (record !== undefined) entries.push({ id: key, ...record })
    }
    return entries
  }

  // ---- dead letters ----

  async put(letter: DeadLetter): Promise<void> {
    if (this.closed) return this.refuse()
    await this.durable(this.deadDb.put(letter.id, encodeDead(letter)))
    // A retry of a dead-lettered message must not be delivered again.
    await this.seenCurrent.put(letter.id, Date.now())
    if (this.inboxIds.has(letter.id)) {
      await this.inboxDb.remove(letter.id)
      this.inboxIds.delete(letter.id)
    }
  }

  list(): ReadonlyArray<DeadLetter> {
    const letters: Array<DeadLetter> = []
    for (const { value } of this.deadDb.getRange()) {
      const letter = decodeDead(value)
      if (letter._tag === "Some") letters.push(letter.value)
    }
    return letters.sort((a, b) => a.at - b.at)
  }

  get(id: string): DeadLetter | undefined {
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
    clearInterval(this.rotation)
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
