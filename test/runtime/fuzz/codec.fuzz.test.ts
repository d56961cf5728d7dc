/**
 * Whatever bytes arrive (random, or valid envelopes with bits flipped, cut short, spliced
 * together or given random lengths), the frame splitter and the codec answer with an
 * Either: a typed refusal or a value that really is valid. They never throw.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc, Schema } from "effect"
import { demoMessages } from "../../../actors/demo/messages.js"
import { Codec } from "../../../runtime/codec/Codec.js"
import {
  MalformedFrame,
  PayloadInvalid,
  SchemaVersionMismatch,
  UnknownMessageType,
  UnsupportedEnvelopeVersion,
} from "../../../runtime/codec/CodecError.js"
import { ENVELOPE_VERSION, EnvelopeProto, Kind } from "../../../runtime/codec/Envelope.js"
import * as Frame from "../../../runtime/codec/Frame.js"
import { Registry } from "../../../runtime/message/Registry.js"
import { systemMessages } from "../../../runtime/message/systemMessages.js"
import { mutated, validEnvelope, withRandomLengths } from "./mutation.js"

const registry = new Registry([...systemMessages, ...demoMessages])
const codec = new Codec(registry)
const types = registry.definitions.map((d) => d.type)
const codecErrors = [
  MalformedFrame,
  UnsupportedEnvelopeVersion,
  UnknownMessageType,
  SchemaVersionMismatch,
  PayloadInvalid,
]

/** Calls `f`; a throw fails the property with what was thrown. */
const total = <A>(name: string, f: () => A): A => {
  try {
    return f()
  } catch (error) {
    throw new Error(`${name} threw: ${String(error)}`)
  }
}

/** How often each outcome was seen, so a test can check the fuzz reached deep enough. */
const outcomes = new Map<string, number>()

const expectTypedRefusal = (result: Either.Either<unknown, unknown>) => {
  expect(Either.isEither(result)).toBe(true)
  if (Either.isLeft(result)) {
    expect(codecErrors.some((error) => result.left instanceof error)).toBe(true)
  }
  const tag = Either.isLeft(result) ? (result.left as { _tag: string })._tag : "Right"
  outcomes.set(tag, (outcomes.get(tag) ?? 0) + 1)
}

/** Runs one envelope's bytes through everything the bus does with them. */
const receiveEnvelope = (bytes: Uint8Array) => {
  const envelope = total("decodeEnvelope", () => codec.decodeEnvelope(bytes))
  expectTypedRefusal(envelope)
  if (Either.isLeft(envelope)) return
  // What decodeEnvelope lets through keeps its promises.
  const e = envelope.right
  expect(e.envelopeVersion).toBe(ENVELOPE_VERSION)
  expect(e.id.length > 0 && e.sender.length > 0).toBe(true)
  const payload = total("decodePayload", () => codec.decodePayload(e))
  expectTypedRefusal(payload)
  if (Either.isRight(payload)) {
    const definition = registry.get(payload.right.type)
    expect(definition?.version).toBe(e.schemaVersion)
    expect(Schema.is(definition!.schema)(payload.right.payload)).toBe(true)
  }
}

/** Runs one frame through what `Bus.receiveFrame` does with it. */
const receiveFrame = (frame: Uint8Array) => {
  const parts = total("unpack", () => Frame.unpack(frame))
  expectTypedRefusal(parts)
  if (Either.isRight(parts)) for (const part of parts.right) receiveEnvelope(part)
}

describe("codec under fuzz", () => {
  it("random bytes: unpack and decodeEnvelope return an Either", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        receiveFrame(bytes)
        receiveEnvelope(bytes)
      }),
      { numRuns: 5000 },
    )
  })

  it("random bytes behind a valid length prefix reach decodeEnvelope", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }), (parts) => {
        const frame = Frame.pack(parts)
        const unpacked = Frame.unpack(frame)
        expect(Either.isRight(unpacked)).toBe(true)
        receiveFrame(frame)
      }),
      { numRuns: 2000 },
    )
  })

  it("mutated valid envelopes: bit flips, truncations, splices, insertions", () => {
    outcomes.clear()
    fc.assert(
      fc.property(mutated(validEnvelope(codec)), (bytes) => receiveEnvelope(bytes)),
      { numRuns: 5000 },
    )
    // The mutations reach every stage: some envelopes still decode, some payloads too.
    for (const tag of ["Right", "MalformedFrame", "UnsupportedEnvelopeVersion"]) {
      expect(outcomes.get(tag) ?? 0, tag).toBeGreaterThan(0)
    }
  })

  it("frames of mutated envelopes with random length prefixes", () => {
    const frames = fc
      .array(fc.oneof(validEnvelope(codec), mutated(validEnvelope(codec))), {
        minLength: 1,
        maxLength: 6,
      })
      .chain((parts) => withRandomLengths(Frame.pack(parts)))
    fc.assert(
      fc.property(frames, (frame) => receiveFrame(frame)),
      { numRuns: 2000 },
    )
  })

  it("decodePayload: any registered or unknown type, any version, any payload bytes", () => {
    const anyType = fc.oneof(fc.constantFrom(...types), fc.string({ maxLength: 20 }))
    const payload = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      // Valid payloads of one type under another type's name.
      fc
        .constantFrom(...registry.definitions)
        .chain((d) => Arbitrary.make(d.schema).map((p) => ({ type: d.type, payload: p })))
        .map((message) => {
          const encoded = codec.encodePayload(message)
          return Either.isRight(encoded) ? encoded.right.bytes : new Uint8Array(0)
        }),
    )
    fc.assert(
      fc.property(
        anyType,
        fc.oneof(fc.constant(1), fc.nat()),
        mutated(payload),
        (type, schemaVersion, bytes) => {
          const envelope = EnvelopeProto.create({
            envelopeVersion: ENVELOPE_VERSION,
            id: "m",
            kind: Kind.KIND_TELL,
            sender: "fuzz@f",
            recipient: "counter@n",
            type,
            schemaVersion,
            payload: bytes,
          })
          const decoded = total("decodePayload", () => codec.decodePayload(envelope))
          expectTypedRefusal(decoded)
          if (Either.isRight(decoded)) {
            expect(Schema.is(registry.get(type)!.schema)(decoded.right.payload)).toBe(true)
          }
        },
      ),
      { numRuns: 4000 },
    )
  })
})
