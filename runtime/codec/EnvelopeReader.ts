/**
 * The envelope decoder of the receiving hot path. It reads the fields of `bus.proto`'s
 * `Envelope` as they are written (each once, with its own wire type) into one object of a
 * fixed shape, and hands anything else (unknown fields, other wire types, groups) to the
 * generated protobufjs decoder, so both accept and refuse the same bytes.
 *
 * Why not the generated decoder alone: it builds a new string for every text field of
 * every envelope, while sender, recipient, topic and type repeat from one envelope to the
 * next and a tell's correlation id is its own id. Reusing those strings (compared byte by
 * byte with the ones last read) spares the allocations, which the garbage collector paid
 * for, and the hashing of new strings used as map keys.
 */
import { EnvelopeProto, type Envelope } from "./Envelope.js"
import { readText } from "./flatStrings.js"

/** Whether `a[aStart..]` and `b[bStart..]` hold the same `length` bytes. */
const sameBytes = (
  a: Uint8Array,
  aStart: number,
  b: Uint8Array,
  bStart: number,
  length: number,
): boolean => {
  for (let i = 0; i < length; i++) if (a[aStart + i] !== b[bStart + i]) return false
  return true
}

/** The last few texts of one field, by their bytes. */
class RecentTexts {
  private readonly bytes: Array<Uint8Array> = []
  private readonly texts: Array<string> = []
  private next = 0

  constructor(
    private readonly size: number,
    private readonly maxBytes: number,
  ) {}

  read(source: Uint8Array, start: number, end: number): string {
    const length = end - start
    for (let i = 0; i < this.texts.length; i++) {
      const known = this.bytes[i]!
      if (known.length === length && sameBytes(known, 0, source, start, length))
        return this.texts[i]!
    }
    const text = readText(source, start, end)
    if (length <= this.maxBytes) {
      // A copy: a view would keep the whole frame alive.
      this.bytes[this.next] = new Uint8Array(source.subarray(start, end))
      this.texts[this.next] = text
      this.next = (this.next + 1) % this.size
    }
    return text
  }
}

const addresses = new RecentTexts(16, 128)
const types = new RecentTexts(16, 128)
const topics = new RecentTexts(8, 128)

/** Thrown where the fast reader stops; the generated decoder then reads the envelope. */
const notPlain = new Error("not a plain envelope")

const empty = new Uint8Array(0)

/** A position in one envelope's bytes (one cursor, reused: decoding never yields). */
class Cursor {
  bytes: Uint8Array = empty
  pos = 0
  end = 0
  private readonly float = new Float64Array(1)
  private readonly floatBytes = new Uint8Array(this.float.buffer)

  varint(): number {
    let value = 0
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.end) throw notPlain
      const byte = this.bytes[this.pos++]!
      // Bits past the 32nd are dropped, as protobufjs does for 32-bit fields.
      if (shift < 32) value |= (byte & 0x7f) << shift
      if (byte < 0x80) return value >>> 0
    }
    throw notPlain
  }

  /** A length prefix, checked against what is left. */
  length(): number {
    const length = this.varint()
    if (this.pos + length > this.end) throw notPlain
    return length
  }

  double(): number {
    if (this.pos + 8 > this.end) throw notPlain
    for (let i = 0; i < 8; i++) this.floatBytes[i] = this.bytes[this.pos + i]!
    this.pos += 8
    return this.float[0]!
  }
}

const cursor = new Cursor()

const traceContext = (at: Cursor, end: number) => {
  let traceparent = ""
  let tracestate = ""
  while (at.pos < end) {
    const tag = at.varint()
    if ((tag & 7) !== 2) throw notPlain
    const length = at.length()
    const from = at.pos
    at.pos = from + length
    if (tag >>> 3 === 1) traceparent = readText(at.bytes, from, at.pos)
    else if (tag >>> 3 === 2) tracestate = readText(at.bytes, from, at.pos)
    else throw notPlain
  }
  if (at.pos !== end) throw notPlain
  return { traceparent, tracestate }
}

const read = (bytes: Uint8Array): Envelope => {
  const at = cursor
  at.bytes = bytes
  at.pos = 0
  at.end = bytes.length
  let envelopeVersion = 0
  let id = ""
  let idStart = 0
  let correlationId = ""
  let causationId = ""
  let sender = ""
  let recipient = ""
  let topic = ""
  let kind = 0
  let type = ""
  let schemaVersion = 0
  let timestamp = 0
  let deadline = 0
  let attempt = 0
  let durable = false
  let trace: { traceparent: string; tracestate: string } | null = null
  let payload: Uint8Array = empty
  while (at.pos < at.end) {
    const tag = at.varint()
    const field = tag >>> 3
    const wire = tag & 7
    if (field === 11 || field === 12) {
      if (wire !== 1) throw notPlain
      if (field === 11) timestamp = at.double()
      else deadline = at.double()
      continue
    }
    if (field === 1 || field === 8 || field === 10 || field === 13 || field === 14) {
      if (wire !== 0) throw notPlain
      const value = at.varint()
      if (field === 1) envelopeVersion = value
      else if (field === 8) kind = value | 0
      else if (field === 10) schemaVersion = value
      else if (field === 13) attempt = value
      else durable = value !== 0
      continue
    }
    if (wire !== 2 || field < 2 || field > 16) throw notPlain
    const length = at.length()
    const start = at.pos
    const stop = start + length
    at.pos = stop
    switch (field) {
      case 2:
        id = readText(bytes, start, stop)
        idStart = start
        break
      case 3:
        // A tell or an ask is its own correlation: the same bytes as its id.
        correlationId =
          id.length === length && sameBytes(bytes, idStart, bytes, start, length)
            ? id
            : readText(bytes, start, stop)
        break
      case 4:
        causationId = readText(bytes, start, stop)
        break
      case 5:
        sender = addresses.read(bytes, start, stop)
        break
      case 6:
        recipient = addresses.read(bytes, start, stop)
        break
      case 7:
        topic = topics.read(bytes, start, stop)
        break
      case 9:
        type = types.read(bytes, start, stop)
        break
      case 15:
        if (trace !== null) throw notPlain
        at.pos = start
        trace = traceContext(at, stop)
        break
      case 16:
        payload = length === 0 ? empty : bytes.subarray(start, stop)
        break
      default:
        throw notPlain
    }
  }
  at.bytes = empty
  return {
    envelopeVersion,
    id,
    correlationId,
    causationId,
    sender,
    recipient,
    topic,
    kind,
    type,
    schemaVersion,
    timestamp,
    deadline,
    attempt,
    durable,
    trace,
    payload,
  }
}

/** The generated decoder's reading, in the same fixed shape. */
const readGenerated = (bytes: Uint8Array): Envelope => {
  const decoded = EnvelopeProto.decode(bytes)
  const trace = decoded.trace
  return {
    envelopeVersion: decoded.envelopeVersion,
    id: decoded.id,
    correlationId: decoded.correlationId,
    causationId: decoded.causationId,
    sender: decoded.sender,
    recipient: decoded.recipient,
    topic: decoded.topic,
    kind: decoded.kind,
    type: decoded.type,
    schemaVersion: decoded.schemaVersion,
    timestamp: decoded.timestamp,
    deadline: decoded.deadline,
    attempt: decoded.attempt,
    durable: decoded.durable,
    trace:
      trace === null || trace === undefined
        ? null
        : { traceparent: trace.traceparent ?? "", tracestate: trace.tracestate ?? "" },
    payload: decoded.payload,
  }
}

/**
 * Decodes an envelope. Whatever the fast reader does not read to the end (unusual
 * layouts, and every malformed envelope) the generated decoder reads, or refuses with
 * its own error.
 */
export const readEnvelope = (bytes: Uint8Array): Envelope => {
  try {
    return read(bytes)
  } catch {
    return readGenerated(bytes)
  }
}
