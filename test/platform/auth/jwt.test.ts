import { describe, expect, it } from "@effect/vitest"
import { Either, FastCheck } from "effect"
import { createHmac, randomBytes } from "node:crypto"
import { accessTtlSeconds, sign, verify } from "../../../platform/auth/Jwt.js"

const key = randomBytes(32)
const now = 1_800_000_000

const reason = (result: Either.Either<unknown, { reason: string }>) =>
  Either.isLeft(result) ? result.left.reason : "accepted"

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")

describe("client tokens (HS256 JWT)", () => {
  it("accepts a genuine access token within its 24 hours, then refuses it as expired", () => {
    const token = sign(key, "user-1", "access", now)
    const claims = verify(key, token, "access", now + 60)
    expect(Either.isRight(claims) && claims.right.sub).toBe("user-1")
    expect(reason(verify(key, token, "access", now + accessTtlSeconds - 1))).toBe("accepted")
    expect(reason(verify(key, token, "access", now + accessTtlSeconds))).toBe("expired")
    expect(reason(verify(key, token, "access", now - 10))).toBe("not yet valid")
  })

  it("refuses a token signed with another key", () => {
    const token = sign(randomBytes(32), "user-1", "access", now)
    expect(reason(verify(key, token, "access", now))).toBe("bad signature")
  })

  it("refuses a forged token: changed claims keep the old signature", () => {
    const [header, , sig] = sign(key, "user-1", "access", now).split(".")
    const forged = `${header}.${b64({ sub: "admin", typ: "access", iat: now, nbf: now, exp: now + 999_999, jti: "x" })}.${sig}`
    expect(reason(verify(key, forged, "access", now))).toBe("bad signature")
  })

  it("refuses alg none and other algorithms before looking at the signature", () => {
    const claims = b64({ sub: "admin", typ: "access", iat: now, nbf: now, exp: now + 60, jti: "x" })
    expect(reason(verify(key, `${b64({ alg: "none" })}.${claims}.`, "access", now))).toBe(
      "unsupported algorithm",
    )
    const hs512 = `${b64({ alg: "HS512", typ: "JWT" })}.${claims}`
    const sig = createHmac("sha512", key).update(hs512).digest("base64url")
    expect(reason(verify(key, `${hs512}.${sig}`, "access", now))).toBe("unsupported algorithm")
  })

  it("keeps refresh and access tokens apart", () => {
    const refresh = sign(key, "device-7", "refresh", now)
    expect(reason(verify(key, refresh, "access", now))).toBe("wrong token type")
    expect(reason(verify(key, refresh, "refresh", now + accessTtlSeconds * 10))).toBe("accepted")
  })

  it("refuses malformed input, and never throws on any string", () => {
    for (const bad of ["", "a.b", "a.b.c.d", "!!.??.##", `${b64("x")}.${b64("y")}.zz`]) {
      expect(Either.isLeft(verify(key, bad, "access", now))).toBe(true)
    }
    FastCheck.assert(
      FastCheck.property(FastCheck.string({ maxLength: 300 }), (text) => {
        expect(Either.isLeft(verify(key, text, "access", now))).toBe(true)
      }),
      { numRuns: 500 },
    )
    // A genuine token with one character changed anywhere is refused.
    const token = sign(key, "user-1", "access", now)
    FastCheck.assert(
      FastCheck.property(
        FastCheck.nat(token.length - 1),
        FastCheck.constantFrom("A", "b", "_", "-"),
        (at, c) => {
          const changed = token.slice(0, at) + c + token.slice(at + 1)
          if (changed !== token)
            expect(Either.isLeft(verify(key, changed, "access", now))).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})
