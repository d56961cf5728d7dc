/**
 * Real nodes for the socket fuzz: a node on tcp with a temp data directory, raw ZeroMQ
 * sockets pointed at it, and waiting for the node to have handled what was sent.
 */
import { expect } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import type * as zmq from "zeromq"
import { counter } from "../../../actors/demo/counter.js"
import { Count, CountQuery, Note } from "../../../actors/demo/messages.js"
import { Kind } from "../../../runtime/codec/Envelope.js"
import * as Frame from "../../../runtime/codec/Frame.js"
import type * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import * as Support from "../../support/nodes.js"
import { emptyTree, eventually } from "../../support/nodes.js"
import { actor, supervisor, type TreeSpec } from "../../../runtime/system/TreeSpec.js"

export const counterTree = supervisor("root", { strategy: "one-for-one" }, [
  actor(counter("counter")),
])
export { emptyTree, eventually }

/** A node listening on a free tcp port; stopped, then its data removed, with the scope. */
export const startNode = (nodeId: string, root: TreeSpec = counterTree) =>
  Support.startNode({ nodeId, endpoint: "tcp://127.0.0.1:0", root })

/** Two nodes that can ask each other. */
export const connectBoth = (a: ActorSystem.ActorSystem, b: ActorSystem.ActorSystem) =>
  Effect.all([a.connect(b.nodeId, b.endpoint), b.connect(a.nodeId, a.endpoint)], {
    discard: true,
  })

/** A raw ZeroMQ socket connected to `endpoint`, closed with the scope. */
export const rawSocket = <S extends zmq.Socket>(make: () => S, endpoint: string) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const socket = make()
      socket.connect(endpoint)
      return socket
    }),
    (socket) => Effect.sync(() => socket.close()),
  )

/** How many notes `to` has processed, asked by `from` through `system`. */
export const processedOf = (system: ActorSystem.ActorSystem, from: string, to: string) =>
  system.ask(from, to, CountQuery.make({}), 10_000).pipe(
    Effect.map((reply) => {
      expect(reply.type).toBe(Count.type)
      return Schema.decodeUnknownSync(Count.schema)(reply.payload).processed
    }),
  )

/** A durable `demo.note` envelope from `fuzz@f` (a node nobody knows), packed in a frame. */
export const durableNoteFrame = (
  system: ActorSystem.ActorSystem,
  id: string,
  recipient: string,
  seq = 1,
): Buffer => {
  const payload = system.bus.codec.encodePayload(Note.make({ seq, text: "raw" }))
  if (Either.isLeft(payload)) throw payload.left
  return Frame.pack([
    system.bus.codec.encodeEnvelope({
      id,
      kind: Kind.KIND_TELL,
      durable: true,
      sender: "fuzz@f",
      recipient,
      type: Note.type,
      schemaVersion: payload.right.version,
      timestamp: Date.now(),
      payload: payload.right.bytes,
    }),
  ])
}

/**
 * Waits until everything `dealer` sent before now has been handled by the node: a durable
 * note to an actor that does not exist is dead-lettered, and one connection keeps order.
 */
export const barrier = (
  system: ActorSystem.ActorSystem,
  dealer: zmq.Dealer,
  id: string,
  timeoutMs?: number,
) =>
  Effect.gen(function* () {
    yield* Effect.promise(() =>
      dealer.send(durableNoteFrame(system, id, `barrier@${system.nodeId}`)),
    )
    yield* eventually(system.deadLetters, (letters) => letters.some((l) => l.id === id), timeoutMs)
  })
