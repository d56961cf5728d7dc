/**
 * The introspection endpoint: HTTP (`/health`, `/actors`, `/actors/:address`) and a
 * WebSocket event stream (`/inspect`) over the `Introspection` model of the actor system.
 * It has no authentication, so it binds to loopback unless told otherwise.
 */
import { HttpServer } from "@effect/platform"
import type { HttpServerError } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Context, Duration, Effect, Layer } from "effect"
import * as Http from "node:http"
import type { Introspection } from "../../runtime/introspection/Introspection.js"
import * as IntrospectionApp from "./IntrospectionApp.js"

export interface Options {
  /** Interface to bind. Default `127.0.0.1`. */
  readonly host?: string
  /** TCP port; 0 picks a free one (read it back from `IntrospectionServer`). */
  readonly port: number
  /** Events held per WebSocket client before new ones are dropped. Default 1,000. */
  readonly clientBuffer?: number
  /** How long shutdown lets connections close politely before cutting them. Default 2 s. */
  readonly shutdownGrace?: Duration.DurationInput
}

/** Where the server actually listens. */
export interface Service {
  /** The bound address: with port 0, the port the OS picked. */
  readonly host: string
  readonly port: number
  /** `http://host:port`, for building request and WebSocket URLs. */
  readonly url: string
}

export class IntrospectionServer extends Context.Tag("aico/IntrospectionServer")<
  IntrospectionServer,
  Service
>() {}

// Past this many unsent bytes in a client's socket the pump waits and events queue (then drop).
const socketSendLimit = 256 * 1024

const urlHost = (host: string) => (host.includes(":") ? `[${host}]` : host)

const bound = Effect.flatMap(HttpServer.HttpServer, ({ address }) =>
  address._tag === "TcpAddress"
    ? Effect.succeed(
        IntrospectionServer.of({
          host: address.hostname,
          port: address.port,
          url: `http://${urlHost(address.hostname)}:${address.port}`,
        }),
      )
    : Effect.dieMessage(`introspection server bound to a unix socket (${address.path})`),
)

/**
 * NodeHttpServer's release (`server.close()`) waits for every connection to end. WebSocket
 * sessions bound their own close; this bounds the rest (a half-sent request) by cutting what
 * is still open once `grace` has passed. A timer, because the wait it bounds is not ours.
 */
const boundClose = (server: Http.Server, grace: Duration.Duration) =>
  Effect.addFinalizer(() =>
    Effect.sync(() => {
      const timer = setTimeout(() => server.closeAllConnections(), Duration.toMillis(grace))
      timer.unref()
      server.once("close", () => clearTimeout(timer))
    }),
  )

/** Serves the endpoint for the lifetime of the layer; releasing it closes every connection. */
export const layer = (
  options: Options,
): Layer.Layer<IntrospectionServer, HttpServerError.ServeError, Introspection> =>
  Layer.unwrapEffect(
    Effect.sync(() => {
      const server = Http.createServer()
      const grace = Duration.decode(options.shutdownGrace ?? Duration.seconds(2))
      const app = IntrospectionApp.make({
        clientBuffer: Math.max(1, Math.floor(options.clientBuffer ?? 1000)),
        socketSendLimit,
        closeGrace: grace,
      })
      return Layer.mergeAll(
        HttpServer.serve(app),
        Layer.scoped(IntrospectionServer, Effect.zipLeft(bound, boundClose(server, grace))),
      ).pipe(
        Layer.provide(
          NodeHttpServer.layer(() => server, {
            host: options.host ?? "127.0.0.1",
            port: options.port,
          }),
        ),
      )
    }),
  )
