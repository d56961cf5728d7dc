/**
 * The WebSocket protocol's defences on a real node: malformed, unknown-type, oversized,
 * invalid and flooding clients each get their error frame, keep a usable connection, and
 * do not disturb a well-behaved client chatting at the same time. Handshakes without a
 * valid token are refused with a typed 401; browsers may pass the token as `?token=`.
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Schema } from "effect"
import { Unauthorized } from "../../../platform/gateway/api/ApiErrors.js"
import * as Jwt from "../../../platform/auth/Jwt.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { tokensKey } from "../../../platform/gateway/auth/tokens.js"
import { gatewayStack } from "../../support/gatewayStack.js"
import { scriptedConversation } from "./scriptedConversation.js"
import { HandshakeRefused, SocketClient, connect, is } from "./socketClient.js"

const rateLimit = { perSecond: 5, burst: 10 }
const stack = gatewayStack({
  actors: [scriptedConversation()],
  services: Context.empty(),
  gateway: { maxFrameBytes: 4096, rateLimit },
})
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** Pings until a pong comes back: the connection is still usable (the bucket refills). */
const stillUsable = (client: SocketClient) =>
  Effect.promise(async () => {
    for (let attempt = 0; ; attempt++) {
      const seen = client.frames.length
      client.send({ type: "ping", id: `alive-${attempt}` })
      await new Promise((resolve) => setTimeout(resolve, 250))
      if (
        client.frames
          .slice(seen)
          .some((frame) => frame.type === "pong" && frame.id === `alive-${attempt}`)
      )
        return true
    }
  })

const refusal = (url: string, headers: Record<string, string> = {}) =>
  Effect.promise(() =>
    SocketClient.connect(url, headers).then(
      (client) => {
        client.ws.terminate()
        return undefined
      },
      (error: unknown) => error,
    ),
  )

describe("gateway WebSocket protocol", () => {
  it.scopedLive("bad clients get their error, stay connected, and others keep chatting", () =>
    Effect.gen(function* () {
      const { operatorToken, server } = yield* stack
      const good = yield* connect(server.wsUrl, bearer(operatorToken))
      const bad = yield* connect(server.wsUrl, bearer(operatorToken))
      yield* Effect.promise(() => Promise.all([good.next(), bad.next()]))

      const cases: ReadonlyArray<readonly [unknown, string]> = [
        ["{not json", "malformed"],
        ["[1,2]", "malformed"],
        [{ type: "teleport" }, "unknown_type"],
        [{ nope: 1 }, "unknown_type"],
        [{ type: "chat.send", id: "x1", text: "" }, "invalid"],
        [{ type: "chat.feedback", messageId: "not-a-uuid", rating: "up" }, "invalid"],
        ["x".repeat(10_000), "too_large"],
      ]
      for (const [frame, code] of cases) {
        bad.send(frame)
        const error = yield* Effect.promise(() => bad.until(is("error")))
        expect(error.code).toBe(code)
        good.send({ type: "chat.send", id: `g-${code}-${bad.frames.length}`, text: "still here" })
        const done = yield* Effect.promise(() => good.until(is("chat.done")))
        expect(done.text).toBe("you said: still here")
      }
      expect(bad.frames.filter(is("error")).find((e) => e.code === "invalid")?.id).toBe("x1")
      expect(yield* stillUsable(bad)).toBe(true)
    }),
  )

  it.scopedLive("a flooding client is rate-limited, recovers, and does not slow the others", () =>
    Effect.gen(function* () {
      const { operatorToken, server } = yield* stack
      const flood = yield* connect(server.wsUrl, bearer(operatorToken))
      const other = yield* connect(server.wsUrl, bearer(operatorToken))
      yield* Effect.promise(() => Promise.all([flood.next(), other.next()]))
      for (let i = 0; i < 200; i++) flood.send({ type: "ping", id: `f${i}` })
      const limited = yield* Effect.promise(() => flood.until(is("error")))
      expect(limited.code).toBe("rate_limited")
      other.send({ type: "chat.send", id: "o1", text: "unaffected" })
      expect((yield* Effect.promise(() => other.until(is("chat.done")))).text).toBe(
        "you said: unaffected",
      )
      expect(other.frames.some((frame) => frame.type === "error")).toBe(false)
      expect(yield* stillUsable(flood)).toBe(true)
      // One error for the burst, not one per refused frame.
      const pongs = flood.frames.filter(is("pong")).filter((p) => p.id?.startsWith("f") === true)
      expect(pongs.length).toBeLessThan(200)
      expect(flood.frames.filter(is("error")).length).toBeLessThan(200 - pongs.length)
    }),
  )

  it.scopedLive("handshakes without a genuine token are refused with 401 and a typed body", () =>
    Effect.gen(function* () {
      const { masterKey, operatorToken, server } = yield* stack
      const now = Math.floor(Date.now() / 1000)
      const key = SecretKey.bytes(tokensKey(masterKey))
      const expired = Jwt.sign(
        key,
        "operator",
        "access",
        now - Jwt.accessTtlSeconds - 10,
        "user operator",
      )
      const forged = `${operatorToken.slice(0, -4)}AAAA`
      const wrongKey = Jwt.sign(
        SecretKey.bytes(SecretKey.random()),
        "operator",
        "access",
        now,
        "user operator",
      )
      const refresh = Jwt.sign(key, "operator", "refresh", now, "user operator")
      for (const headers of [
        {},
        bearer("not-a-token"),
        bearer(expired),
        bearer(forged),
        bearer(wrongKey),
        bearer(refresh),
      ]) {
        const error = yield* refusal(server.wsUrl, headers)
        expect(error).toBeInstanceOf(HandshakeRefused)
        if (!(error instanceof HandshakeRefused)) return
        expect(error.status).toBe(401)
        const body = Schema.decodeUnknownSync(Schema.parseJson(Unauthorized))(error.body)
        expect(body.message).toContain("log in")
      }
      const viaQuery = yield* connect(`${server.wsUrl}?token=${operatorToken}`)
      expect((yield* Effect.promise(() => viaQuery.next())).type).toBe("session")
      const wrongPath = yield* refusal(
        server.wsUrl.replace(/\/ws$/, "/elsewhere"),
        bearer(operatorToken),
      )
      expect(wrongPath).toBeInstanceOf(HandshakeRefused)
    }),
  )
})
