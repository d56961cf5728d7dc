/**
 * Who a request comes from. Every route but `/health`, `/openapi.json` and the login routes
 * carries an access token (`Authorization: Bearer <token>`); the `Authentication`
 * middleware verifies it and provides the `CurrentClient` to the handler.
 */
import { HttpApiMiddleware, HttpApiSecurity } from "@effect/platform"
import { Context, Schema } from "effect"
import type { UserId } from "../../../schemas/data/User.js"
import { ServiceUnavailable, Unauthorized } from "./ApiErrors.js"

/**
 * What a token allows: `user` chats and reads the user's own conversations and memories;
 * `operator` also sees and steers the actor system (actors, dead letters, metrics, live
 * actor state). The master password and the operator CLI get both; a device gets `user`.
 */
export const Scope = Schema.Literal("user", "operator")
export type Scope = typeof Scope.Type

export interface Client {
  /** The token's subject: `user:<id>`, `device:<id>` or `operator`. */
  readonly subject: string
  /** Whose conversations and memories the client works with. */
  readonly userId: UserId
  readonly scopes: ReadonlyArray<Scope>
}

export class CurrentClient extends Context.Tag("aico/gateway/CurrentClient")<
  CurrentClient,
  Client
>() {}

export class Authentication extends HttpApiMiddleware.Tag<Authentication>()(
  "aico/gateway/Authentication",
  {
    // ServiceUnavailable: a device token cannot be checked while the database is away.
    failure: Schema.Union(Unauthorized, ServiceUnavailable),
    provides: CurrentClient,
    security: { bearer: HttpApiSecurity.bearer },
  },
) {}
