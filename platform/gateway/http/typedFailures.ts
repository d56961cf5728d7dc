/**
 * Failures that happen before a handler runs answer with typed JSON bodies too: an
 * unknown route with the API's `NotFound`, a body that is not JSON (or is too large) with
 * the `HttpApiDecodeError` every route documents for 400, instead of empty responses.
 */
import { HttpApiError, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import type { HttpApp } from "@effect/platform"
import { Cause, Effect } from "effect"
import { NotFound } from "../api/ApiErrors.js"

const tagOf = (error: unknown) =>
  typeof error === "object" && error !== null ? Reflect.get(error, "_tag") : undefined

const pathOf = (url: string) => url.split("?")[0] ?? ""

const routeNotFound = Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
  HttpServerResponse.schemaJson(NotFound)(
    new NotFound({
      resource: "route",
      id: `${request.method} ${pathOf(request.url)}`,
      message: "no such route; GET /openapi.json lists them",
    }),
    { status: 404 },
  ).pipe(Effect.orDie),
)

const unreadableBody = HttpServerResponse.schemaJson(HttpApiError.HttpApiDecodeError)(
  new HttpApiError.HttpApiDecodeError({
    issues: [],
    message: "the request body could not be read: it must be JSON within the size limit",
  }),
  { status: 400 },
).pipe(Effect.orDie)

export const typedFailures = <E, R>(app: HttpApp.Default<E, R>): HttpApp.Default<E, R> =>
  Effect.catchAllCause(app, (cause) => {
    // An unreadable body is a defect in HttpApiBuilder (`orDie`), hence `squash`.
    switch (tagOf(Cause.squash(cause))) {
      case "RouteNotFound":
        return routeNotFound
      case "RequestError":
        return unreadableBody
      default:
        return Effect.failCause(cause)
    }
  })
