/**
 * The gateway's tokens: HS256 JWTs (`platform/auth/Jwt.ts`) under the "tokens" purpose key
 * derived from the master key, carrying who (`sub`) and what they may do (`scope`).
 */
import type { Either } from "effect"
import * as Jwt from "../../auth/Jwt.js"
import type { TokenRefused } from "../../auth/TokenError.js"
import * as Hkdf from "../../crypto/hkdf.js"
import * as SecretKey from "../../crypto/SecretKey.js"
import type { Scope } from "../api/Authentication.js"
import type { TokenPair } from "../api/AuthSchemas.js"

/** The subject of tokens the operator CLI mints for itself. */
export const operatorSubject = "operator"

export const userSubject = (userId: string) => `user:${userId}`
export const deviceSubject = (deviceId: string) => `device:${deviceId}`

/** The scopes of the master password and of the operator: everything. */
export const ownerScopes: ReadonlyArray<Scope> = ["user", "operator"]
/** The scopes of a device credential: its user's conversations and memories. */
export const deviceScopes: ReadonlyArray<Scope> = ["user"]

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** The key tokens are signed with, from the master key. */
export const tokensKey = (masterKey: SecretKey.SecretKey): SecretKey.SecretKey =>
  Hkdf.derive(masterKey, "tokens")

/** The scopes a `scope` claim names, ignoring any this gateway does not know. */
export const scopesOf = (claims: Jwt.Claims): ReadonlyArray<Scope> =>
  (claims.scope ?? "").split(" ").flatMap((word): ReadonlyArray<Scope> => {
    switch (word) {
      case "user":
      case "operator":
        return [word]
      default:
        return []
    }
  })

/** A fresh access and refresh token for `subject`. */
export const issuePair = (
  key: SecretKey.SecretKey,
  subject: string,
  scopes: ReadonlyArray<Scope>,
): TokenPair => {
  const now = nowSeconds()
  const scope = scopes.join(" ")
  const bytes = SecretKey.bytes(key)
  return {
    accessToken: Jwt.sign(bytes, subject, "access", now, scope),
    refreshToken: Jwt.sign(bytes, subject, "refresh", now, scope),
    expiresIn: Jwt.accessTtlSeconds,
  }
}

export const verify = (
  key: SecretKey.SecretKey,
  token: string,
  expected: Jwt.TokenType,
): Either.Either<Jwt.Claims, TokenRefused> =>
  Jwt.verify(SecretKey.bytes(key), token, expected, nowSeconds())

/**
 * An access token for the operator CLI on this machine, minted from the master key it
 * already holds (no login, no rate limit): full scopes, 24 hours.
 */
export const operatorToken = (masterKey: SecretKey.SecretKey): string =>
  Jwt.sign(
    SecretKey.bytes(tokensKey(masterKey)),
    operatorSubject,
    "access",
    nowSeconds(),
    ownerScopes.join(" "),
  )
