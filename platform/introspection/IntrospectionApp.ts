/**
 * The routes of the introspection endpoint, as an `HttpApp` that never fails: every
 * outcome, including an unknown route or method, is a JSON response.
 */
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import type { HttpApp } from "@effect/platform"
import { Effect, Either, Schema } from "effect"
import { Introspection } from "../../runtime/introspection/Introspection.js"
import { ActorDetail, ActorInfo, Health } from "../../schemas/Introspection.js"
import { decodeActorAddress } from "./ActorAddressParam.js"
import * as HttpErrors from "./HttpErrors.js"
import * as InspectorSession from "./InspectorSession.js"
import * as JsonResponse from "./JsonResponse.js"

const allowed = ["GET", "HEAD"] as const

const pathOf = (request: HttpServerRequest.HttpServerRequest) => {
  const query = request.url.indexOf("?")
  return query === -1 ? request.url : request.url.slice(0, query)
}

/** Registers `handler` for GET (and HEAD); any other method on the path gets 405. */
const getOnly =
  <E, R>(path: HttpRouter.PathInput, handler: HttpRouter.Route.Handler<E, R>) =>
  <E0, R0>(router: HttpRouter.HttpRouter<E0, R0>) =>
    HttpRouter.all(
      router,
      path,
      Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
        allowed.some((method) => method === request.method)
          ? handler
          : JsonResponse.error(
              new HttpErrors.MethodNotAllowed({
                method: request.method,
                path: pathOf(request),
                allowed,
                message: `${request.method} is not allowed here; the introspection endpoint is read-only (GET)`,
              }),
              { allow: allowed.join(", ") },
            ),
      ),
    )

const health = Effect.flatMap(Introspection, (introspection) => introspection.health).pipe(
  Effect.flatMap((body) => JsonResponse.ok(Health, body)),
)

const actors = Effect.flatMap(Introspection, (introspection) => introspection.tree).pipe(
  Effect.flatMap((body) => JsonResponse.ok(Schema.Array(ActorInfo), body)),
)

const actor = Effect.gen(function* () {
  const introspection = yield* Introspection
  const raw = (yield* HttpRouter.params).address ?? ""
  const address = yield* Effect.either(decodeActorAddress(raw))
  if (Either.isLeft(address)) {
    return yield* JsonResponse.error(
      new HttpErrors.InvalidActorAddress({ address: raw, message: address.left }),
    )
  }
  return yield* introspection.actor(address.right).pipe(
    Effect.matchEffect({
      onFailure: (missing) =>
        JsonResponse.error(
          new HttpErrors.ActorNotFound({
            address: missing.address,
            message: `no actor at address "${missing.address}"`,
          }),
        ),
      onSuccess: (detail) => JsonResponse.ok(ActorDetail, detail),
    }),
  )
})

const inspect = (options: InspectorSession.SessionOptions) =>
  Effect.gen(function* () {
    const request = yield* HttpServerRequest.HttpServerRequest
    return yield* request.upgrade.pipe(
      Effect.matchEffect({
        onFailure: () =>
          JsonResponse.error(
            new HttpErrors.UpgradeRequired({
              path: pathOf(request),
              message: "/inspect speaks WebSocket: connect with a WebSocket client",
            }),
            { upgrade: "websocket" },
          ),
        // The socket is done once `serve` returns; the platform ignores this response.
        onSuccess: (socket) =>
          Effect.as(InspectorSession.serve(socket, options), HttpServerResponse.empty()),
      }),
    )
  })

const routeNotFound = Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
  JsonResponse.error(
    new HttpErrors.RouteNotFound({
      method: request.method,
      path: pathOf(request),
      message: "no such route; try GET /health, /actors, /actors/:address or /inspect",
    }),
  ),
)

/** The whole endpoint; its only requirement is the actor system's `Introspection`. */
export const make = (
  options: InspectorSession.SessionOptions,
): HttpApp.Default<never, Introspection> =>
  HttpRouter.empty.pipe(
    getOnly("/health", health),
    getOnly("/actors", actors),
    getOnly("/actors/:address", actor),
    getOnly("/inspect", inspect(options)),
    // find-my-way 404s parameters over 100 characters; let the address Schema judge length.
    HttpRouter.withRouterConfig({ maxParamLength: 1024 }),
    Effect.catchTag("RouteNotFound", () => routeNotFound),
  )
