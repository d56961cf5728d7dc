/**
 * The hand-written envelope writer must produce exactly the bytes of the generated
 * protobufjs encoder for every envelope the bus can send, including texts outside ASCII,
 * texts that are not well-formed, default values, negative kinds and extreme numbers.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import {
  EnvelopeProto,
  envelopeMessage,
  type EnvelopeFields,
  type Kind,
} from "../../../runtime/codec/Envelope.js"
import { writeEnvelope } from "../../../runtime/codec/EnvelopeWriter.js"

/** The generated encoder's bytes for the same fields: the oracle. */
const generated = (fields: EnvelopeFields) => EnvelopeProto.encode(envelopeMessage(fields)).finish()

const text = fc.oneof(
  fc.constantFrom("", "bench@a", "counter@b", "demo.note", "01JABCDEFGHJKMNPQRSTVWXYZ0"),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.constantFrom("\ud800", "a\udc00b", "x".repeat(200), "é".repeat(70)),
)
const uint32 = fc.oneof(fc.constantFrom(0, 1, 127, 128, 16_383, 16_384, 0xffffffff), fc.nat())
const optional = <A>(value: fc.Arbitrary<A>) => fc.option(value, { nil: undefined })

const fields: fc.Arbitrary<EnvelopeFields> = fc
  .record({
    id: text,
    kind: fc.oneof(fc.constantFrom(0, 1, 2, 3, 4), fc.integer()),
    sender: text,
    recipient: optional(text),
    topic: optional(text),
    type: text,
    schemaVersion: uint32,
    correlationId: optional(text),
    causationId: optional(text),
    timestamp: fc.oneof(fc.double(), fc.constantFrom(0, -0, Date.now())),
    deadline: optional(fc.oneof(fc.double(), fc.constantFrom(0, -0))),
    attempt: optional(uint32),
    durable: optional(fc.boolean()),
    traceparent: optional(text),
    payload: fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      fc.uint8Array({ minLength: 200, maxLength: 20_000 }),
    ),
  })
  .map((r) => {
    // Absent optional fields stay absent, as the bus leaves them.
    const defined = Object.entries(r).filter(([, value]) => value !== undefined)
    return { ...Object.fromEntries(defined), kind: r.kind as Kind } as EnvelopeFields
  })

describe("envelope writer", () => {
  it("writes the bytes the generated encoder writes", () => {
    fc.assert(
      fc.property(fields, (envelope) => {
        expect([...writeEnvelope(envelope)]).toEqual([...generated(envelope)])
      }),
      { numRuns: 3000 },
    )
  })

  it("gives every envelope its own bytes", () => {
    const first = writeEnvelope({
      id: "1",
      kind: 0,
      sender: "a@x",
      type: "t",
      schemaVersion: 1,
      timestamp: 1,
      payload: Uint8Array.of(1, 2),
    })
    const copy = Uint8Array.from(first)
    writeEnvelope({
      id: "2",
      kind: 1,
      sender: "b@y",
      type: "u",
      schemaVersion: 2,
      timestamp: 2,
      payload: Uint8Array.of(3),
    })
    expect([...first]).toEqual([...copy])
  })
})
