/**
 * The hand-written envelope reader must read exactly what the generated protobufjs decoder
 * reads, and refuse exactly what it refuses: on envelopes as senders write them, on
 * unusual but valid layouts, and on damaged bytes.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { EnvelopeProto } from "../../../runtime/codec/Envelope.js"
import { readEnvelope } from "../../../runtime/codec/EnvelopeReader.js"

/** The generated decoder's reading as plain data, for comparison. */
const generated = (bytes: Uint8Array) => {
  const plain = EnvelopeProto.toObject(EnvelopeProto.decode(bytes), {
    defaults: true,
    longs: Number,
  })
  return { ...plain, trace: plain["trace"] ?? null, payload: [...(plain["payload"] as Uint8Array)] }
}
const read = (bytes: Uint8Array) => {
  const envelope = readEnvelope(bytes)
  return {
    ...envelope,
    trace: envelope.trace ?? null,
    payload: [...envelope.payload],
  }
}

/** Either the decoded envelope or the fact that decoding threw. */
const outcome = (decode: () => unknown) => {
  try {
    return { ok: decode() }
  } catch {
    return { refused: true }
  }
}

const text = fc.oneof(
  fc.constantFrom("", "bench@a", "counter@b", "demo.note", "01JABCDEFGHJKMNPQRSTVWXYZ0"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
)
const uint32 = fc.oneof(fc.constantFrom(0, 1, 127, 128, 0xffffffff), fc.nat())
const envelope = fc.record({
  envelopeVersion: uint32,
  id: text,
  correlationId: text,
  causationId: text,
  sender: text,
  recipient: text,
  topic: text,
  kind: fc.oneof(fc.constantFrom(0, 1, 2, 3, 4), fc.integer()),
  type: text,
  schemaVersion: uint32,
  timestamp: fc.oneof(fc.double(), fc.constantFrom(0, -0, Date.now())),
  deadline: fc.double(),
  attempt: uint32,
  durable: fc.boolean(),
  trace: fc.option(fc.record({ traceparent: text, tracestate: text }), { nil: null }),
  payload: fc.uint8Array({ maxLength: 80 }),
})
const encoded = envelope.map((fields) => EnvelopeProto.encode(fields).finish())

/** Bytes with something wrong or unusual: flipped, cut, grown, spliced or random. */
const damaged = fc.oneof(
  fc.tuple(encoded, fc.nat(), fc.integer({ min: 1, max: 255 })).map(([bytes, at, mask]) => {
    const copy = Uint8Array.from(bytes)
    if (copy.length > 0) copy[at % copy.length]! ^= mask
    return copy
  }),
  fc.tuple(encoded, fc.nat()).map(([bytes, at]) => bytes.subarray(0, at % (bytes.length + 1))),
  fc
    .tuple(encoded, fc.uint8Array({ minLength: 1, maxLength: 12 }), fc.nat())
    .map(([bytes, extra, at]) => {
      const cut = at % (bytes.length + 1)
      return Uint8Array.from([...bytes.subarray(0, cut), ...extra, ...bytes.subarray(cut)])
    }),
  fc.tuple(encoded, encoded).map(([a, b]) => Uint8Array.from([...a, ...b])),
  fc.uint8Array({ maxLength: 64 }),
)

describe("envelope reader", () => {
  it("reads every envelope a sender writes as the generated decoder does", () => {
    fc.assert(
      fc.property(encoded, (bytes) => {
        expect(read(bytes)).toEqual(generated(bytes))
      }),
      { numRuns: 2000 },
    )
  })

  it("reads or refuses damaged and unusual bytes exactly as the generated decoder does", () => {
    fc.assert(
      fc.property(damaged, (bytes) => {
        expect(outcome(() => read(bytes))).toEqual(outcome(() => generated(bytes)))
      }),
      { numRuns: 5000 },
    )
  })

  it("reads unknown fields, repeated fields and other wire types as the generated decoder does", () => {
    const base = EnvelopeProto.encode({
      id: "m1",
      sender: "a@x",
      recipient: "b@y",
      type: "demo.note",
      trace: { traceparent: "00-aa-bb-01", tracestate: "" },
    }).finish()
    const cases = [
      // field 20, varint: unknown
      Uint8Array.from([...base, 0xa0, 0x01, 0x05]),
      // a second trace: merged into the first
      Uint8Array.from([...base, 0x7a, 0x04, 0x12, 0x02, 0x6b, 0x3d]),
      // the sender again: the last one counts
      Uint8Array.from([...base, 0x2a, 0x03, 0x63, 0x40, 0x7a]),
      // the id (a string) sent as a varint
      Uint8Array.from([...base, 0x10, 0x07]),
      // a group
      Uint8Array.from([...base, 0xa3, 0x01, 0xa4, 0x01]),
    ]
    for (const bytes of cases) {
      expect(outcome(() => read(bytes))).toEqual(outcome(() => generated(bytes)))
    }
    expect(read(cases[2]!).sender).toBe("c@z")
  })

  it("gives back the same address and type strings for the same bytes", () => {
    const first = readEnvelope(
      EnvelopeProto.encode({ id: "1", sender: "s@n", recipient: "r@n", type: "t.x" }).finish(),
    )
    const second = readEnvelope(
      EnvelopeProto.encode({ id: "2", sender: "s@n", recipient: "r@m", type: "t.x" }).finish(),
    )
    expect(second.sender).toBe(first.sender)
    expect(second.type).toBe(first.type)
    expect(second.recipient).toBe("r@m")
    expect(second.id).toBe("2")
  })
})
