/**
 * Journal entries kept as batch records: the entries added in one turn of the event loop
 * share one LMDB record and one write (by LMDB's writer thread), and a record is removed
 * once every entry in it is done. Which entries are pending lives in memory; after a
 * restart `load` rebuilds it from the records, asking which entries were done.
 *
 * A record whose entries are partly done still holds the done ones on disk. `compact`
 * rewrites such records without them, for when "done" can no longer be told after a
 * restart (the journal calls it before it forgets processed ids, and regularly for sent
 * messages, whose acknowledgements are not kept).
 */
import type { Database } from "lmdb"
import { decodeBatch, encodeBatch, type BatchEntry } from "./InboxRecords.js"

interface BatchState {
  remaining: number
  total: number
  /** When the first of its entries was done while others were still pending. */
  partlyDoneAt?: number
}

interface OpenBatch {
  readonly key: number
  readonly entries: Array<BatchEntry>
  readonly written: Promise<void>
}

export class BatchedRecords {
  /** Pending entry id → the key of the record holding it. */
  private readonly pending = new Map<string, number>()
  private readonly batches = new Map<number, BatchState>()
  private open: OpenBatch | undefined
  private nextKey = 0

  constructor(
    private readonly db: Database<Uint8Array, number>,
    /** Waits for a write to be as durable as the journal promises. */
    private readonly durable: (write: Promise<boolean>) => Promise<void>,
  ) {}

  /** Rebuilds the pending entries from disk; entries `isDone` says were done are skipped. */
  load(isDone: (id: string) => boolean): void {
    for (const { key, value } of this.db.getRange()) {
      this.nextKey = key + 1
      const entries = decodeBatch(value)
      // A damaged record cannot be replayed; it stays on disk for whoever investigates.
      if (entries === undefined) continue
      let remaining = 0
      for (const { id } of entries) {
        if (isDone(id) || this.pending.has(id)) continue
        this.pending.set(id, key)
        remaining++
      }
      if (remaining > 0) this.batches.set(key, { remaining, total: entries.length })
      else void this.db.remove(key)
    }
  }

  /** Writes all of `entries` as one record at once (carrying over an older layout). */
  addAllSync(entries: ReadonlyArray<BatchEntry>): void {
    if (entries.length === 0) return
    const key = this.nextKey++
    this.db.putSync(key, encodeBatch(entries))
    for (const { id } of entries) this.pending.set(id, key)
    this.batches.set(key, { remaining: entries.length, total: entries.length })
  }

  /** Adds an entry to this turn's record; resolves once that record is durable. */
  add(id: string, value: Uint8Array): Promise<void> {
    const batch = (this.open ??= this.startBatch())
    batch.entries.push({ id, envelope: value })
    this.pending.set(id, batch.key)
    const state = this.batches.get(batch.key)
    if (state === undefined) this.batches.set(batch.key, { remaining: 1, total: 1 })
    else {
      state.remaining++
      state.total++
    }
    return batch.written
  }

  private startBatch(): OpenBatch {
    const key = this.nextKey++
    const entries: Array<BatchEntry> = []
    const written = new Promise<void>((resolve, reject) =>
      queueMicrotask(() => {
        this.open = undefined
        this.durable(this.db.put(key, encodeBatch(entries))).then(resolve, reject)
      }),
    )
    return { key, entries, written }
  }

  has(id: string): boolean {
    return this.pending.has(id)
  }

  get size(): number {
    return this.pending.size
  }

  /**
   * Marks an entry done. Returns the removal of its record if it was the last pending one
   * (LMDB applies writes in order: whatever the caller wrote before commits no later).
   */
  done(id: string): Promise<boolean> | undefined {
    const key = this.pending.get(id)
    if (key === undefined) return undefined
    this.pending.delete(id)
    const state = this.batches.get(key)
    if (state === undefined) return undefined
    if (--state.remaining > 0) {
      state.partlyDoneAt ??= Date.now()
      return undefined
    }
    this.batches.delete(key)
    return this.db.remove(key)
  }

  /** The pending entries, in the order they were added. */
  entries(): Array<BatchEntry> {
    const entries: Array<BatchEntry> = []
    for (const key of this.batches.keys())
      for (const entry of this.read(key) ?? [])
        if (this.pending.get(entry.id) === key) entries.push(entry)
    return entries
  }

  /** Rewrites the records partly done for at least `ageMs` with their pending entries only. */
  compact(ageMs: number): Promise<void> {
    const before = Date.now() - ageMs
    const writes: Array<Promise<boolean>> = []
    for (const [key, state] of this.batches) {
      if (state.partlyDoneAt === undefined || state.partlyDoneAt > before) continue
      // Not readable yet: its first write has not committed. The next call compacts it.
      const kept = this.read(key)?.filter(({ id }) => this.pending.get(id) === key)
      if (kept === undefined) continue
      writes.push(this.db.put(key, encodeBatch(kept)))
      state.total = kept.length
      delete state.partlyDoneAt
    }
    return Promise.all(writes).then(() => undefined)
  }

  private read(key: number): Array<BatchEntry> | undefined {
    return decodeBatch(this.db.getBinary(key))
  }
}
