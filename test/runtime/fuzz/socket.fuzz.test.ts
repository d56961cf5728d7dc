/**
 * A real node on tcp takes thousands of hostile frames from raw sockets (random bytes,
 * multipart, empty frames, valid frames trailed by garbage, valid envelopes carrying random
 * payloads, mutated envelopes, huge length prefixes), plus raw TCP and ZMTP garbage and
 * sockets of the wrong type. Afterwards it still serves a second node over tcp, and a
 * durable message it receives three times is processed once.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, FastCheck as fc, Logger, LogLevel } from "effect"
import * as zmq from "zeromq"
import { Crash, Finish, Note } from "../../../actors/demo/messages.js"
import type { Codec } from "../../../runtime/codec/Codec.js"
import { Kind } from "../../../runtime/codec/Envelope.js"
import * as Frame from "../../../runtime/codec/Frame.js"
import type { ActorSystem } from "../../../runtime/system/ActorSystem.js"
import { mutated, validEnvelope, withRandomLengths } from "./mutation.js"
import {
  barrier,
  connectBoth,
  durableNoteFrame,
  emptyTree,
  eventually,
  processedOf,
  rawSocket,
  startNode,
} from "./nodes.js"
import {
  incompatibleSockets,
  talkOverTcp,
  type TcpScript,
  zmtpClaim,
  zmtpFrame,
  zmtpGreeting,
  zmtpReady,
} from "./rawPeers.js"

const seed = Number(process.env["FUZZ_SEED"] ?? Math.floor(Math.random() * 2 ** 31))
const quiet = Logger.minimumLogLevel(LogLevel.Error)
/** Quiet logs, and the seed to replay a failure with (`FUZZ_SEED=… npx vitest run …`). */
const fuzzRun = <A, E, R>(test: Effect.Effect<A, E, R>) =>
  test.pipe(
    Effect.onError(() => Effect.sync(() => console.error(`socket fuzz failed: FUZZ_SEED=${seed}`))),
    Effect.provide(quiet),
  )

const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}

/** What one `send` on the fuzz DEALER carries: one or more ZeroMQ message parts. */
const sends = (codec: Codec, node: string): fc.Arbitrary<Array<Uint8Array>> => {
  // No lifecycle messages: a valid demo.crash or demo.finish (any bytes decode to a valid
  // Finish) rightly crashes or ends the counter, which is its job, not a finding.
  const lifecycle: ReadonlyArray<string> = [Crash.type, Finish.type]
  const definitions = codec.registry.definitions.filter((d) => !lifecycle.includes(d.type))
  const recipients = [`counter@${node}`, `nobody@${node}`, "counter@elsewhere"]
  const senders = ["fuzz@f", `fuzz@${node}`, "fuzz@elsewhere"]
  const envelope = validEnvelope(codec, { definitions, recipients, senders })
  const randomPayload = fc
    .record({
      type: fc.constantFrom(...definitions.map((d) => d.type)),
      recipient: fc.constantFrom(...recipients),
      kind: fc.constantFrom(Kind.KIND_TELL, Kind.KIND_ASK),
      durable: fc.boolean(),
      payload: fc.uint8Array({ maxLength: 200 }),
      id: fc.string({ minLength: 1, maxLength: 32 }),
    })
    .map((f) =>
      codec.encodeEnvelope({ ...f, sender: "fuzz@f", schemaVersion: 1, timestamp: Date.now() }),
    )
  const junk = fc.uint8Array({ minLength: 1, maxLength: 64 })
  const frame = (parts: fc.Arbitrary<Array<Uint8Array>>) => parts.map((p) => Frame.pack(p))
  const oneOrMore = <A>(a: fc.Arbitrary<A>) => fc.array(a, { minLength: 1, maxLength: 4 })
  return fc.oneof(
    fc.uint8Array({ maxLength: 1024 }).map((b) => [b]),
    fc.array(fc.uint8Array({ maxLength: 256 }), { minLength: 2, maxLength: 5 }),
    fc.constantFrom([new Uint8Array(0)], [new Uint8Array(0), new Uint8Array(0)]),
    fc.tuple(frame(oneOrMore(envelope)), junk).map(([f, j]) => [Buffer.concat([f, j])]),
    frame(oneOrMore(randomPayload)).map((f) => [f]),
    frame(oneOrMore(mutated(envelope))).map((f) => [f]),
    frame(oneOrMore(envelope))
      .chain(withRandomLengths)
      .map((f) => [f]),
    fc.tuple(frame(oneOrMore(envelope)), junk, frame(oneOrMore(randomPayload))),
    fc
      .tuple(
        fc.constantFrom(0xffffffff, Frame.MAX_ENVELOPE_BYTES + 1, 0x7fffffff),
        fc.uint8Array({ maxLength: 64 }),
      )
      .map(([length, rest]) => [Buffer.concat([u32(length), rest])]),
  )
}

/**
 * Bytes written straight to the tcp port, below ZeroMQ. One connection is a well-formed
 * DEALER carrying a durable note to nobody with id `zmtpId`: its dead letter proves the
 * hand-made ZMTP is good enough that the hostile frames next to it were really read.
 */
const tcpScripts = (target: ActorSystem, zmtpId: string): Array<TcpScript> => {
  const node = target.nodeId
  const greeting = zmtpGreeting()
  const dealer = zmtpReady("DEALER")
  const envelopes = fc.sample(validEnvelope(target.bus.codec, { recipients: [`nobody@${node}`] }), {
    numRuns: 5,
    seed,
  })
  const random = (maxLength: number, offset: number) =>
    fc.sample(fc.uint8Array({ maxLength }), { numRuns: 10, seed: seed + offset })
  return [
    ...random(512, 1).map((then) => ({ then })),
    ...random(200, 2).map((then) => ({ greeting, then })),
    ...random(200, 3).map((junk) => ({ greeting, then: Buffer.concat([dealer, junk]) })),
    { greeting: zmtpGreeting("CURVE"), then: dealer },
    { greeting, then: Buffer.concat([zmtpReady("PUSH"), zmtpFrame(Frame.pack(envelopes))]) },
    { greeting, then: Buffer.concat([dealer, zmtpFrame(Frame.pack(envelopes))]) },
    {
      greeting,
      then: Buffer.concat([dealer, zmtpFrame(durableNoteFrame(target, zmtpId, `nobody@${node}`))]),
    },
    {
      greeting,
      then: Buffer.concat([dealer, zmtpFrame(u32(0xffffffff), true), zmtpFrame(Buffer.alloc(300))]),
    },
    { greeting, then: Buffer.concat([dealer, zmtpClaim(2n ** 62n)]) },
    { greeting, then: Buffer.concat([dealer, zmtpClaim(2n ** 64n - 1n)]) },
    { greeting, then: Buffer.concat([dealer, zmtpClaim(2n ** 31n)]) },
  ]
}

describe("a node under socket fuzz", () => {
  it.scopedLive(
    "keeps serving a second node over tcp after thousands of hostile frames",
    () =>
      Effect.gen(function* () {
        const target = yield* startNode("target")
        const codec = target.bus.codec
        const dealer = yield* rawSocket(() => new zmq.Dealer({ linger: 0 }), target.endpoint)
        const hostile = fc.sample(sends(codec, target.nodeId), { numRuns: 3000, seed })
        const big = [
          [new Uint8Array(1 << 20).fill(0xee)],
          [Buffer.concat([u32(Frame.MAX_ENVELOPE_BYTES), Buffer.alloc(1 << 20)])],
        ]
        yield* Effect.promise(async () => {
          for (const parts of [...hostile, ...big]) await dealer.send(parts)
        })
        const zmtpId = `zmtp-${seed}`
        yield* Effect.promise(() =>
          Promise.all(tcpScripts(target, zmtpId).map((s) => talkOverTcp(target.endpoint, s))),
        )
        yield* incompatibleSockets(target.endpoint, hostile.slice(0, 50).flat())
        yield* barrier(target, dealer, `barrier-${seed}`)
        yield* eventually(
          target.deadLetters,
          (letters) => letters.some((l) => l.id === zmtpId),
          30_000,
        )

        const stats = target.bus.stats
        expect(stats.malformed, `seed ${seed}`).toBeGreaterThan(hostile.length / 10)
        expect(stats.delivered, `seed ${seed}`).toBeGreaterThan(0)

        // A real second node, over tcp: the socket path still works both ways.
        const probe = yield* startNode("probe", emptyTree)
        yield* connectBoth(probe, target)
        const before = yield* processedOf(probe, "client@probe", `counter@${target.nodeId}`)
        expect(yield* processedOf(target, "client@target", "counter@target")).toBe(before)
        for (let seq = 0; seq < 50; seq++) {
          yield* probe.tell("client@probe", "counter@target", Note.make({ seq, text: "after" }))
        }
        const after = yield* processedOf(probe, "client@probe", "counter@target")
        expect(after, `seed ${seed}`).toBe(before + 50)
      }).pipe(fuzzRun),
    60_000,
  )

  it.scopedLive(
    "processes a durable note sent three times with the same id exactly once",
    () =>
      Effect.gen(function* () {
        const target = yield* startNode("target")
        const dealer = yield* rawSocket(() => new zmq.Dealer({ linger: 0 }), target.endpoint)
        // Some fuzz first, so the de-duplication is checked on a node that has seen worse.
        const hostile = fc.sample(sends(target.bus.codec, target.nodeId), {
          numRuns: 500,
          seed: seed + 7,
        })
        yield* Effect.promise(async () => {
          for (const parts of hostile) await dealer.send(parts)
        })
        yield* barrier(target, dealer, `barrier-a-${seed}`)
        const before = yield* processedOf(target, "client@target", "counter@target")
        const duplicates = target.bus.stats.duplicates

        const note = durableNoteFrame(target, `once-${seed}`, "counter@target")
        yield* Effect.promise(async () => {
          await dealer.send(note)
          await dealer.send([note, new Uint8Array(0)])
          await dealer.send(Buffer.concat([note, Frame.pack([new Uint8Array(3)])]))
        })
        yield* barrier(target, dealer, `barrier-b-${seed}`)

        expect(yield* processedOf(target, "client@target", "counter@target")).toBe(before + 1)
        expect(target.bus.stats.duplicates - duplicates).toBe(2)
      }).pipe(fuzzRun),
    60_000,
  )
})
