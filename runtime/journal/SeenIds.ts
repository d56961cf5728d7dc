/**
 * The ids of processed durable messages, kept on LMDB for de-duplication in two
 * generations: new ids go to the current one, lookups see both, and each rotation drops
 * the older generation whole, so an id is remembered for one to two rotation periods.
 *
 * Ids this runtime makes (`<incarnation>-<counter>`, see MessageId) are bits in blocks of
 * 1,024 counters per sender incarnation, held in memory as well: a lookup costs no disk
 * read and a batch of processed ids costs one write per block it touched, not one per id.
 * Any other id is one record of its own.
 */
import type { Database } from "lmdb"
import { parseMessageId } from "../message/MessageId.js"

const BLOCK_IDS = 1024
const BLOCK_BYTES = BLOCK_IDS / 8
/** Block keys known to be missing from disk, remembered at most this many per generation. */
const ABSENT_LIMIT = 4096

export interface SeenDatabases {
  readonly blocks: Database<Uint8Array, string>
  readonly ids: Database<number, string>
}

interface Generation extends SeenDatabases {
  readonly cached: Map<string, Uint8Array>
  readonly absent: Set<string>
  /** False once cleared in this run: nothing on disk is left to look up. */
  onDisk: boolean
}

const generation = (databases: SeenDatabases): Generation => ({
  ...databases,
  cached: new Map(),
  absent: new Set(),
  onDisk: true,
})

/**
 * A block's key, remembering the last one built: consecutive ids of a sender mostly fall in
 * one block, and the same key string keeps its hash for the lookups that follow.
 */
let lastBlock = { incarnation: "", index: -1, key: "" }
const blockKey = (incarnation: string, counter: number): string => {
  const index = Math.floor(counter / BLOCK_IDS)
  if (index === lastBlock.index && incarnation === lastBlock.incarnation) return lastBlock.key
  lastBlock = { incarnation, index, key: `${incarnation}.${index.toString(36)}` }
  return lastBlock.key
}

const hasBit = (block: Uint8Array | undefined, counter: number) => {
  const bit = counter % BLOCK_IDS
  return block !== undefined && (block[bit >> 3]! & (1 << (bit & 7))) !== 0
}

export class SeenIds {
  private current: Generation
  private previous: Generation
  /** Other ids added but not yet committed: on disk they are not visible yet. */
  private readonly unwritten = new Set<string>()
  /** Set before the database closes: LMDB throws from a timer on a read during its close. */
  private closed = false

  constructor(current: SeenDatabases, previous: SeenDatabases) {
    this.current = generation(current)
    this.previous = generation(previous)
  }

  has(id: string): boolean {
    const parsed = parseMessageId(id)
    if (parsed === undefined)
      return (
        this.unwritten.has(id) ||
        (!this.closed &&
          (this.current.ids.get(id) !== undefined || this.previous.ids.get(id) !== undefined))
      )
    const key = blockKey(parsed.incarnation, parsed.counter)
    return (
      hasBit(this.block(this.current, key), parsed.counter) ||
      hasBit(this.block(this.previous, key), parsed.counter)
    )
  }

  /**
   * Remembers ids: known to `has` at once, and on disk once the returned promise resolves.
   * LMDB applies writes in order, so whatever is queued after this commits no earlier.
   */
  add(ids: Iterable<string>, now: number): Promise<void> {
    const into = this.current
    const touched = new Map<string, Uint8Array>()
    const others: Array<string> = []
    for (const id of ids) {
      const parsed = parseMessageId(id)
      if (parsed === undefined) {
        if (!this.unwritten.has(id)) others.push(id)
        this.unwritten.add(id)
        continue
      }
      const key = blockKey(parsed.incarnation, parsed.counter)
      let block = this.block(into, key)
      if (block === undefined) {
        block = new Uint8Array(BLOCK_BYTES)
        into.cached.set(key, block)
        into.absent.delete(key)
      }
      const bit = parsed.counter % BLOCK_IDS
      block[bit >> 3]! |= 1 << (bit & 7)
      touched.set(key, block)
    }
    const writes: Array<Promise<boolean>> = []
    // A copy: the block keeps changing in memory while LMDB's writer thread reads the value.
    for (const [key, block] of touched) writes.push(into.blocks.put(key, Uint8Array.from(block)))
    for (const id of others) writes.push(into.ids.put(id, now))
    // Other ids stay in memory until their records commit (and for good if they fail).
    return Promise.all(writes).then(() => {
      for (const id of others) this.unwritten.delete(id)
    })
  }

  /** Starts a new generation and drops the oldest, on disk and in memory. */
  async rotate(): Promise<void> {
    const expired = this.previous
    this.previous = this.current
    this.current = expired
    expired.cached.clear()
    expired.absent.clear()
    // Cleared before anything is written to it again: LMDB applies writes in order.
    expired.onDisk = false
    await Promise.all([expired.blocks.clearAsync(), expired.ids.clearAsync()])
  }

  /** Stops reading the disk: from now on only what is in memory is known. */
  close(): void {
    this.closed = true
  }

  /** A generation's block, from memory or else from disk (and then kept in memory). */
  private block(of: Generation, key: string): Uint8Array | undefined {
    const cached = of.cached.get(key)
    if (cached !== undefined || this.closed || !of.onDisk || of.absent.has(key)) return cached
    const stored = of.blocks.getBinary(key)
    if (stored === undefined || stored.length !== BLOCK_BYTES) {
      // A damaged block counts as missing: it is replaced by the next write to that key.
      if (of.absent.size >= ABSENT_LIMIT) of.absent.clear()
      of.absent.add(key)
      return undefined
    }
    const block = Uint8Array.from(stored)
    of.cached.set(key, block)
    return block
  }
}
