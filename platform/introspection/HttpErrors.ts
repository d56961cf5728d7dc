/**
 * The errors the introspection endpoint answers with. They leave the process as JSON
 * bodies (`{ "_tag": ..., "message": ... }`), so they are Schemas.
 */
import { Schema } from "effect"

export class ActorNotFound extends Schema.TaggedError<ActorNotFound>()("ActorNotFound", {
  address: Schema.String,
  message: Schema.String,
}) {}

export class InvalidActorAddress extends Schema.TaggedError<InvalidActorAddress>()(
  "InvalidActorAddress",
  { address: Schema.String, message: Schema.String },
) {}

export class RouteNotFound extends Schema.TaggedError<RouteNotFound>()("RouteNotFound", {
  method: Schema.String,
  path: Schema.String,
  message: Schema.String,
}) {}

export class MethodNotAllowed extends Schema.TaggedError<MethodNotAllowed>()("MethodNotAllowed", {
  method: Schema.String,
  path: Schema.String,
  allowed: Schema.Array(Schema.String),
  message: Schema.String,
}) {}

/** `GET /inspect` without a WebSocket handshake. */
export class UpgradeRequired extends Schema.TaggedError<UpgradeRequired>()("UpgradeRequired", {
  path: Schema.String,
  message: Schema.String,
}) {}

export class InternalError extends Schema.TaggedError<InternalError>()("InternalError", {
  message: Schema.String,
}) {}

/** Every error body the endpoint can send; clients decode responses with it. */
export const HttpError = Schema.Union(
  ActorNotFound,
  InvalidActorAddress,
  RouteNotFound,
  MethodNotAllowed,
  UpgradeRequired,
  InternalError,
)
export type HttpError = typeof HttpError.Type

/** The HTTP status each error is sent with. */
export const status = (error: HttpError): number => {
  switch (error._tag) {
    case "ActorNotFound":
    case "RouteNotFound":
      return 404
    case "InvalidActorAddress":
      return 400
    case "MethodNotAllowed":
      return 405
    case "UpgradeRequired":
      return 426
    case "InternalError":
      return 500
  }
}
