/**
 * Fuzz inputs: valid envelopes of every registered type, and mutations of any bytes (bit
 * flips, truncations, splices, insertions, deletions, overwrites, random length prefixes).
 */
import { Arbitrary, Either, FastCheck as fc } from "effect"
import type { Codec } from "../../../runtime/codec/Codec.js"
import { allKinds } from "../../../runtime/codec/Envelope.js"
import * as Frame from "../../../runtime/codec/Frame.js"
import type { AnyMessageDefinition } from "../../../runtime/message/MessageDefinition.js"

export interface EnvelopeOptions {
  /** The types to draw from; default every registered type. */
  readonly definitions?: ReadonlyArray<AnyMessageDefinition>
  readonly recipients?: ReadonlyArray<string>
  readonly senders?: ReadonlyArray<string>
}

const address = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.constantFrom("counter@n", "nobody@n", "a@b"),
)
const someOf = (values: ReadonlyArray<string> | undefined) =>
  values === undefined ? address : fc.constantFrom(...values)

/** A valid envelope (it passes decodeEnvelope) carrying a valid payload of a registered type. */
export const validEnvelope = (
  codec: Codec,
  options: EnvelopeOptions = {},
): fc.Arbitrary<Uint8Array> =>
  fc
    .constantFrom(...(options.definitions ?? codec.registry.definitions))
    .chain((definition) =>
      fc.record({
        definition: fc.constant(definition),
        payload: Arbitrary.make(definition.schema),
        id: fc.string({ minLength: 1, maxLength: 24 }),
        kind: fc.constantFrom(...allKinds),
        sender: someOf(options.senders),
        recipient: someOf(options.recipients),
        topic: fc.constantFrom("system.supervision", "demo.beats", "t"),
        correlationId: fc.string({ minLength: 1, maxLength: 24 }),
        durable: fc.boolean(),
        attempt: fc.nat(5),
      }),
    )
    .map(({ definition, payload, ...fields }) => {
      const encoded = codec.encodePayload({ type: definition.type, payload })
      if (Either.isLeft(encoded)) throw new Error(`arbitrary payload refused: ${encoded.left}`)
      return codec.encodeEnvelope({
        ...fields,
        type: definition.type,
        schemaVersion: encoded.right.version,
        timestamp: Date.now(),
        payload: encoded.right.bytes,
      })
    })

type Mutation =
  | { readonly op: "flip"; readonly bits: ReadonlyArray<number> }
  | { readonly op: "truncate"; readonly at: number }
  | { readonly op: "splice"; readonly at: number; readonly from: number }
  | { readonly op: "insert"; readonly at: number; readonly junk: Uint8Array }
  | { readonly op: "overwrite"; readonly at: number; readonly junk: Uint8Array }
  | { readonly op: "delete"; readonly at: number; readonly count: number }

const junk = fc.uint8Array({ minLength: 1, maxLength: 16 })
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant("flip" as const),
    bits: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("splice" as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), junk }),
  fc.record({ op: fc.constant("overwrite" as const), at: fc.nat(), junk }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), count: fc.nat(16) }),
)

const concat = (...parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** Applies one mutation; `other` is the second parent of a splice. */
export const mutate = (bytes: Uint8Array, m: Mutation, other: Uint8Array): Uint8Array => {
  const at = m.op === "flip" ? 0 : m.at % (bytes.length + 1)
  switch (m.op) {
    case "flip": {
      if (bytes.length === 0) return bytes
      const out = Uint8Array.from(bytes)
      for (const bit of m.bits) out[(bit >> 3) % out.length]! ^= 1 << (bit & 7)
      return out
    }
    case "truncate":
      return bytes.subarray(0, at)
    case "splice":
      return concat(bytes.subarray(0, at), other.subarray(m.from % (other.length + 1)))
    case "insert":
      return concat(bytes.subarray(0, at), m.junk, bytes.subarray(at))
    case "overwrite":
      return concat(bytes.subarray(0, at), m.junk, bytes.subarray(at + m.junk.length))
    case "delete":
      return concat(bytes.subarray(0, at), bytes.subarray(at + m.count))
  }
}

/** Bytes from `source` with one to three mutations applied. */
export const mutated = (source: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(source, source, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([bytes, other, mutations]) => mutations.reduce((b, m) => mutate(b, m, other), bytes))

const length = fc.oneof(
  fc.nat(),
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.constantFrom(0, 1, 0xffffffff, Frame.MAX_ENVELOPE_BYTES, Frame.MAX_ENVELOPE_BYTES + 1),
)

/** The frame with random u32 values written over some 4-byte windows (often its prefixes). */
export const withRandomLengths = (frame: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc.array(fc.tuple(fc.nat(), length), { maxLength: 3 }).map((writes) => {
    const out = Buffer.from(frame)
    for (const [position, value] of writes) {
      if (out.length < 4) break
      out.writeUInt32BE(value, position % (out.length - 3))
    }
    return out
  })
