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
import { decodeBatch, decodeMessage, encodeBatch, type BatchEntry } from "./InboxRecords.js"
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
 * Outbox records are raw bytes, one per durable message sent:
 *   [u8 version = 1][u16 peer length][peer (utf-8)][envelope]
 * The inbox's layout is in InboxRecords.
 */
const RECORD_VERSION = 1

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

/** A durable message admitted and not yet processed: which batch record holds it. */
interface Pending {
  readonly batch: number
  /** Whether an attempts record exists (the message crashed its actor at least once). */
  attempted: boolean
}

/** An inbox batch record: how many of its messages are still pending, of how many. */
interface BatchState {
  remaining: number
  total: number
}

/** The batch the current turn's admissions join; written to disk in a microtask. */
interface OpenBatch {
  readonly key: number
  readonly entries: Array<BatchEntry>
  readonly written: Promise<void>
}

export class Journal implements DeadLetterStore {
  private readonly pending = new Map<string, Pending>()
  private readonly batches = new Map<number, BatchState>()
  private openBatch: OpenBatch | undefined
  private nextBatch: number
  private closed = false
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
  private readonly batchDb: Database<Uint8Array, number>
  private readonly attemptsDb: Database<number, string>
  private readonly outboxDb: Database<Uint8Array, string>
  private readonly deadDb: Database<unknown, string>
  private readonly seen: SeenIds
  private readonly rotation: NodeJS.Timeout

  private constructor(
    private readonly options: JournalOptions,
    private readonly root: RootDatabase,
  ) {
    this.batchDb = root.openDB({ name: "inbox.batches", encoding: "binary" })
    this.attemptsDb = root.openDB({ name: "inbox.attempts" })
    this.outboxDb = root.openDB({ name: "outbox", encoding: "binary" })
    this.deadDb = root.openDB({ name: "dead" })
    const seenIn = (suffix: string) => ({
      blocks: root.openDB<Uint8Array, string>({
        name: `seen.blocks.${suffix}`,
        encoding: "binary",
      }),
      ids: root.openDB<number, string>({ name: `seen.${suffix}` }),
    })
    this.seen = new SeenIds(seenIn("a"), seenIn("b"))
    this.migrateMessageRecords()
    this.nextBatch = this.loadBatches()
    this.rotation = setInterval(() => void this.rotateSeen(), options.dedupWindowMs ?? 10 * 60_000)
    this.rotation.unref()
  }

  static open(options: JournalOptions): Journal {
    mkdirSync(options.path, { recursive: true })
    return new Journal(options, open({ path: options.path, maxDbs: 16, compression: false }))
  }

  /** Moves a journal's one-record-per-message inbox (written before batches) into a batch. */
  private migrateMessageRecords(): void {
    const legacy = this.root.openDB<Uint8Array, string>({ name: "inbox", encoding: "binary" })
    const entries: Array<BatchEntry & { readonly attempts: number }> = []
    for (const { key, value } of legacy.getRange()) {
      const record = decodeMessage(value)
      if (record !== undefined) entries.push({ id: key, ...record })
    }
    if (entries.length === 0 && legacy.getKeysCount() === 0) return
    let key = 0
    for (const last of this.batchDb.getKeys({ reverse: true, limit: 1 })) key = last + 1
    this.root.transactionSync(() => {
      if (entries.length > 0) this.batchDb.putSync(key, encodeBatch(entries))
      for (const { id, attempts } of entries)
        if (attempts > 0) this.attemptsDb.putSync(id, attempts)
      legacy.clearSync()
    })
  }

  /** Rebuilds the pending messages from the batch records; returns the next batch key. */
  private loadBatches(): number {
    let next = 0
    for (const { key, value } of this.batchDb.getRange()) {
      next = key + 1
      const entries = decodeBatch(value)
      // A damaged record cannot be replayed; it stays on disk for whoever investigates.
      if (entries === undefined) continue
      let remaining = 0
      for (const { id } of entries) {
        if (this.seen.has(id) || this.pending.has(id)) continue
        this.pending.set(id, { batch: key, attempted: this.attemptsDb.get(id) !== undefined })
        remaining++
      }
      if (remaining > 0) this.batches.set(key, { remaining, total: entries.length })
      else void this.batchDb.remove(key)
    }
    return next
  }

  /**
   * Every rotation period the older generation of processed ids is dropped. A batch record
   * still holding some pending messages is first rewritten without its processed ones, or
   * those would be replayed after a restart once their ids are forgotten.
   */
  private async rotateSeen(): Promise<void> {
    for (const [key, state] of this.batches) {
      if (state.remaining === state.total) continue
      const kept = (decodeBatch(this.batchDb.getBinary(key)) ?? []).filter(
        ({ id }) => this.pending.get(id)?.batch === key,
      )
      void this.batchDb.put(key, encodeBatch(kept))
      state.total = kept.length
    }
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
    return this.pending.has(id) || this.seen.has(id)
  }

  /**
   * Journals a received durable message; resolves once it would survive a crash. The
   * messages admitted in one turn of the event loop share a record and a write.
   */
  admit(id: string, envelope: Uint8Array): Promise<void> {
    if (this.closed) return this.refuse()
    const batch = (this.openBatch ??= this.startBatch())
    batch.entries.push({ id, envelope })
    this.pending.set(id, { batch: batch.key, attempted: false })
    const state = this.batches.get(batch.key)
    if (state === undefined) this.batches.set(batch.key, { remaining: 1, total: 1 })
    else {
      state.remaining++
      state.total++
    }
    return batch.written
  }

  private startBatch(): OpenBatch {
    const key = this.nextBatch++
    const entries: Array<BatchEntry> = []
    const written = new Promise<void>((resolve, reject) =>
      queueMicrotask(() => {
        this.openBatch = undefined
        this.durable(this.batchDb.put(key, encodeBatch(entries))).then(resolve, reject)
      }),
    )
    return { key, entries, written }
  }

  recordAttempt(id: string, _envelope: Uint8Array, attempts: number): void {
    const entry = this.pending.get(id)
    if (this.closed || entry === undefined) return
    entry.attempted = true
    void this.attemptsDb.put(id, attempts)
  }

  /** Marks messages processed: out of the inbox, into the de-dup memory. */
  complete(ids: ReadonlyArray<string>): Promise<void> {
    const done = ids.filter((id) => this.pending.has(id))
    // After close, the ids stay in the inbox on disk: redelivered at the next start.
    if (done.length === 0 || this.closed) return Promise.resolve()
    return this.finish(done)
  }

  /**
   * Remembers ids as processed, then removes the batch records they emptied. LMDB applies
   * writes in order, so a crash in between leaves an id both seen and in a record, and the
   * replay skips it; never out of the inbox without being seen.
   */
  private finish(ids: ReadonlyArray<string>): Promise<void> {
    const seen = this.seen.add(ids, Date.now())
    const writes: Array<Promise<boolean>> = []
    for (const id of ids) {
      const entry = this.pending.get(id)
      if (entry === undefined) continue
      this.pending.delete(id)
      if (entry.attempted) writes.push(this.attemptsDb.remove(id))
      const state = this.batches.get(entry.batch)
      if (state !== undefined && --state.remaining === 0) {
        this.batches.delete(entry.batch)
        writes.push(this.batchDb.remove(entry.batch))
      }
    }
    return Promise.all([seen, ...writes]).then(() => undefined)
  }

  inbox(): Array<InboxEntry> {
    const entries: Array<InboxEntry> = []
    for (const key of this.batches.keys()) {
      for (const { id, envelope } of decodeBatch(this.batchDb.getBinary(key)) ?? []) {
        const entry = this.pending.get(id)
        if (entry?.batch !== key) continue
        const attempts = entry.attempted ? this.attemptsDb.get(id) : undefined
        entries.push({ id, envelope, attempts: attempts ?? 0 })
      }
    }
    return entries
  }

  get inboxSize(): number {
    return this.pending.size
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
    await this.finish([letter.id])
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
