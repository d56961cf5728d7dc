/**
 * Single, deliberate hostile inputs the random fuzz is unlikely to stumble on: a peer that
 * takes another node's ZeroMQ routing id, a retry storm of one durable message, and
 * envelope ids longer than the journal can use as keys. Each says what the node must
 * still do afterwards.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Logger, LogLevel } from "effect"
import { setImmediate as tick } from "node:timers/promises"
import * as zmq from "zeromq"
import { CountQuery } from "../../../actors/demo/messages.js"
import { Kind } from "../../../runtime/codec/Envelope.js"
import * as Frame from "../../../runtime/codec/Frame.js"
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

const quiet = Logger.minimumLogLevel(LogLevel.Error)
const dealerTo = (endpoint: string, routingId?: string) =>
  rawSocket(
    () => new zmq.Dealer({ linger: 0, ...(routingId === undefined ? {} : { routingId }) }),
    endpoint,
  )

/** Collects promise rejections nobody handled while the scope is open. */
const unhandledRejections = Effect.acquireRelease(
  Effect.sync(() => {
    const reasons: Array<unknown> = []
    const listener = (reason: unknown) => void reasons.push(reason)
    process.on("unhandledRejection", listener)
    return { reasons, listener }
  }),
  ({ listener }) => Effect.sync(() => process.off("unhandledRejection", listener)),
).pipe(Effect.map(({ reasons }) => reasons))

describe("a node facing a hostile peer", () => {
  // The transport's DEALERs use the node id as ZeroMQ routing id, and a ROUTER refuses a
  // second connection with a routing id already in use: whoever connects first as "probe"
  // silences the real node "probe". Fails until the DEALERs stop setting a routing id
  // (the ROUTER only receives and never addresses a peer by it).
  it.scopedLive(
    "a peer squatting on another node's routing id does not cut that node off",
    () =>
      Effect.gen(function* () {
        const target = yield* startNode("target")
        const squatter = yield* dealerTo(target.endpoint, "probe")
        yield* Effect.promise(() => squatter.send(Frame.pack([new Uint8Array(3)])))
        yield* eventually(
          Effect.sync(() => target.bus.stats.malformed),
          (n) => n > 0,
          30_000,
        )
        const probe = yield* startNode("probe", emptyTree)
        yield* connectBoth(probe, target)
        const reply = yield* Effect.either(
          probe.ask("client@probe", "counter@target", CountQuery.make({}), 5000),
        )
        expect(reply._tag === "Right" ? reply.right.payload : reply.left).toEqual({
          processed: 0,
          seqs: [],
        })
      }).pipe(Effect.provide(quiet)),
    60_000,
  )

  // Journal.complete() forgets the id from the in-memory inbox at once, but the "seen"
  // record it writes becomes visible only when LMDB commits: a copy arriving in between
  // is delivered again. Fails until the id stays known until that write has committed.
  it.scopedLive(
    "durable notes retried thousands of times, during and after their processing, are processed once",
    () =>
      Effect.gen(function* () {
        const target = yield* startNode("target")
        const dealer = yield* dealerTo(target.endpoint)
        // Twenty notes, the i-th first sent in round 5i and then in every round: copies keep
        // arriving while each is processed and committed, at twenty different moments.
        const notes = Array.from({ length: 20 }, (_, i) =>
          durableNoteFrame(target, `storm-${i}`, "counter@target", i),
        )
        let sent = 0
        yield* Effect.promise(async () => {
          for (let round = 0; round < 200; round++) {
            for (let i = 0; i < notes.length && i * 5 <= round; i++) {
              await dealer.send(notes[i]!)
              sent++
            }
            await tick()
          }
        })
        yield* barrier(target, dealer, "barrier-storm")
        expect(yield* processedOf(target, "client@target", "counter@target")).toBe(notes.length)
        expect(target.bus.stats.duplicates).toBe(sent - notes.length)
      }).pipe(Effect.provide(quiet)),
    60_000,
  )

  // LMDB keys are at most 1978 bytes. Journal.admit() then throws out of Bus.receiveFrame,
  // which ends the transport's receive loop: the node never reads its socket again. Fails
  // until such envelopes are refused (decodeEnvelope) and receiveFrame cannot throw.
  it.scopedLive(
    "a durable note with an id longer than a journal key leaves the node receiving",
    () =>
      Effect.gen(function* () {
        const target = yield* startNode("target")
        const dealer = yield* dealerTo(target.endpoint)
        const note = durableNoteFrame(target, "x".repeat(2000), "counter@target")
        yield* Effect.promise(() => dealer.send(note))
        yield* barrier(target, dealer, "barrier-long-id", 5000)
        const probe = yield* startNode("probe", emptyTree)
        yield* connectBoth(probe, target)
        expect(yield* processedOf(probe, "client@probe", "counter@target")).toBeLessThanOrEqual(1)
      }).pipe(Effect.provide(quiet)),
    60_000,
  )

  // The same id on a message for an actor that does not exist: dead-lettering it rejects
  // inside `void this.deadLetter(...)`, an unhandled rejection that ends a Node process.
  it.scopedLive(
    "a tell with an id longer than a journal key to an unknown actor rejects nothing unhandled",
    () =>
      Effect.gen(function* () {
        const rejections = yield* unhandledRejections
        const target = yield* startNode("target")
        const dealer = yield* dealerTo(target.endpoint)
        const codec = target.bus.codec
        const tell = codec.encodeEnvelope({
          id: "y".repeat(2000),
          kind: Kind.KIND_TELL,
          sender: "fuzz@f",
          recipient: "nobody@target",
          type: CountQuery.type,
          schemaVersion: 1,
          timestamp: Date.now(),
          payload: new Uint8Array(0),
        })
        yield* Effect.promise(() => dealer.send(Frame.pack([tell])))
        yield* barrier(target, dealer, "barrier-long-id", 5000)
        expect(rejections.map(String)).toEqual([])
      }).pipe(Effect.provide(quiet)),
    60_000,
  )
})
