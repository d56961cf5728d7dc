/**
 * A look at an LMDB data file before handing it to LMDB. LMDB trusts its file: garbage in
 * the header crashes the process (SIGSEGV) and a truncated file faults on first read
 * (SIGBUS), neither of which can be caught. Checking the two meta pages turns both into
 * a reason we can report.
 *
 * Meta page layout (64-bit LMDB): a 24-byte page header, then
 *   +0 magic u32 · +4 version u32 · +8 address · +16 map size
 *   +24 free-list db (its first u32 is the page size) · +72 main db · +120 last page · +128 txn id
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs"

const MAGIC = 0xbeefc0de
const DATA_VERSION = 2
const META = 24
const MIN_PAGE = 512
const MAX_PAGE = 65536

interface Meta {
  readonly pageSize: number
  readonly lastPage: bigint
  readonly txnId: bigint
}

const readMeta = (page: Buffer): Meta | string => {
  if (page.length < META + 136) return "shorter than an LMDB header"
  if (page.readUInt32LE(META) !== MAGIC) return "not an LMDB file (no LMDB magic number)"
  const version = page.readUInt32LE(META + 4)
  if (version !== DATA_VERSION) return `unsupported LMDB data version ${version}`
  return {
    pageSize: page.readUInt32LE(META + 24),
    lastPage: page.readBigUInt64LE(META + 120),
    txnId: page.readBigUInt64LE(META + 128),
  }
}

const readAt = (fd: number, position: number, length: number): Buffer => {
  const buffer = Buffer.alloc(length)
  const read = readSync(fd, buffer, 0, length, position)
  return buffer.subarray(0, read)
}

/** Why `file` is not a sound LMDB data file, or undefined if it looks sound (or is absent). */
export const checkDataFile = (file: string): string | undefined => {
  if (!existsSync(file)) return undefined
  const fd = openSync(file, "r")
  try {
    const size = fstatSync(fd).size
    if (size === 0) return "the file is empty (truncated)"
    const first = readMeta(readAt(fd, 0, META + 136))
    if (typeof first === "string") return first
    const { pageSize } = first
    if (pageSize < MIN_PAGE || pageSize > MAX_PAGE || (pageSize & (pageSize - 1)) !== 0)
      return `implausible page size ${pageSize}`
    if (size < 2 * pageSize) return `the file is ${size} bytes, shorter than its two header pages`
    const second = readMeta(readAt(fd, pageSize, META + 136))
    if (typeof second === "string") return `second header page: ${second}`
    // LMDB uses the meta page with the greater transaction id.
    const current = second.txnId > first.txnId ? second : first
    const needed = (current.lastPage + 1n) * BigInt(pageSize)
    if (BigInt(size) < needed)
      return `the file is ${size} bytes but its header refers to ${needed} bytes (truncated)`
    return undefined
  } finally {
    closeSync(fd)
  }
}
