/**
 * What the codec refuses, and how: every refusal is a typed error value (never a throw),
 * tagged so the bus can count it, log it or answer it to the sender.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import { demoMessages, Note } from "../../../actors/demo/messages.js"
import { aico } from "../../../proto/generated/aico.js"
import { Codec } from "../../../runtime/codec/Codec.js"
import {
  ENVELOPE_VERSION,
  EnvelopeProto,
  Kind,
  type Envelope,
  type EnvelopeFields,
} from "../../../runtime/codec/Envelope.js"
import * as Frame from "../../../runtime/codec/Frame.js"
import { Registry } from "../../../runtime/message/Registry.js"
import { systemMessages } from "../../../runtime/message/systemMessages.js"

const codec = new Codec(new Registry([...systemMessages, ...demoMessages]))

const noteBytes = aico.demo.v1.Note.encode({ seq: 7, text: "hello" }).finish()

const tell: EnvelopeFields = {
  id: "m-1",
  kind: Kind.KIND_TELL,
  sender: "probe@a",
  recipient: "counter@b",
  type: Note.type,
  schemaVersion: 1,
  timestamp: 1_700_000_000_000,
  payload: noteBytes,
}

/** An envelope as the receiving side sees it, without the checks decodeEnvelope makes. */
const envelopeOf = (fields: Partial<EnvelopeFields>): Envelope =>
  EnvelopeProto.decode(codec.encodeEnvelope({ ...tell, ...fields }))

const tagOf = <E extends { readonly _tag: string }>(result: Either.Either<unknown, E>) =>
  Either.isLeft(result) ? result.left._tag : "Right"

const bytesOf = (parts: ReadonlyArray<Uint8Array>) => parts.map((part) => [...part])

describe("codec refusals", () => {
  it("an unknown message type is UnknownMessageType, on decode and on encode", () => {
    const decoded = codec.decodePayload(envelopeOf({ type: "demo.unheard_of" }))
    expect(tagOf(decoded)).toBe("UnknownMessageType")
    if (Either.isLeft(decoded)) expect(decoded.left).toMatchObject({ type: "demo.unheard_of" })
    expect(tagOf(codec.encodePayload({ type: "demo.unheard_of", payload: {} }))).toBe(
      "UnknownMessageType",
    )
    // Registry lookups go through a Map: inherited object keys are not types.
    for (const type of ["__proto__", "constructor", "toString", ""]) {
      expect(tagOf(codec.decodePayload(envelopeOf({ type })))).toBe("UnknownMessageType")
    }
  })

  it("a schema version other than the registered one is SchemaVersionMismatch", () => {
    for (const schemaVersion of [0, 2, 0xffffffff]) {
      const decoded = codec.decodePayload(envelopeOf({ schemaVersion }))
      expect(tagOf(decoded)).toBe("SchemaVersionMismatch")
      if (Either.isLeft(decoded)) {
        expect(decoded.left).toMatchObject({ type: Note.type, version: schemaVersion, expected: 1 })
      }
    }
    expect(codec.decodePayload(envelopeOf({ schemaVersion: 1 }))).toStrictEqual(
      Either.right({ type: Note.type, payload: { seq: 7, text: "hello" } }),
    )
  })

  it("an envelope version other than this node's is UnsupportedEnvelopeVersion", () => {
    const valid = EnvelopeProto.decode(codec.encodeEnvelope(tell))
    for (const envelopeVersion of [0, ENVELOPE_VERSION + 1, 0xffffffff]) {
      const bytes = EnvelopeProto.encode({ ...valid, envelopeVersion }).finish()
      const decoded = codec.decodeEnvelope(bytes)
      expect(tagOf(decoded)).toBe("UnsupportedEnvelopeVersion")
      if (Either.isLeft(decoded)) {
        expect(decoded.left).toMatchObject({
          version: envelopeVersion,
          supported: ENVELOPE_VERSION,
        })
      }
    }
    // No bytes at all: every field at its default, so version 0.
    expect(tagOf(codec.decodeEnvelope(new Uint8Array(0)))).toBe("UnsupportedEnvelopeVersion")
  })

  it("bytes that are not a protobuf envelope are MalformedFrame", () => {
    const valid = codec.encodeEnvelope(tell)
    const garbage = [
      [0xff], // a tag whose varint never ends
      [0x12, 0x05, 0x61], // id claims 5 bytes, 1 follows
      [0x12, 0xff, 0xff, 0xff, 0xff, 0x0f], // id claims 4 GiB
      [0x0f], // wire type 7 does not exist
      [0x08, 0x01, 0x12, 0x02, 0xc3, 0x28], // id is not UTF-8
      [...valid.subarray(0, valid.length - 1)], // the payload cut short
    ]
    for (const bytes of garbage) {
      const decoded = codec.decodeEnvelope(Uint8Array.from(bytes))
      expect(tagOf(decoded), `bytes ${bytes.join(",")}`).toBe("MalformedFrame")
    }
  })

  describe("what every envelope must carry, by kind", () => {
    const cases: ReadonlyArray<[string, Partial<EnvelopeFields>, RegExp]> = [
      ["a tell without id", { id: "" }, /without id/],
      ["an ask without id", { kind: Kind.KIND_ASK, id: "" }, /without id/],
      ["a tell without sender", { sender: "" }, /without sender/],
      ["a publish without sender", { kind: Kind.KIND_PUBLISH, topic: "t", sender: "" }, /sender/],
      ["a tell without recipient", { recipient: "" }, /without recipient/],
      ["an ask without recipient", { kind: Kind.KIND_ASK, recipient: "" }, /without recipient/],
      ["a publish without topic", { kind: Kind.KIND_PUBLISH }, /without topic/],
      ["a reply without correlation id", { kind: Kind.KIND_REPLY }, /correlation/],
      ["an ack without correlation id", { kind: Kind.KIND_ACK, type: "" }, /correlation/],
      ["a tell without type", { type: "" }, /message type/],
      ["a reply without type", { kind: Kind.KIND_REPLY, correlationId: "c", type: "" }, /type/],
      ["an unknown kind", { kind: 5 as Kind }, /unknown envelope kind 5/],
      ["a negative kind", { kind: -1 as Kind }, /unknown envelope kind -1/],
    ]
    for (const [name, fields, reason] of cases) {
      it(`${name} is MalformedFrame`, () => {
        const decoded = codec.decodeEnvelope(codec.encodeEnvelope({ ...tell, ...fields }))
        expect(tagOf(decoded)).toBe("MalformedFrame")
        if (Either.isLeft(decoded)) expect(decoded.left.message).toMatch(reason)
      })
    }

    const accepted: ReadonlyArray<[string, Partial<EnvelopeFields>]> = [
      [
        "a publish with a topic and no recipient",
        { kind: Kind.KIND_PUBLISH, recipient: "", topic: "t" },
      ],
      ["a reply with a correlation id", { kind: Kind.KIND_REPLY, correlationId: "m-0" }],
      [
        "an ack with no type",
        { kind: Kind.KIND_ACK, correlationId: "m-0", type: "", schemaVersion: 0 },
      ],
    ]
    for (const [name, fields] of accepted) {
      it(`${name} is accepted`, () => {
        expect(tagOf(codec.decodeEnvelope(codec.encodeEnvelope({ ...tell, ...fields })))).toBe(
          "Right",
        )
      })
    }
  })

  it("a payload its Schema refuses is PayloadInvalid, on decode", () => {
    const long = aico.demo.v1.Note.encode({ seq: 1, text: "x".repeat(4097) }).finish()
    const decoded = codec.decodePayload(envelopeOf({ payload: long }))
    expect(tagOf(decoded)).toBe("PayloadInvalid")
    if (Either.isLeft(decoded)) {
      expect(decoded.left).toMatchObject({ type: Note.type })
      expect(decoded.left.message).toMatch(/text/)
    }
    const longest = aico.demo.v1.Note.encode({ seq: 1, text: "x".repeat(4096) }).finish()
    expect(tagOf(codec.decodePayload(envelopeOf({ payload: longest })))).toBe("Right")
  })

  it("a payload its Schema refuses is PayloadInvalid, on encode", () => {
    const refused = [
      { seq: -1, text: "" },
      { seq: 2 ** 32, text: "" },
      { seq: 1.5, text: "" },
      { seq: Number.NaN, text: "" },
      { seq: 1, text: "x".repeat(4097) },
      { seq: 1 },
      { seq: "1", text: "" },
    ]
    for (const payload of refused) {
      const encoded = codec.encodePayload({ type: Note.type, payload })
      expect(tagOf(encoded), JSON.stringify(payload)).toBe("PayloadInvalid")
    }
    expect(tagOf(codec.encodePayload(Note.make({ seq: 2 ** 32 - 1, text: "" })))).toBe("Right")
  })

  it("each encoded payload keeps its own bytes (the codec reuses one protobuf writer)", () => {
    const first = codec.encodePayload(Note.make({ seq: 1, text: "first" }))
    if (Either.isLeft(first)) throw new Error(`did not encode: ${first.left._tag}`)
    const before = [...first.right.bytes]
    const refused = codec.encodePayload({ type: Note.type, payload: { seq: -1, text: "" } })
    expect(tagOf(refused)).toBe("PayloadInvalid")
    const second = codec.encodePayload(Note.make({ seq: 2, text: "second, and longer" }))
    expect(tagOf(second)).toBe("Right")
    expect([...first.right.bytes]).toEqual(before)
    expect(aico.demo.v1.Note.decode(first.right.bytes).toJSON()).toEqual({ seq: 1, text: "first" })
  })

  it("payload bytes that are not the registered protobuf type are MalformedFrame", () => {
    for (const payload of [[0x12, 0x05, 0x61], [0xff], [0x08, 0x80]]) {
      const decoded = codec.decodePayload(envelopeOf({ payload: Uint8Array.from(payload) }))
      expect(tagOf(decoded), `payload ${payload.join(",")}`).toBe("MalformedFrame")
    }
  })

  // A text cut in the middle of an emoji (a lone UTF-16 surrogate) is accepted by
  // Schema.String and written by protobufjs, but its strict UTF-8 reader refuses it: the
  // message is then undeliverable everywhere. Fails until encodePayload refuses (or
  // repairs) such strings.
  it("a payload that encodes also decodes (text cut in the middle of an emoji)", () => {
    const text = "🙂🙂".slice(0, 3)
    const encoded = codec.encodePayload(Note.make({ seq: 1, text }))
    if (Either.isLeft(encoded)) {
      expect(encoded.left._tag).toBe("PayloadInvalid")
      return
    }
    const decoded = codec.decodePayload(envelopeOf({ payload: encoded.right.bytes }))
    expect(decoded).toStrictEqual(Either.right({ type: Note.type, payload: { seq: 1, text } }))
  })

  // Envelope strings with broken UTF-16 encode but cannot be read back: the decoder refuses
  // them with a typed error (and the bus refuses to send them; see the mailbox contract).
  it("an envelope with a lone surrogate in sender or traceparent is refused when decoded", () => {
    for (const fields of [{ sender: "probe\ud800@a" }, { traceparent: "00-\udc00" }]) {
      const decoded = codec.decodeEnvelope(codec.encodeEnvelope({ ...tell, ...fields }))
      expect(tagOf(decoded), JSON.stringify(fields)).toBe("MalformedFrame")
    }
  })
})

describe("frames", () => {
  const parts = fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 })

  it("unpack inverts pack, wherever the frame sits in its buffer", () => {
    fc.assert(
      fc.property(parts, fc.nat(64), (list, offset) => {
        const frame = Frame.pack(list)
        expect(frame.length).toBe(list.reduce((n, part) => n + 4 + part.length, 0))
        const unpacked = Frame.unpack(frame)
        expect(Either.isRight(unpacked)).toBe(true)
        if (Either.isRight(unpacked)) expect(bytesOf(unpacked.right)).toEqual(bytesOf(list))
        // The same frame at a non-zero byteOffset of a larger buffer (as zeromq hands it over).
        const host = new Uint8Array(offset + frame.length + 7).fill(0xaa)
        host.set(frame, offset)
        const inner = Frame.unpack(host.subarray(offset, offset + frame.length))
        expect(Either.isRight(inner) && bytesOf(inner.right)).toEqual(bytesOf(list))
      }),
      { numRuns: 500 },
    )
  })

  it("pack of a range packs exactly that range", () => {
    fc.assert(
      fc.property(parts, fc.nat(), fc.nat(), (list, a, b) => {
        const from = list.length === 0 ? 0 : a % (list.length + 1)
        const to = from + (list.length === 0 ? 0 : b % (list.length - from + 1))
        expect([...Frame.pack(list, from, to)]).toEqual([...Frame.pack(list.slice(from, to))])
      }),
      { numRuns: 300 },
    )
  })

  it("every truncation either unpacks to a prefix of the parts or is MalformedFrame", () => {
    fc.assert(
      fc.property(parts, (list) => {
        const frame = Frame.pack(list)
        // Offsets where a part ends: the only places a frame may be cut and still be whole.
        const boundaries = new Map<number, number>([[0, 0]])
        list.reduce((end, part, i) => {
          boundaries.set(end + 4 + part.length, i + 1)
          return end + 4 + part.length
        }, 0)
        for (let cut = 0; cut <= frame.length; cut++) {
          const unpacked = Frame.unpack(frame.subarray(0, cut))
          const whole = boundaries.get(cut)
          if (whole === undefined) {
            expect(tagOf(unpacked)).toBe("MalformedFrame")
          } else {
            expect(Either.isRight(unpacked) && bytesOf(unpacked.right)).toEqual(
              bytesOf(list.slice(0, whole)),
            )
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it("a length prefix past the frame or above the envelope limit is MalformedFrame", () => {
    const prefix = (length: number, body: number) => {
      const frame = Buffer.alloc(4 + body)
      frame.writeUInt32BE(length, 0)
      return frame
    }
    expect(tagOf(Frame.unpack(prefix(0xffffffff, 16)))).toBe("MalformedFrame")
    expect(tagOf(Frame.unpack(prefix(17, 16)))).toBe("MalformedFrame")
    expect(tagOf(Frame.unpack(Uint8Array.of(0, 0, 0)))).toBe("MalformedFrame")
    const limit = Frame.MAX_ENVELOPE_BYTES
    expect(tagOf(Frame.unpack(prefix(limit + 1, limit + 1)))).toBe("MalformedFrame")
    const atLimit = Frame.unpack(prefix(limit, limit))
    expect(Either.isRight(atLimit) && atLimit.right.map((part) => part.length)).toEqual([limit])
    expect(Frame.unpack(new Uint8Array(0))).toStrictEqual(Either.right([]))
  })
})

describe("decoded strings", () => {
  it("round-trip ASCII, multi-byte and long texts, from Buffers and plain byte arrays", () => {
    const texts = [
      "",
      "a",
      "demo.note",
      "grüße, 世界 🌍",
      "x".repeat(63),
      "é".repeat(40),
      "y".repeat(300),
    ]
    for (const text of texts) {
      const bytes = codec.encodeEnvelope({
        ...tell,
        sender: `s${text}@a`.slice(0, 200),
        payload: aico.demo.v1.Note.encode({ seq: 1, text }).finish(),
      })
      for (const input of [bytes, Uint8Array.from(bytes)]) {
        const envelope = codec.decodeEnvelope(input)
        if (Either.isLeft(envelope)) throw envelope.left
        expect(envelope.right.sender).toBe(`s${text}@a`.slice(0, 200))
        const message = codec.decodePayload(envelope.right)
        expect(Either.isRight(message) && message.right.payload).toEqual({ seq: 1, text })
      }
    }
  })

  it("refuses overlong and truncated UTF-8 sequences after an ASCII prefix", () => {
    for (const tail of [[0xc0, 0xaf], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x80]]) {
      const id = [0x61, 0x62, ...tail]
      expect(
        tagOf(codec.decodeEnvelope(Uint8Array.from([0x08, 0x01, 0x12, id.length, ...id]))),
      ).toBe("MalformedFrame")
    }
  })
})
