/**
 * How the journal's inbox is laid out on disk. Durable messages admitted together (one
 * frame's, say) are one record, so admission costs one write per batch, not one per
 * message:
 *   batch (version 2): [u8 2][u32 count] then per message [u16 id length][id (utf-8)]
 *                      [u32 envelope length][envelope]
 * The outbox's batches have the same layout, each entry's "envelope" being the peer and
 * the envelope (see Journal). Inboxes written before batches held one record per message,
 * keyed by its id:
 *   message (version 1): [u8 1][u32 attempts][envelope]
 */

export interface BatchEntry {
  readonly id: string
  readonly envelope: Uint8Array
}

const BATCH_VERSION = 2
const MESSAGE_VERSION = 1

export const encodeBatch = (entries: ReadonlyArray<BatchEntry>): Buffer => {
  let size = 5
  const idLengths = entries.map(({ id, envelope }) => {
    const length = Buffer.byteLength(id)
    size += 6 + length + envelope.length
    return length
  })
  const record = Buffer.allocUnsafe(size)
  record[0] = BATCH_VERSION
  record.writeUInt32BE(entries.length, 1)
  let at = 5
  entries.forEach(({ id, envelope }, i) => {
    record.writeUInt16BE(idLengths[i]!, at)
    at += 2 + record.write(id, at + 2)
    record.writeUInt32BE(envelope.length, at)
    record.set(envelope, at + 4)
    at += 4 + envelope.length
  })
  return record
}

/** The batch's messages, or undefined if the record is damaged or of another version. */
export const decodeBatch = (record: Uint8Array | undefined): Array<BatchEntry> | undefined => {
  if (record === undefined || record.length < 5 || record[0] !== BATCH_VERSION) return undefined
  const bytes = Buffer.from(record.buffer, record.byteOffset, record.byteLength)
  const count = bytes.readUInt32BE(1)
  const entries: Array<BatchEntry> = []
  let at = 5
  for (let i = 0; i < count; i++) {
    if (at + 2 > bytes.length) return undefined
    const idEnd = at + 2 + bytes.readUInt16BE(at)
    if (idEnd + 4 > bytes.length) return undefined
    const envelopeEnd = idEnd + 4 + bytes.readUInt32BE(idEnd)
    if (envelopeEnd > bytes.length) return undefined
    entries.push({
      id: bytes.toString("utf8", at + 2, idEnd),
      envelope: Uint8Array.from(bytes.subarray(idEnd + 4, envelopeEnd)),
    })
    at = envelopeEnd
  }
  return at === bytes.length ? entries : undefined
}

/** A message record from before batches, or undefined if damaged. */
export const decodeMessage = (
  record: Uint8Array | undefined,
): { attempts: number; envelope: Uint8Array } | undefined => {
  if (record === undefined || record.length < 5 || record[0] !== MESSAGE_VERSION) return undefined
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength)
  return { attempts: view.getUint32(1), envelope: Uint8Array.from(record.subarray(5)) }
}
