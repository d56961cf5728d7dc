/**
 * Client tokens: JWTs signed with HMAC-SHA256 (HS256) under the "tokens" purpose key.
 * Access tokens live 24 hours, refresh tokens 30 days; a refresh token is only good for
 * getting a new access token. Verification checks, in order: shape, algorithm (only
 * HS256: a token saying "none" or anything else is refused before any key is used), the
 * signature (constant-time), then the claims (type, not-before, expiry) decoded with a
 * Schema. Nothing about a token is trusted before its signature is.
 */
import { Either, Schema } from "effect"
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto"
import { TokenRefused } from "./TokenError.js"

export const accessTtlSeconds = 24 * 60 * 60
export const refreshTtlSeconds = 30 * 24 * 60 * 60

export const TokenType = Schema.Literal("access", "refresh")
export type TokenType = typeof TokenType.Type

export const Claims = Schema.Struct({
  /** Who: a user id or a device id. */
  sub: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256)),
  typ: TokenType,
  iat: Schema.Int,
  nbf: Schema.Int,
  exp: Schema.Int,
  jti: Schema.String.pipe(Schema.maxLength(64)),
  /** What the token allows, space-separated (OAuth's `scope`); absent: nothing beyond login. */
  scope: Schema.optional(Schema.String.pipe(Schema.maxLength(256))),
})
export type Claims = typeof Claims.Type

const Header = Schema.Struct({ alg: Schema.String, typ: Schema.optional(Schema.String) })

const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url")
const headerPart = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))
const signature = (key: Uint8Array, signed: string) =>
  createHmac("sha256", key).update(signed).digest()

const decodePart = <A, I>(schema: Schema.Schema<A, I>, part: string) =>
  Either.try(() => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown).pipe(
    Either.flatMap((json) => Schema.decodeUnknownEither(schema)(json)),
    Either.mapLeft(() => new TokenRefused({ reason: "malformed" })),
  )

/** A signed token for `subject`, valid from `now` (seconds) for the type's lifetime. */
export const sign = (
  key: Uint8Array,
  subject: string,
  typ: TokenType,
  now: number,
  scope?: string,
): string => {
  const claims: Claims = {
    sub: subject,
    typ,
    iat: now,
    nbf: now,
    exp: now + (typ === "access" ? accessTtlSeconds : refreshTtlSeconds),
    jti: randomUUID(),
    ...(scope === undefined ? {} : { scope }),
  }
  const signed = `${headerPart}.${base64url(JSON.stringify(claims))}`
  return `${signed}.${base64url(signature(key, signed))}`
}

/** The token's claims when it is genuine, of the expected type, and valid at `now` (seconds). */
export const verify = (
  key: Uint8Array,
  token: string,
  expected: TokenType,
  now: number,
): Either.Either<Claims, TokenRefused> => {
  const parts = token.split(".")
  if (parts.length !== 3 || token.length > 4096 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) {
    return Either.left(new TokenRefused({ reason: "malformed" }))
  }
  const [headerText, claimsText, signatureText] = parts as [string, string, string]
  return decodePart(Header, headerText).pipe(
    Either.filterOrLeft(
      (header) => header.alg === "HS256",
      () => new TokenRefused({ reason: "unsupported algorithm" }),
    ),
    Either.flatMap(() => {
      // Compared as text: decoding would ignore the spare bits of the last character, so
      // two spellings of one signature would both pass.
      const expectedSignature = Buffer.from(
        base64url(signature(key, `${headerText}.${claimsText}`)),
      )
      const given = Buffer.from(signatureText)
      return given.length === expectedSignature.length && timingSafeEqual(given, expectedSignature)
        ? Either.right(undefined)
        : Either.left(new TokenRefused({ reason: "bad signature" }))
    }),
    Either.flatMap(() => decodePart(Claims, claimsText)),
    Either.flatMap((claims) =>
      claims.typ !== expected
        ? Either.left(new TokenRefused({ reason: "wrong token type" }))
        : now < claims.nbf
          ? Either.left(new TokenRefused({ reason: "not yet valid" }))
          : now >= claims.exp
            ? Either.left(new TokenRefused({ reason: "expired" }))
            : Either.right(claims),
    ),
  )
}
