/**
 * The errors the gateway's HTTP API answers with. They leave the process as JSON bodies
 * (`{ "_tag": ..., "message": ... }`), each with its HTTP status, so they are Schemas and
 * appear in the OpenAPI document. Messages say what to do, never why a secret was wrong.
 */
import { HttpApiSchema } from "@effect/platform"
import { Schema } from "effect"

/** No token, or one that is malformed, forged, signed with another key, expired or revoked. */
export class Unauthorized extends Schema.TaggedError<Unauthorized>()(
  "Unauthorized",
  { message: Schema.String },
  HttpApiSchema.annotations({ status: 401 }),
) {}

/** A genuine token without the scope this route needs. */
export class Forbidden extends Schema.TaggedError<Forbidden>()(
  "Forbidden",
  { scope: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 403 }),
) {}

/** Too many login attempts from one client address; `Retry-After` says when to try again. */
export class TooManyAttempts extends Schema.TaggedError<TooManyAttempts>()(
  "TooManyAttempts",
  { retryAfterSeconds: Schema.Int, message: Schema.String },
  HttpApiSchema.annotations({ status: 429 }),
) {}

export class NotFound extends Schema.TaggedError<NotFound>()(
  "NotFound",
  { resource: Schema.String, id: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 }),
) {}

/** The request is well-formed but cannot be served as asked (a search the memory refused). */
export class Unprocessable extends Schema.TaggedError<Unprocessable>()(
  "Unprocessable",
  { message: Schema.String },
  HttpApiSchema.annotations({ status: 422 }),
) {}

/** Something the gateway depends on (an actor, the database) did not answer. */
export class ServiceUnavailable extends Schema.TaggedError<ServiceUnavailable>()(
  "ServiceUnavailable",
  { message: Schema.String },
  HttpApiSchema.annotations({ status: 503 }),
) {}

/** `GET /ws` without a WebSocket handshake. */
export class UpgradeRequired extends Schema.TaggedError<UpgradeRequired>()(
  "UpgradeRequired",
  { message: Schema.String },
  HttpApiSchema.annotations({ status: 426 }),
) {}
