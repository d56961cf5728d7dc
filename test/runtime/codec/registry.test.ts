/**
 * The registry is the list of what may travel on the bus, so every registered type is
 * checked here by iterating the registry itself: a new message type is round-tripped
 * through its protobuf encoding without anyone having to remember to add a test.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc } from "effect"
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Codec } from "../../../runtime/codec/Codec.js"
import type { CodecError } from "../../../runtime/codec/CodecError.js"
import { allKinds, Kind, type EnvelopeFields } from "../../../runtime/codec/Envelope.js"
import type { AnyMessageDefinition, Message } from "../../../runtime/message/MessageDefinition.js"
import { Registry } from "../../../runtime/message/Registry.js"
import { demoMessages } from "../../../actors/demo/messages.js"
import { SupervisionEvent } from "../../../runtime/message/systemMessages.js"
import { allMessages as registry } from "../../support/allMessages.js"

const codec = new Codec(registry)

const expectedTypes = [
  "system.failure",
  "system.supervision",
  "system.done",
  "demo.ping",
  "demo.pong",
  "demo.note",
  "demo.crash",
  "demo.finish",
  "demo.heartbeat",
  "demo.count_query",
  "demo.count",
  "memory.store",
  "memory.stored",
  "memory.search",
  "memory.results",
  "memory.failed",
  "model.generate",
  "model.delta",
  "model.generated",
  "model.failed",
  "model.cancel",
  "model.count_tokens",
  "model.token_counts",
  "conversation.send",
  "conversation.regenerate",
  "conversation.stop",
  "conversation.feedback",
  "conversation.accepted",
  "conversation.delta",
  "conversation.reply_done",
  "conversation.reply_failed",
  "conversation.turn_completed",
  "companion.notice",
  "emotion.state_changed",
  "emotion.get_state",
  "emotion.state",
  "schedule.tick",
  "goal.changed",
  "goal.propose",
  "goal.list",
  "goal.listing",
  "initiative.outcome",
  "gateway.presence",
  "curiosity.question",
]

/** Payload → protobuf → envelope → bytes → envelope → protobuf → payload. */
const roundTrip = (type: string, payload: unknown): Either.Either<Message, CodecError> => {
  const encoded = codec.encodePayload({ type, payload })
  if (Either.isLeft(encoded)) return Either.left(encoded.left)
  const bytes = codec.encodeEnvelope({
    id: "m-1",
    kind: Kind.KIND_TELL,
    sender: "probe@a",
    recipient: "counter@b",
    type,
    schemaVersion: encoded.right.version,
    timestamp: 1_700_000_000_000,
    payload: encoded.right.bytes,
  })
  const envelope = codec.decodeEnvelope(bytes)
  if (Either.isLeft(envelope)) return Either.left(envelope.left)
  return codec.decodePayload(envelope.right)
}

describe("registry", () => {
  it("holds exactly the expected message types", () => {
    expect(registry.definitions.map((d) => d.type).sort()).toEqual([...expectedTypes].sort())
    for (const type of expectedTypes) expect(registry.has(type)).toBe(true)
  })

  it("accepts the same definition twice but refuses a second definition of a type", () => {
    const [first] = demoMessages
    const again = new Registry([first, first])
    expect(again.definitions).toHaveLength(1)
    const impostor: AnyMessageDefinition = { ...first }
    expect(() => new Registry([first]).register(impostor)).toThrow(/"demo.ping".*twice/)
    expect(() => new Registry([...demoMessages, { ...demoMessages[2] }])).toThrow(/demo.note/)
  })

  describe("every registered type round-trips through envelope and protobuf", () => {
    for (const definition of registry.definitions) {
      it(definition.type, () => {
        fc.assert(
          fc.property(Arbitrary.make(definition.schema), (payload) => {
            const decoded = roundTrip(definition.type, payload)
            expect(decoded).toStrictEqual(Either.right({ type: definition.type, payload }))
          }),
          { numRuns: 300 },
        )
      })
    }
  })

  // Schema.int().nonNegative() admits 2^32 + 5, the proto field is uint32: the wire must not
  // turn an accepted value into a different one. Fails until the schema is bounded.
  it("never changes a value its Schema accepts (system.supervision restarts above uint32)", () => {
    const payload = SupervisionEvent.make({
      supervisor: "root",
      child: "counter",
      directive: "restart",
      reason: "boom",
      restarts: 2 ** 32 + 5,
      at: 1,
    }).payload
    const decoded = roundTrip(SupervisionEvent.type, payload)
    if (Either.isRight(decoded)) expect(decoded.right.payload).toStrictEqual(payload)
    else expect(decoded.left._tag).toBe("PayloadInvalid")
  })

  it("round-trips every envelope field", () => {
    const text = fc.string({ minLength: 1, maxLength: 40 })
    const required = fc.record({
      id: text,
      kind: fc.constantFrom(...allKinds),
      sender: text,
      recipient: text,
      topic: text,
      type: text,
      schemaVersion: fc.nat(),
      correlationId: text,
      timestamp: fc.double(),
      payload: fc.uint8Array({ maxLength: 64 }),
    })
    const optional = fc.record(
      {
        causationId: fc.string(),
        deadline: fc.double(),
        attempt: fc.nat(),
        durable: fc.boolean(),
        traceparent: fc.string(),
      },
      { requiredKeys: [] },
    )
    const fields = fc.tuple(required, optional).map(([r, o]): EnvelopeFields => ({ ...r, ...o }))
    fc.assert(
      fc.property(fields, (input) => {
        const decoded = codec.decodeEnvelope(codec.encodeEnvelope(input))
        expect(Either.isRight(decoded)).toBe(true)
        if (Either.isLeft(decoded)) return
        const envelope = decoded.right
        expect(envelope.id).toBe(input.id)
        expect(envelope.kind).toBe(input.kind)
        expect(envelope.sender).toBe(input.sender)
        expect(envelope.recipient).toBe(input.recipient)
        expect(envelope.topic).toBe(input.topic)
        expect(envelope.type).toBe(input.type)
        expect(envelope.schemaVersion).toBe(input.schemaVersion)
        expect(envelope.correlationId).toBe(input.correlationId)
        expect(envelope.causationId).toBe(input.causationId ?? "")
        expect(envelope.timestamp).toBe(input.timestamp)
        expect(envelope.deadline).toBe(input.deadline ?? 0)
        expect(envelope.attempt).toBe(input.attempt ?? 1)
        expect(envelope.durable).toBe(input.durable ?? false)
        expect(envelope.trace?.traceparent ?? undefined).toBe(input.traceparent)
        expect(Uint8Array.from(envelope.payload)).toEqual(Uint8Array.from(input.payload))
      }),
      { numRuns: 500 },
    )
  })
})

describe("generated protobuf code", () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url))
  const committed = join(root, "proto", "generated")

  it("is what `npm run proto` generates from the .proto files", () => {
    const out = mkdtempSync(join(tmpdir(), "aico-proto-"))
    try {
      execFileSync("npx", ["tsx", "proto/generate.ts", out], { cwd: root, stdio: "pipe" })
      const files = readdirSync(out).sort()
      expect(files).toEqual(readdirSync(committed).sort())
      for (const file of files) {
        const fresh = readFileSync(join(out, file), "utf8")
        const current = readFileSync(join(committed, file), "utf8")
        expect(fresh === current, `proto/generated/${file} is stale: run npm run proto`).toBe(true)
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
