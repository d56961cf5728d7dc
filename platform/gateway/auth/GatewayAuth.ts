/**
 * The gateway's authentication: tokens to clients (every request, every WebSocket
 * handshake), logins with the master password or a device credential (rate-limited per
 * client address), refreshes, and new device credentials. `authService.ts` implements it.
 */
import { Context, Layer } from "effect"
import type { Effect } from "effect"
import type { SecretKey } from "../../crypto/SecretKey.js"
import type {
  Forbidden,
  ServiceUnavailable,
  TooManyAttempts,
  Unauthorized,
} from "../api/ApiErrors.js"
import type { Client } from "../api/Authentication.js"
import type { DeviceCredential, LoginRequest, TokenPair } from "../api/AuthSchemas.js"
import { make } from "./authService.js"

export declare namespace GatewayAuth {
  export interface Options {
    /** The "tokens" purpose key (`tokens.tokensKey(masterKey)`). */
    readonly tokensKey: SecretKey
    readonly loginAttemptsPerMinute: number
  }

  export interface Service {
    /** The client an access token stands for, checked against revoked devices. */
    readonly authenticate: (
      token: string,
    ) => Effect.Effect<Client, Unauthorized | ServiceUnavailable>
    readonly login: (
      request: LoginRequest,
      clientAddress: string,
    ) => Effect.Effect<TokenPair, Unauthorized | TooManyAttempts | ServiceUnavailable>
    /** A new pair for a genuine refresh token whose subject is still valid. */
    readonly refresh: (
      refreshToken: string,
    ) => Effect.Effect<TokenPair, Unauthorized | ServiceUnavailable>
    /** A device credential for `client`'s user (operators only): the secret is shown once. */
    readonly createDevice: (
      client: Client,
      name: string,
    ) => Effect.Effect<DeviceCredential, Forbidden | ServiceUnavailable>
  }
}

export class GatewayAuth extends Context.Tag("aico/GatewayAuth")<
  GatewayAuth,
  GatewayAuth.Service
>() {}

export const layer = (options: GatewayAuth.Options) => Layer.effect(GatewayAuth, make(options))
