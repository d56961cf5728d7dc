/**
 * CurveZMQ admission: a node's ROUTER admits a peer only when the peer's public key is on
 * its allow-list (checked by the ZAP handler); an unknown key and a plain (unauthenticated)
 * peer are refused before any frame reaches the bus.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as zmq from "zeromq"
import { CountQuery, Note } from "../../../actors/demo/messages.js"
import { counter } from "../../../actors/demo/counter.js"
import { zapHandler, type ZapDecision } from "../../../runtime/transport/curve/ZapHandler.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { emptyTree, eventually, startNode, tempDir } from "../../support/nodes.js"

const receiver = supervisor("root", { strategy: "one-for-one" }, [actor(counter("counter"))])

describe("CurveZMQ admission", () => {
  it.scopedLive("admits a known key, refuses an unknown key and a plain peer", () =>
    Effect.gen(function* () {
      const decisions: Array<ZapDecision> = []
      yield* Effect.acquireRelease(
        Effect.sync(() => zapHandler.onDecision((d) => decisions.push(d))),
        (stop) => Effect.sync(stop),
      )
      const [keysB, known, unknown] = [zmq.curveKeyPair(), zmq.curveKeyPair(), zmq.curveKeyPair()]
      const b = yield* startNode({
        nodeId: "b",
        dataDir: yield* tempDir(),
        endpoint: "tcp://127.0.0.1:0",
        root: receiver,
        curve: { ...keysB, allow: [known.publicKey] },
      })
      const sender = (keys: { publicKey: string; secretKey: string } | undefined) =>
        Effect.gen(function* () {
          return yield* startNode({
            nodeId: "a",
            dataDir: yield* tempDir(),
            endpoint: "tcp://127.0.0.1:0",
            peers: [{ id: "b", endpoint: b.endpoint, publicKey: keysB.publicKey }],
            root: emptyTree,
            ...(keys === undefined ? {} : { curve: { ...keys, allow: [keysB.publicKey] } }),
          })
        })

      // An unknown key: the handshake is refused by the ZAP handler, nothing is delivered.
      const stranger = yield* sender(unknown)
      yield* stranger.tell("probe@a", "counter@b", Note.make({ seq: 1, text: "let me in" }))
      yield* eventually(
        Effect.sync(() => decisions.filter((d) => d.clientKey === unknown.publicKey)),
        (seen) => seen.length > 0,
      )
      expect(
        decisions.filter((d) => d.clientKey === unknown.publicKey).every((d) => !d.admitted),
      ).toBe(true)

      // A plain peer: no CURVE handshake at all, so it never even reaches the ZAP handler.
      const plain = yield* sender(undefined)
      yield* plain.tell("probe@a", "counter@b", Note.make({ seq: 2, text: "plain" }))

      // The known key is admitted and its note is the only one the counter ever sees.
      const friend = yield* sender(known)
      yield* friend.tell("probe@a", "counter@b", Note.make({ seq: 3, text: "hello" }))
      const count = yield* eventually(
        b
          .ask("probe@b", "counter@b", CountQuery.make({}))
          .pipe(Effect.map((reply) => (reply.payload as { processed: number }).processed)),
        (processed) => processed >= 1,
      )
      expect(count).toBe(1)
      expect(decisions.some((d) => d.clientKey === known.publicKey && d.admitted)).toBe(true)
    }),
  )
})
