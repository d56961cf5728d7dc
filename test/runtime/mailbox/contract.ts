/**
 * The mailbox contract, written once and run against every transport (same node, inproc,
 * ipc, tcp): what tell, ask, publish, bounded mailboxes, durable delivery and dead
 * letters promise, observed through the public API of two real nodes.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as zmq from "zeromq"
import { counter } from "../../../actors/demo/counter.js"
import { Count, CountQuery, Crash, Heartbeat, Note } from "../../../actors/demo/messages.js"
import { heartbeatListener } from "../../../actors/demo/pingPong.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import type { ActorSystem } from "../../../runtime/system/ActorSystem.js"
import { emptyTree, eventually, startNode, tempDir } from "../../support/nodes.js"

export interface TransportCase {
  readonly name: string
  /** Both actors on one node: no socket between them. */
  readonly sameNode: boolean
  /** The endpoint a node listens on; `fixed` asks for one known before the node starts. */
  readonly endpoint: (node: string, dataDir: string, fixed: boolean) => Effect.Effect<string>
  /** Authenticate the bus with CurveZMQ: each node admits only the other's key. */
  readonly curve?: boolean
}

/** Keypairs for nodes "a" and "b", each admitting only the other (when the case asks). */
const curveFor = (transport: TransportCase) => {
  if (transport.curve !== true) return { a: {}, b: {}, keyOfA: undefined, keyOfB: undefined }
  const a = zmq.curveKeyPair()
  const b = zmq.curveKeyPair()
  return {
    a: { curve: { ...a, allow: [b.publicKey] } },
    b: { curve: { ...b, allow: [a.publicKey] } },
    keyOfA: a.publicKey,
    keyOfB: b.publicKey,
  }
}

const receiverTree = supervisor(
  "root",
  { strategy: "one-for-one", intensity: 20, periodMs: 5000 },
  [
    actor(counter("counter", { keepSeqs: true })),
    actor(counter("slow", { workMs: 20, mailboxCapacity: 5 })),
    actor(heartbeatListener("listener"), { grants: { subscribe: ["demo.>"] } }),
  ],
)

/** The failure's tag, whether raised here or reported by the remote node. */
const tagOf = (error: { readonly _tag: string }): string =>
  error._tag === "RemoteFailure" && "tag" in error && typeof error.tag === "string"
    ? error.tag
    : error._tag

const countOf = (system: ActorSystem, sender: string, to: string) =>
  system.ask(sender, to, CountQuery.make({})).pipe(
    Effect.map((reply) => {
      expect(reply.type).toBe(Count.type)
      return Schema.decodeUnknownSync(Count.schema)(reply.payload)
    }),
  )

const actorInfo = (system: ActorSystem, address: string) =>
  system.introspection.actor(address).pipe(Effect.orDie)

/** The test's probes publish on any topic; nothing else may unless its tree grants it. */
const probeGrants = { "probe@a": { publish: [">"] } }

const withKey = (publicKey: string | undefined) => (publicKey === undefined ? {} : { publicKey })

/** Two nodes (sender "a", receiver "b") or one node playing both, connected both ways. */
const pair = (transport: TransportCase) =>
  Effect.gen(function* () {
    const keys = curveFor(transport)
    const dirB = yield* tempDir()
    const b = yield* startNode({
      nodeId: transport.sameNode ? "a" : "b",
      dataDir: dirB,
      endpoint: yield* transport.endpoint("b", dirB, false),
      root: receiverTree,
      grants: probeGrants,
      ...keys.b,
    })
    if (transport.sameNode) return { a: b, b, node: "a" }
    const dirA = yield* tempDir()
    const a = yield* startNode({
      nodeId: "a",
      dataDir: dirA,
      endpoint: yield* transport.endpoint("a", dirA, false),
      peers: [{ id: "b", endpoint: b.endpoint, ...withKey(keys.keyOfB) }],
      root: emptyTree,
      grants: probeGrants,
      ...keys.a,
    })
    yield* b.connect("a", a.endpoint, keys.keyOfA)
    return { a, b, node: "b" }
  })

export const mailboxContract = (transport: TransportCase) =>
  describe(`mailbox contract over ${transport.name}`, () => {
    it.scopedLive("tell delivers every message once and in order", () =>
      Effect.gen(function* () {
        const { a, node } = yield* pair(transport)
        for (let seq = 0; seq < 2000; seq++) {
          yield* a.tell("probe@a", `counter@${node}`, Note.make({ seq, text: `note ${seq}` }))
        }
        const count = yield* countOf(a, "probe@a", `counter@${node}`)
        expect(count.processed).toBe(2000)
        expect(count.seqs).toEqual(Array.from({ length: 2000 }, (_, i) => i))
      }),
    )

    it.scopedLive(
      "ask answers, fails typed for an unknown actor, and times out when unanswered",
      () =>
        Effect.gen(function* () {
          const { a, node } = yield* pair(transport)
          const count = yield* countOf(a, "probe@a", `counter@${node}`)
          expect(count.processed).toBe(0)
          const unknown = yield* Effect.flip(
            a.ask("probe@a", `nobody@${node}`, CountQuery.make({})),
          )
          expect(tagOf(unknown)).toBe("UnknownRecipient")
          const refused = yield* Effect.flip(
            a.ask("probe@a", `listener@${node}`, CountQuery.make({})),
          )
          expect(tagOf(refused)).toBe("NotAccepted")
          // The counter accepts notes but never answers one.
          const silent = yield* Effect.flip(
            a.ask("probe@a", `counter@${node}`, Note.make({ seq: 1, text: "" }), 200),
          )
          expect(silent._tag).toBe("AskTimeout")
        }),
    )

    it.scopedLive(
      "a message no receiver could read is refused at the sender with a typed error",
      () =>
        Effect.gen(function* () {
          const { a, node } = yield* pair(transport)
          const brokenSender = yield* Effect.flip(
            a.tell("probe\ud800@a", `counter@${node}`, Note.make({ seq: 1, text: "" })),
          )
          expect(brokenSender._tag).toBe("PayloadInvalid")
          const brokenText = yield* Effect.flip(
            a.tell("probe@a", `counter@${node}`, Note.make({ seq: 1, text: "\ud800" })),
          )
          expect(brokenText._tag).toBe("PayloadInvalid")
          const outOfRange = yield* Effect.flip(
            a.tell("probe@a", `counter@${node}`, Note.make({ seq: -1, text: "" })),
          )
          expect(outOfRange._tag).toBe("PayloadInvalid")
          expect((yield* countOf(a, "probe@a", `counter@${node}`)).processed).toBe(0)
        }),
    )

    it.scopedLive("publish reaches subscribers whose pattern matches the topic", () =>
      Effect.gen(function* () {
        const { a, b, node } = yield* pair(transport)
        yield* a.publish(
          "probe@a",
          "elsewhere.heartbeat",
          Heartbeat.make({ beat: 0, from: "nobody" }),
        )
        yield* a.publish("probe@a", "demo.heartbeat", Heartbeat.make({ beat: 1, from: "probe" }))
        yield* a.publish(
          "probe@a",
          "demo.deeper.heartbeat",
          Heartbeat.make({ beat: 2, from: "deep" }),
        )
        const detail = yield* eventually(actorInfo(b, `listener@${node}`), (d) =>
          JSON.stringify(d.context).includes("deep"),
        )
        expect(detail.context).toEqual({ beats: 2, lastFrom: "deep" })
      }),
    )

    it.scopedLive(
      "a full mailbox refuses messages instead of growing, and its depth is visible",
      () =>
        Effect.gen(function* () {
          const { a, b, node } = yield* pair(transport)
          let refusedHere = 0
          for (let seq = 0; seq < 60; seq++) {
            const sent = yield* Effect.either(
              a.tell("probe@a", `slow@${node}`, Note.make({ seq, text: "" })),
            )
            if (sent._tag === "Left") {
              expect(sent.left._tag).toBe("MailboxFull")
              refusedHere++
            }
          }
          let deepest = 0
          const settled = yield* eventually(
            actorInfo(b, `slow@${node}`).pipe(
              Effect.tap((d) => Effect.sync(() => (deepest = Math.max(deepest, d.mailboxDepth)))),
            ),
            (d) => d.mailboxDepth === 0 && d.processed + b.bus.stats.rejectedFull >= 60,
          )
          expect(deepest).toBeLessThanOrEqual(5)
          expect(settled.mailboxCapacity).toBe(5)
          expect(b.bus.stats.rejectedFull).toBeGreaterThan(0)
          expect(settled.processed + b.bus.stats.rejectedFull).toBe(60)
          if (transport.sameNode) expect(refusedHere).toBe(b.bus.stats.rejectedFull)
        }),
    )

    it.scopedLive(
      "durable messages survive crashes of the receiving actor, each processed once",
      () =>
        Effect.gen(function* () {
          const { a, b, node } = yield* pair(transport)
          const to = `counter@${node}`
          for (let seq = 0; seq < 300; seq++) {
            if (seq === 150)
              yield* a.tell("probe@a", to, Crash.make({ reason: "mid-stream crash" }))
            yield* a.tellDurable("probe@a", to, Note.make({ seq, text: "durable" }), {
              acknowledged: true,
            })
          }
          const count = yield* eventually(countOf(a, "probe@a", to), (c) => c.processed >= 300)
          expect([...count.seqs].sort((x, y) => x - y)).toEqual(
            Array.from({ length: 300 }, (_, i) => i),
          )
          const detail = yield* actorInfo(b, to)
          expect(detail.restarts).toBeGreaterThan(0)
          expect(detail.lastError).toBe("mid-stream crash")
        }),
    )

    it.scopedLive(
      "a message that keeps crashing its actor is dead-lettered, listed and replayable",
      () =>
        Effect.gen(function* () {
          const { a, b, node } = yield* pair(transport)
          const to = `counter@${node}`
          yield* a.tellDurable("probe@a", to, Crash.make({ reason: "poison" }), {
            acknowledged: true,
          })
          const [letter] = yield* eventually(b.deadLetters, (letters) => letters.length === 1)
          expect(letter!.recipient).toBe(to)
          expect(letter!.type).toBe(Crash.type)
          expect(letter!.attempts).toBe(3)
          expect(letter!.reason).toContain("poison")
          const before = (yield* actorInfo(b, to)).restarts
          // Still alive and serving after the poison message left.
          expect((yield* countOf(a, "probe@a", to)).processed).toBe(0)
          yield* b.replayDeadLetter(letter!.id)
          const again = yield* eventually(
            b.deadLetters,
            (letters) => letters.length === 1 && letters[0]!.id !== letter!.id,
          )
          expect(again[0]!.reason).toContain("poison")
          expect((yield* actorInfo(b, to)).restarts).toBe(before + 3)
        }),
    )

    if (!transport.sameNode) {
      it.scopedLive(
        "a durable message sent while the receiving node is down arrives once it starts",
        () =>
          Effect.gen(function* () {
            const keys = curveFor(transport)
            const dirB = yield* tempDir()
            const endpointB = yield* transport.endpoint("b", dirB, true)
            const dirA = yield* tempDir()
            const a = yield* startNode({
              nodeId: "a",
              dataDir: dirA,
              endpoint: yield* transport.endpoint("a", dirA, false),
              peers: [{ id: "b", endpoint: endpointB, ...withKey(keys.keyOfB) }],
              root: emptyTree,
              durable: { retryBaseMs: 20, retryMaxMs: 200 },
              ...keys.a,
            })
            yield* a.tellDurable("probe@a", "counter@b", Note.make({ seq: 7, text: "early" }))
            expect(a.bus.inflight).toBe(1)
            yield* Effect.sleep(100)
            const b = yield* startNode({
              nodeId: "b",
              dataDir: dirB,
              endpoint: endpointB,
              root: receiverTree,
              ...keys.b,
            })
            yield* b.connect("a", a.endpoint, keys.keyOfA)
            const count = yield* eventually(
              countOf(a, "probe@a", "counter@b"),
              (c) => c.processed === 1,
            )
            expect(count.seqs).toEqual([7])
            yield* eventually(
              Effect.sync(() => a.bus.inflight),
              (n) => n === 0,
            )
          }),
      )
    }
  })
