/**
 * The WebSocket side of the gateway: the HTTP server's `upgrade` events for `/ws`. The
 * token (an `Authorization: Bearer` header, or `?token=` for browsers, which cannot set
 * headers) is checked before the handshake completes; a refused one gets its typed JSON
 * error body with 401. `ws`'s hard payload limit sits well above `maxFrameBytes`, so an
 * oversized frame is answered with `too_large` and the connection stays usable.
 */
import { Effect, FiberSet, Metric, Schema } from "effect"
import type { IncomingMessage } from "node:http"
import type { Duplex } from "node:stream"
import { WebSocketServer, type WebSocket } from "ws"
import { Presence, presenceTopic } from "../../../actors/initiative/messages.js"
import { labelsOf, websocketClients } from "../../metrics/GatewayMetrics.js"
import { ConversationRepository } from "../../database/repositories/ConversationRepository.js"
import { NotFound, ServiceUnavailable, Unauthorized } from "../api/ApiErrors.js"
import { GatewayAuth } from "../auth/GatewayAuth.js"
import { GatewayNode } from "../GatewayNode.js"
import { makeChat } from "./chat.js"
import * as Connection from "./Connection.js"
import { makeHandlers } from "./dispatch.js"
import { SessionHub } from "./SessionHub.js"

export type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void

const statusText: Record<number, string> = {
  401: "Unauthorized",
  404: "Not Found",
  503: "Service Unavailable",
}

const HandshakeError = Schema.Union(Unauthorized, ServiceUnavailable, NotFound)

/** Answers a handshake with an HTTP error and its typed JSON body, then closes the socket. */
const refuse = (socket: Duplex, status: number, error: typeof HandshakeError.Type) => {
  const body = JSON.stringify(Schema.encodeSync(HandshakeError)(error))
  socket.end(
    `HTTP/1.1 ${status} ${statusText[status] ?? "Error"}\r\n` +
      "Content-Type: application/json\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Connection: close\r\n\r\n" +
      body,
  )
}

const bearer = (header: string | undefined) => {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1]
}

const resumeOf = (url: URL): Connection.Resume | undefined => {
  const token = url.searchParams.get("resume")
  if (token === null || token === "") return undefined
  const after = url.searchParams.get("after") ?? "0"
  // An `after` that is not a count can match nothing: the resume fails into a new session.
  return { token, after: /^\d{1,15}$/.test(after) ? Number(after) : -1 }
}

export const make = (options: Omit<Connection.ConnectionOptions, "node">) =>
  Effect.gen(function* () {
    const auth = yield* GatewayAuth
    const hub = yield* SessionHub
    const node = yield* GatewayNode
    const conversations = yield* ConversationRepository
    const handlers = makeHandlers(makeChat({ node, conversations, hub }), node.introspection)
    const connectionOptions = { ...options, node: node.nodeId }
    // Registered at 0, so a scrape shows the gauge before the first client connects.
    yield* Metric.modify(
      Metric.taggedWithLabels(websocketClients, labelsOf({ node: node.nodeId })),
      0,
    )
    const wss = yield* Effect.acquireRelease(
      Effect.sync(
        () =>
          new WebSocketServer({
            noServer: true,
            // The hard limit, past which ws closes the connection (1009).
            maxPayload: Math.max(4 * options.maxFrameBytes, options.maxFrameBytes + 65_536),
            perMessageDeflate: false,
          }),
      ),
      (server) => Effect.async<void>((done) => server.close(() => done(Effect.void))),
    )
    // The initiative manager speaks first only to someone connected: it hears of each change.
    let connected = 0
    const presence = (change: number) =>
      Effect.suspend(() => {
        connected += change
        return node.publish(
          presenceTopic,
          Presence.make({ clients: Math.max(0, connected), at: Date.now() }),
        )
      }).pipe(Effect.catchAll((error) => Effect.logWarning(`gateway presence: ${error.message}`)))
    // Connections run in this set: closing the scope closes every one of them.
    const run = yield* FiberSet.makeRuntime<never, void, never>()

    const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      Effect.async<WebSocket | undefined>((resume) => {
        if (socket.destroyed) return resume(Effect.succeed(undefined))
        const onClose = () => resume(Effect.succeed(undefined))
        socket.once("close", onClose)
        wss.handleUpgrade(request, socket, head, (ws) => {
          socket.off("close", onClose)
          // Paused until the connection's listeners are in place: no frame is missed.
          ws.pause()
          resume(Effect.succeed(ws))
        })
      })

    const listener: UpgradeListener = (request, socket, head) => {
      socket.on("error", () => {})
      const url = new URL(request.url ?? "/", "http://gateway.invalid")
      if (url.pathname !== "/ws") {
        return refuse(
          socket,
          404,
          new NotFound({
            resource: "route",
            id: url.pathname,
            message: "WebSockets are served at /ws",
          }),
        )
      }
      const token = bearer(request.headers.authorization) ?? url.searchParams.get("token") ?? ""
      run(
        auth.authenticate(token).pipe(
          Effect.matchEffect({
            onFailure: (error) =>
              Effect.sync(() => refuse(socket, error._tag === "Unauthorized" ? 401 : 503, error)),
            onSuccess: (client) =>
              Effect.flatMap(upgrade(request, socket, head), (ws) =>
                ws === undefined
                  ? Effect.void
                  : Effect.acquireUseRelease(
                      presence(+1),
                      () =>
                        Connection.serve(
                          ws,
                          client,
                          resumeOf(url),
                          hub,
                          handlers,
                          connectionOptions,
                        ),
                      () => presence(-1),
                    ),
              ),
          }),
        ),
      )
    }
    return listener
  })
