/**
 * The envelope encoder of the sending hot path. It writes the same bytes as the generated
 * protobufjs encoder (fields in number order, proto3 defaults left out), sized up front
 * into one buffer: protobufjs's `Writer` records an operation object per field and then
 * replays them into a buffer it allocates at `finish`, which cost a sending node about a
 * third of its time per message. Texts that are not well-formed UTF-16 (the bus refuses
 * them before encoding) go to the generated encoder, which has its own way with them.
 */
import {
  ENVELOPE_VERSION,
  EnvelopeProto,
  envelopeMessage,
  type EnvelopeFields,
} from "./Envelope.js"

/** Bytes of a varint holding `value` as protobufjs writes a uint32 (or a negative int32). */
const varintSize = (value: number): number => {
  if (value < 0) return 10
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5
}

/**
 * UTF-8 length of a text, or -1 if it is not well-formed. ASCII is counted (and later
 * written) without leaving JavaScript: a native call costs more than a short id.
 */
const utf8Size = (text: string): number => {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return text.isWellFormed() ? Buffer.byteLength(text, "utf8") : -1
  }
  return text.length
}

/** Bytes of a text field with its tag and length; NaN (poisoning the sum) if not well-formed. */
const textSize = (bytes: number): number => (bytes < 0 ? NaN : 1 + varintSize(bytes) + bytes)

const none = Buffer.alloc(0)

class Out {
  buffer: Buffer = none
  pos = 0

  varint(value: number): void {
    // A negative int32 is written as its 64-bit two's complement, as protobufjs does.
    let low = value >>> 0
    let high = value < 0 ? 0xffffffff : 0
    while (high !== 0 || low > 0x7f) {
      this.buffer[this.pos++] = (low & 0x7f) | 0x80
      low = ((low >>> 7) | (high << 25)) >>> 0
      high >>>= 7
    }
    this.buffer[this.pos++] = low
  }

  /** A text field whose UTF-8 length is `bytes`. */
  text(tag: number, text: string, bytes: number): void {
    this.buffer[this.pos++] = tag
    this.varint(bytes)
    if (bytes === text.length) {
      for (let i = 0; i < bytes; i++) this.buffer[this.pos + i] = text.charCodeAt(i)
      this.pos += bytes
    } else {
      this.pos += this.buffer.write(text, this.pos, bytes, "utf8")
    }
  }

  double(tag: number, value: number): void {
    this.buffer[this.pos++] = tag
    this.pos = this.buffer.writeDoubleLE(value, this.pos)
  }
}

const out = new Out()

/** The generated encoder's bytes, for the texts this writer leaves to it. */
const generated = (fields: EnvelopeFields): Uint8Array =>
  EnvelopeProto.encode(envelopeMessage(fields)).finish()

/** Encodes an envelope of the current version. */
export const writeEnvelope = (fields: EnvelopeFields): Uint8Array => {
  const recipient = fields.recipient ?? ""
  const topic = fields.topic ?? ""
  const correlationId = fields.correlationId ?? ""
  const causationId = fields.causationId ?? ""
  const deadline = fields.deadline ?? 0
  const attempt = fields.attempt ?? 1
  const durable = fields.durable ?? false
  const traceparent = fields.traceparent
  const { id, sender, type, kind, schemaVersion, timestamp, payload } = fields
  const idBytes = utf8Size(id)
  const correlationBytes = utf8Size(correlationId)
  const causationBytes = utf8Size(causationId)
  const senderBytes = utf8Size(sender)
  const recipientBytes = utf8Size(recipient)
  const topicBytes = utf8Size(topic)
  const typeBytes = utf8Size(type)
  const traceBytes = traceparent === undefined ? 0 : utf8Size(traceparent)
  const traceSize = traceBytes === 0 ? 0 : textSize(traceBytes)

  let size = 1 + varintSize(ENVELOPE_VERSION)
  if (idBytes !== 0) size += textSize(idBytes)
  if (correlationBytes !== 0) size += textSize(correlationBytes)
  if (causationBytes !== 0) size += textSize(causationBytes)
  if (senderBytes !== 0) size += textSize(senderBytes)
  if (recipientBytes !== 0) size += textSize(recipientBytes)
  if (topicBytes !== 0) size += textSize(topicBytes)
  if (kind !== 0) size += 1 + varintSize(kind)
  if (typeBytes !== 0) size += textSize(typeBytes)
  if (schemaVersion !== 0) size += 1 + varintSize(schemaVersion >>> 0)
  if (!Object.is(timestamp, 0)) size += 9
  if (!Object.is(deadline, 0)) size += 9
  if (attempt !== 0) size += 1 + varintSize(attempt >>> 0)
  if (durable) size += 2
  if (traceparent !== undefined) size += 1 + varintSize(traceSize) + traceSize
  if (payload.length > 0) size += 2 + varintSize(payload.length) + payload.length
  // A text that is not well-formed made the size NaN.
  if (Number.isNaN(size)) return generated(fields)

  out.buffer = Buffer.allocUnsafe(size)
  out.pos = 0
  out.buffer[out.pos++] = 8
  out.varint(ENVELOPE_VERSION)
  if (idBytes !== 0) out.text(18, id, idBytes)
  if (correlationBytes !== 0) out.text(26, correlationId, correlationBytes)
  if (causationBytes !== 0) out.text(34, causationId, causationBytes)
  if (senderBytes !== 0) out.text(42, sender, senderBytes)
  if (recipientBytes !== 0) out.text(50, recipient, recipientBytes)
  if (topicBytes !== 0) out.text(58, topic, topicBytes)
  if (kind !== 0) {
    out.buffer[out.pos++] = 64
    out.varint(kind)
  }
  if (typeBytes !== 0) out.text(74, type, typeBytes)
  if (schemaVersion !== 0) {
    out.buffer[out.pos++] = 80
    out.varint(schemaVersion >>> 0)
  }
  if (!Object.is(timestamp, 0)) out.double(89, timestamp)
  if (!Object.is(deadline, 0)) out.double(97, deadline)
  if (attempt !== 0) {
    out.buffer[out.pos++] = 104
    out.varint(attempt >>> 0)
  }
  if (durable) {
    out.buffer[out.pos++] = 112
    out.buffer[out.pos++] = 1
  }
  if (traceparent !== undefined) {
    out.buffer[out.pos++] = 122
    out.varint(traceSize)
    if (traceBytes !== 0) out.text(10, traceparent, traceBytes)
  }
  if (payload.length > 0) {
    // Field 16 takes a two-byte tag.
    out.buffer[out.pos++] = 130
    out.buffer[out.pos++] = 1
    out.varint(payload.length)
    out.buffer.set(payload, out.pos)
    out.pos += payload.length
  }
  const written = out.buffer
  out.buffer = none
  return written
}
