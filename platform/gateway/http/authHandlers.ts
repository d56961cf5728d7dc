/**
 * `/health` and `/auth/*`. A login refused for too many attempts is answered with its
 * typed body and a `Retry-After` header.
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect, Option } from "effect"
import { TooManyAttempts } from "../api/ApiErrors.js"
import { CurrentClient } from "../api/Authentication.js"
import { GatewayApi } from "../api/GatewayApi.js"
import { GatewayAuth } from "../auth/GatewayAuth.js"
import { GatewayNode } from "../GatewayNode.js"

export const health = HttpApiBuilder.group(GatewayApi, "health", (handlers) =>
  handlers.handle("health", () => Effect.flatMap(GatewayNode, (node) => node.introspection.health)),
)

const retryLater = (error: TooManyAttempts) =>
  HttpServerResponse.schemaJson(TooManyAttempts)(error, {
    status: 429,
    headers: { "retry-after": String(error.retryAfterSeconds) },
  }).pipe(Effect.orDie)

export const auth = HttpApiBuilder.group(GatewayApi, "auth", (handlers) =>
  handlers
    .handle("login", ({ payload }) =>
      Effect.gen(function* () {
        const auth = yield* GatewayAuth
        const request = yield* HttpServerRequest.HttpServerRequest
        const address = Option.getOrElse(request.remoteAddress, () => "unknown")
        return yield* auth
          .login(payload, address)
          .pipe(Effect.catchTag("TooManyAttempts", retryLater))
      }),
    )
    .handle("refresh", ({ payload }) =>
      Effect.flatMap(GatewayAuth, (auth) => auth.refresh(payload.refreshToken)),
    )
    .handle("createDevice", ({ payload }) =>
      Effect.gen(function* () {
        const auth = yield* GatewayAuth
        const client = yield* CurrentClient
        return yield* auth.createDevice(client, payload.name)
      }),
    ),
)
