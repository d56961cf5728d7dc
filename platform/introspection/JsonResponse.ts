/**
 * Every body the endpoint sends goes through its Schema, so what leaves the process is the
 * encoded form and never a class instance that happens to stringify.
 */
import { HttpServerResponse } from "@effect/platform"
import { Effect } from "effect"
import type { Schema } from "effect"
import * as HttpErrors from "./HttpErrors.js"

const internalError = (cause: unknown) =>
  Effect.logError("introspection: response does not encode", cause).pipe(
    Effect.as(
      HttpServerResponse.unsafeJson(
        { _tag: "InternalError", message: "the response could not be encoded" },
        { status: 500 },
      ),
    ),
  )

const respond = <A, I>(
  schema: Schema.Schema<A, I>,
  body: A,
  status: number,
  headers: Record<string, string> = {},
) =>
  HttpServerResponse.schemaJson(schema)(body, { status, headers }).pipe(
    Effect.catchAll(internalError),
  )

/** 200 with `body` encoded by `schema`. */
export const ok = <A, I>(
  schema: Schema.Schema<A, I>,
  body: A,
): Effect.Effect<HttpServerResponse.HttpServerResponse> => respond(schema, body, 200)

/** The error's status and its typed JSON body. */
export const error = (
  failure: HttpErrors.HttpError,
  headers: Record<string, string> = {},
): Effect.Effect<HttpServerResponse.HttpServerResponse> =>
  respond(HttpErrors.HttpError, failure, HttpErrors.status(failure), headers)
