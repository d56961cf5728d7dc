/**
 * One WebSocket inspector on `GET /inspect`: subscribe, replay the current tree, then pump
 * live events from a bounded buffer until either side goes away. Frames from the client
 * are read and ignored.
 */
import { HttpServerRequest } from "@effect/platform"
import type { Socket } from "@effect/platform"
import { NodeHttpServerRequest } from "@effect/platform-node"
import { Effect, Either, Option, Schema } from "effect"
import type { Duration } from "effect"
import type { Socket as NetSocket } from "node:net"
import { Introspection } from "../../runtime/introspection/Introspection.js"
import type { ActorDetail } from "../../schemas/Introspection.js"
import { InspectorFrameJson } from "./InspectorFrame.js"
import { droppedNotice, type InspectorFrame } from "./InspectorFrame.js"
import * as RawSocket from "./RawSocket.js"
import * as SendBuffer from "./SendBuffer.js"
import { replayEvents } from "./TreeReplay.js"

export interface SessionOptions {
  /** Events held for one client before new ones are dropped. */
  readonly clientBuffer: number
  /** Unsent bytes in the socket at which the pump waits for the client to read. */
  readonly socketSendLimit: number
  /** How long a closing connection may take before it is cut. */
  readonly closeGrace: Duration.Duration
}

const encodeFrame = Schema.encodeEither(InspectorFrameJson)

/** Encodes and writes one frame, then waits while the client has not read what it was sent. */
const sender =
  (
    write: (text: string) => Effect.Effect<void, Socket.SocketError>,
    raw: NetSocket,
    limit: number,
  ) =>
  (frame: InspectorFrame): Effect.Effect<void, Socket.SocketError> =>
    Either.match(encodeFrame(frame), {
      // An event that is not JSON (a cyclic context, a bigint) is skipped, not fatal.
      onLeft: (error) =>
        Effect.logWarning("introspection: skipped an event that does not encode", error.message),
      onRight: (text) => write(text).pipe(Effect.zipRight(RawSocket.belowSendLimit(raw, limit))),
    })

const currentDetails = (introspection: Introspection.Service, addresses: ReadonlyArray<string>) =>
  Effect.forEach(addresses, (address) => Effect.option(introspection.actor(address))).pipe(
    Effect.map(
      (found) =>
        new Map(
          found.flatMap((detail): ReadonlyArray<readonly [string, ActorDetail]> =>
            Option.isSome(detail) ? [[detail.value.address, detail.value]] : [],
          ),
        ),
    ),
  )

/**
 * Serves an already-upgradeable request until the connection ends. Returns normally on
 * any socket failure: one bad client must not disturb the server or the other clients.
 */
export const serve = (
  socket: Socket.Socket,
  options: SessionOptions,
): Effect.Effect<void, never, Introspection | HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function* () {
    const introspection = yield* Introspection
    const request = yield* HttpServerRequest.HttpServerRequest
    const raw = NodeHttpServerRequest.toIncomingMessage(request).socket

    yield* Effect.addFinalizer(() => RawSocket.closeWithin(raw, options.closeGrace))

    const buffer = yield* SendBuffer.make<InspectorFrame>(
      options.clientBuffer,
      SendBuffer.dropWithNotice(droppedNotice),
    )
    // Subscribed before the tree is read: an event in between is sent twice, never missed.
    yield* Effect.acquireRelease(
      Effect.sync(() => introspection.subscribe(buffer.offer)),
      (unsubscribe) => Effect.sync(unsubscribe),
    )
    const tree = yield* introspection.tree
    const details = yield* currentDetails(
      introspection,
      tree.map((info) => info.address),
    )
    const replay = replayEvents(tree, details, new Date())

    const write = yield* socket.writer
    const send = sender(write, raw, options.socketSendLimit)
    const outbound = Effect.forEach(replay, send, { discard: true }).pipe(
      Effect.zipRight(Effect.forever(Effect.flatMap(buffer.take, send))),
    )
    const inbound = socket.runRaw(() => undefined)

    // Whichever ends first ends the session: the client left, a frame was malformed, a write
    // failed, or the handshake never completed and the socket was closed under us.
    yield* inbound.pipe(
      Effect.raceFirst(outbound),
      Effect.raceFirst(RawSocket.closed(raw)),
      Effect.catchAll((error) =>
        Effect.logDebug("introspection: inspector connection ended", error),
      ),
    )
  }).pipe(Effect.scoped)
