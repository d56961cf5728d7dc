/** The `Authentication` middleware: a bearer token checked by `GatewayAuth`. */
import { Effect, Layer, Redacted } from "effect"
import { Authentication } from "../api/Authentication.js"
import { GatewayAuth } from "../auth/GatewayAuth.js"

export const layer = Layer.effect(
  Authentication,
  Effect.map(GatewayAuth, (auth) =>
    Authentication.of({ bearer: (token) => auth.authenticate(Redacted.value(token)) }),
  ),
)
