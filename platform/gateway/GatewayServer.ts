/**
 * The gateway: the HTTP API (`api/GatewayApi.ts`, OpenAPI at `/openapi.json`) and the
 * WebSocket at `/ws` on one port, over HTTPS/WSS when a certificate and key are configured.
 * Served for the lifetime of the layer; releasing it closes every connection, politely
 * first and within a bounded grace.
 */
import { HttpApiBuilder, HttpIncomingMessage, HttpServer } from "@effect/platform"
import type { HttpServerError } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Context, Data, Duration, Effect, Layer, Option } from "effect"
import { readFile } from "node:fs/promises"
import * as Http from "node:http"
import * as Https from "node:https"
import type { AddressInfo } from "node:net"
import * as GatewayMetrics from "../metrics/GatewayMetrics.js"
import { measured } from "../metrics/httpLatency.js"
import { GatewayApi } from "./api/GatewayApi.js"
import { GatewayNode } from "./GatewayNode.js"
import * as AuthenticationLive from "./http/AuthenticationLive.js"
import { auth, health } from "./http/authHandlers.js"
import { conversations } from "./http/conversationHandlers.js"
import { memory } from "./http/memoryHandlers.js"
import { typedFailures } from "./http/typedFailures.js"
import { actors, deadLetters, metrics } from "./http/operatorHandlers.js"
import { routeLabel } from "./http/routeLabel.js"
import { socket } from "./http/socketHandlers.js"
import * as SocketServer from "./socket/SocketServer.js"

export interface Options {
  /** Interface to bind; loopback unless the operator chooses otherwise. */
  readonly host: string
  /** TCP port; 0 picks a free one (read it back from `GatewayServer`). */
  readonly port: number
  /** PEM files; both set serve HTTPS/WSS, both empty plain HTTP/WS. */
  readonly tls: { readonly certFile: string; readonly keyFile: string }
  readonly maxFrameBytes: number
  readonly sendBufferFrames: number
  readonly rateLimit: { readonly perSecond: number; readonly burst: number }
  /** How long shutdown lets connections close politely before cutting them. Default 2 s. */
  readonly shutdownGrace?: Duration.DurationInput
}

export interface Service {
  readonly host: string
  readonly port: number
  /** `http(s)://host:port`. */
  readonly url: string
  /** `ws(s)://host:port/ws`. */
  readonly wsUrl: string
}

export class GatewayServer extends Context.Tag("aico/GatewayServer")<GatewayServer, Service>() {}

export class GatewayStartFailed extends Data.TaggedError("GatewayStartFailed")<{
  readonly reason: string
}> {
  override get message() {
    return `the gateway could not start: ${this.reason}`
  }
}

const makeNodeServer = (tls: Options["tls"]) =>
  Effect.gen(function* () {
    if (tls.certFile === "" && tls.keyFile === "") return Http.createServer()
    if (tls.certFile === "" || tls.keyFile === "") {
      return yield* new GatewayStartFailed({
        reason: "gateway.tls needs both certFile and keyFile (or neither)",
      })
    }
    const [cert, key] = yield* Effect.tryPromise({
      try: () => Promise.all([readFile(tls.certFile), readFile(tls.keyFile)]),
      catch: (cause) =>
        new GatewayStartFailed({
          reason: `the TLS certificate or key cannot be read: ${String(cause)}`,
        }),
    })
    return yield* Effect.try({
      try: (): Http.Server => Https.createServer({ cert, key }),
      catch: (cause) =>
        new GatewayStartFailed({
          reason: `the TLS certificate or key is not usable: ${String(cause)}`,
        }),
    })
  })

/** Listens, and on release closes: politely, then cutting what is left after `grace`. */
const listen = (server: Http.Server, options: Options, grace: Duration.Duration) =>
  Effect.acquireRelease(
    Effect.async<AddressInfo, GatewayStartFailed>((resume) => {
      const failed = (cause: Error) =>
        resume(
          Effect.fail(
            new GatewayStartFailed({ reason: `${options.host}:${options.port}: ${cause.message}` }),
          ),
        )
      server.once("error", failed)
      server.listen(options.port, options.host, () => {
        server.off("error", failed)
        const address = server.address()
        if (address === null || typeof address === "string") {
          return resume(Effect.fail(new GatewayStartFailed({ reason: "not bound to a TCP port" })))
        }
        resume(Effect.succeed(address))
      })
    }),
    () =>
      Effect.async<void>((resume) => {
        const timer = setTimeout(() => server.closeAllConnections(), Duration.toMillis(grace))
        timer.unref()
        server.close(() => {
          clearTimeout(timer)
          resume(Effect.void)
        })
        server.closeIdleConnections()
      }),
  )

/**
 * An `HttpServer` over a server this module made: it answers `request` events only, so
 * `upgrade` events stay with the gateway's own WebSocket server.
 */
const httpServerOf = (server: Http.Server, address: AddressInfo, maxBodyBytes: number) =>
  HttpServer.make({
    address: { _tag: "TcpAddress", hostname: address.address, port: address.port },
    serve: (app, middleware) =>
      Effect.gen(function* () {
        const handler = yield* (
          middleware === undefined
            ? NodeHttpServer.makeHandler(app)
            : NodeHttpServer.makeHandler(app, middleware)
        ).pipe(HttpIncomingMessage.withMaxBodySize(Option.some(maxBodyBytes)))
        server.on("request", handler)
        yield* Effect.addFinalizer(() => Effect.sync(() => server.off("request", handler)))
      }),
  })

const urlHost = (host: string) => (host.includes(":") ? `[${host}]` : host)

const apiLayer = (node: string, introspection: GatewayNode.Service["introspection"]) =>
  HttpApiBuilder.api(GatewayApi).pipe(
    Layer.provide([
      health,
      auth,
      conversations,
      memory,
      actors,
      deadLetters,
      metrics(GatewayMetrics.actorCollector(node, introspection)),
      socket,
    ]),
    Layer.provide(AuthenticationLive.layer),
  )

/** Serves the gateway for the lifetime of the layer. */
export const layer = (options: Options) =>
  Layer.scoped(
    GatewayServer,
    Effect.gen(function* () {
      const grace = Duration.decode(options.shutdownGrace ?? Duration.seconds(2))
      const node = yield* GatewayNode
      const server = yield* makeNodeServer(options.tls)
      const address = yield* listen(server, options, grace)
      const upgrade = yield* SocketServer.make({
        maxFrameBytes: options.maxFrameBytes,
        sendBufferFrames: options.sendBufferFrames,
        rateLimit: options.rateLimit,
        closeGrace: grace,
      })
      server.on("upgrade", upgrade)
      yield* Effect.addFinalizer(() => Effect.sync(() => server.off("upgrade", upgrade)))
      yield* Layer.build(
        HttpApiBuilder.serve(measured(routeLabel)).pipe(
          Layer.provide(HttpApiBuilder.middlewareOpenApi({ path: "/openapi.json" })),
          // Inside the API's own error handling, so it can still choose the response.
          Layer.provide(HttpApiBuilder.middleware(typedFailures)),
          Layer.provide(apiLayer(node.nodeId, node.introspection)),
          Layer.provide(
            Layer.succeed(
              HttpServer.HttpServer,
              httpServerOf(server, address, options.maxFrameBytes),
            ),
          ),
          Layer.provide(NodeHttpServer.layerContext),
        ),
      )
      const host = urlHost(address.address)
      const secure = server instanceof Https.Server
      return GatewayServer.of({
        host: address.address,
        port: address.port,
        url: `${secure ? "https" : "http"}://${host}:${address.port}`,
        wsUrl: `${secure ? "wss" : "ws"}://${host}:${address.port}/ws`,
      })
    }),
  )

export type ServeError = HttpServerError.ServeError
