/**
 * The gateway's HTTP API on a real node: every route answers as `/openapi.json` documents
 * it (status and body checked against the document's own schemas, every documented
 * route exercised), tokens that are missing, expired, forged or signed with another key
 * are refused, devices get their own credentials, and logins are rate-limited per client.
 * The memory search goes to the real memory actor (PostgreSQL, Chroma, all-MiniLM-L6-v2).
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer, Schema } from "effect"
import { counter } from "../../../actors/demo/counter.js"
import { Crash, demoMessages } from "../../../actors/demo/messages.js"
import { memoryActor } from "../../../actors/memory/memory.machine.js"
import { memoryMessages, StoreMemory } from "../../../actors/memory/messages.js"
import * as Jwt from "../../../platform/auth/Jwt.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { ConversationRepository } from "../../../platform/database/repositories/ConversationRepository.js"
import {
  DeviceId,
  DeviceRepository,
} from "../../../platform/database/repositories/DeviceRepository.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import { TokenPair } from "../../../platform/gateway/api/AuthSchemas.js"
import { tokensKey } from "../../../platform/gateway/auth/tokens.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { gatewayStack, nodeId, password, type GatewayStack } from "../../support/gatewayStack.js"
import { memoryStack, stackDirs } from "../../support/memoryStack.js"
import { eventually } from "../../support/nodes.js"
import { problems, type Exchange } from "./openApiCheck.js"
import { scriptedConversation } from "./scriptedConversation.js"

const Paths = Schema.Struct({
  paths: Schema.Record({
    key: Schema.String,
    value: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  }),
})
const LetterIds = Schema.Array(Schema.Struct({ id: Schema.String }))

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly json: unknown
}

/** Calls the gateway and checks the answer against the OpenAPI document. */
const client =
  (stack: GatewayStack, doc: unknown, seen: Set<string>, failures: Array<string>) =>
  (method: string, route: string, path: string, options: { token?: string; body?: unknown } = {}) =>
    Effect.promise(async (): Promise<Answer> => {
      const response = await fetch(`${stack.server.url}${path}`, {
        method,
        headers: {
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
          ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(options.body === undefined
          ? {}
          : {
              body: typeof options.body === "string" ? options.body : JSON.stringify(options.body),
            }),
      })
      const text = await response.text()
      const exchange: Exchange = {
        method,
        route,
        status: response.status,
        contentType: response.headers.get("content-type"),
        body: text,
      }
      seen.add(`${method} ${route}`)
      failures.push(...problems(doc, exchange))
      let json: unknown = undefined
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      return { status: response.status, headers: response.headers, text, json }
    })

const tokenPair = Schema.decodeUnknownSync(TokenPair)

describe("gateway HTTP API", () => {
  it.scopedLive(
    "every route answers as /openapi.json documents, with tokens checked",
    () =>
      Effect.gen(function* () {
        const dirs = yield* stackDirs
        const memory = yield* Layer.build(memoryStack(dirs))
        const stack = yield* gatewayStack({
          actors: [
            scriptedConversation(),
            actor(memoryActor()),
            supervisor("demo", { strategy: "one-for-one", intensity: 20 }, [
              actor(counter("counter")),
            ]),
          ],
          messages: [...memoryMessages, ...demoMessages],
          services: memory,
        })
        const health = yield* Effect.promise(() => fetch(`${stack.server.url}/openapi.json`))
        expect(health.status).toBe(200)
        const doc: unknown = yield* Effect.promise(() => health.json())
        const seen = new Set<string>()
        const failures: Array<string> = []
        const call = client(stack, doc, seen, failures)

        // Public routes and logins.
        expect((yield* call("GET", "/health", "/health")).status).toBe(200)
        const login = yield* call("POST", "/auth/login", "/auth/login", { body: { password } })
        expect(login.status).toBe(200)
        const owner = tokenPair(login.json)
        expect(
          (yield* call("POST", "/auth/login", "/auth/login", { body: { password: "wrong" } }))
            .status,
        ).toBe(401)
        expect((yield* call("POST", "/auth/login", "/auth/login", { body: "{" })).status).toBe(400)
        // A body over the size limit is cut off while it is still being sent.
        const huge = yield* Effect.promise(() =>
          fetch(`${stack.server.url}/auth/login`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ password: "x".repeat(stack.settings.maxFrameBytes + 1) }),
          }).then(
            (response) => response.status,
            () => "cut off",
          ),
        )
        expect([400, "cut off"]).toContain(huge)
        const nowhere = yield* Effect.promise(() => fetch(`${stack.server.url}/nowhere`))
        expect(nowhere.status).toBe(404)
        expect(yield* Effect.promise(() => nowhere.json())).toMatchObject({ _tag: "NotFound" })
        const refreshed = yield* call("POST", "/auth/refresh", "/auth/refresh", {
          body: { refreshToken: owner.refreshToken },
        })
        expect(refreshed.status).toBe(200)
        expect(
          (yield* call("POST", "/auth/refresh", "/auth/refresh", {
            body: { refreshToken: owner.accessToken },
          })).status,
        ).toBe(401)

        // Devices: a credential shown once, good for logging in, revocable, without operator rights.
        const created = yield* call("POST", "/auth/devices", "/auth/devices", {
          token: owner.accessToken,
          body: { name: "phone" },
        })
        expect(created.status).toBe(201)
        const device = Schema.decodeUnknownSync(
          Schema.Struct({ deviceId: Schema.UUID, secret: Schema.String }),
        )(created.json)
        const deviceLogin = yield* call("POST", "/auth/login", "/auth/login", { body: device })
        expect(deviceLogin.status).toBe(200)
        const deviceToken = tokenPair(deviceLogin.json).accessToken
        expect(
          (yield* call("POST", "/auth/login", "/auth/login", {
            body: { ...device, secret: "guess" },
          })).status,
        ).toBe(401)
        expect(
          (yield* call("POST", "/auth/devices", "/auth/devices", {
            token: deviceToken,
            body: { name: "x" },
          })).status,
        ).toBe(403)

        // Conversations: the owner's own, paged messages, another id not found.
        const ownerId = yield* stack.run(Effect.flatMap(DeviceRepository, (d) => d.owner("Owner")))
        const conversation = yield* stack.run(
          Effect.gen(function* () {
            const started = yield* (yield* ConversationRepository).start(ownerId, "first")
            const messages = yield* MessageRepository
            yield* messages.append(started.id, { role: "user", content: "hello" })
            yield* messages.append(started.id, { role: "assistant", content: "hi there" })
            return started
          }),
        )
        const list = yield* call("GET", "/conversations", "/conversations?limit=10", {
          token: deviceToken,
        })
        expect(list.status).toBe(200)
        expect(list.json).toMatchObject([{ id: conversation.id, title: "first" }])
        const route = "/conversations/{id}/messages"
        const messages = yield* call("GET", route, `/conversations/${conversation.id}/messages`, {
          token: owner.accessToken,
        })
        expect(messages.json).toMatchObject([{ content: "hello" }, { content: "hi there" }])
        const older = yield* call(
          "GET",
          route,
          `/conversations/${conversation.id}/messages?limit=1`,
          {
            token: owner.accessToken,
          },
        )
        expect(older.json).toMatchObject([{ content: "hi there" }])
        const missing = ConversationId.make(crypto.randomUUID())
        expect(
          (yield* call("GET", route, `/conversations/${missing}/messages`, {
            token: owner.accessToken,
          })).status,
        ).toBe(404)
        expect(
          (yield* call("GET", route, "/conversations/not-a-uuid/messages", {
            token: owner.accessToken,
          })).status,
        ).toBe(400)

        // Memory search through the memory actor.
        // Of no one in particular: the memory stack has its own database, without the owner.
        const stored = yield* stack.system.ask(
          `test@${nodeId}`,
          `memory@${nodeId}`,
          StoreMemory.make({
            content: "Caroline adopted a puppy named Biscuit",
            kind: "",
            userId: "",
            conversationId: "",
            importance: 0,
          }),
        )
        expect(stored.type).toBe("memory.stored")
        const search = yield* call("POST", "/memory/search", "/memory/search", {
          token: owner.accessToken,
          body: { query: "What is the dog called?", limit: 3 },
        })
        expect(search.status).toBe(200)
        expect(JSON.stringify(search.json)).toContain("Biscuit")
        const tooLong = yield* call("POST", "/memory/search", "/memory/search", {
          token: owner.accessToken,
          body: { query: "", limit: 3 },
        })
        expect(tooLong.status).toBe(400)

        // Operator routes: actors, restart, dead letters, metrics; devices are refused.
        const actors = yield* call("GET", "/actors", "/actors", { token: stack.operatorToken })
        expect(actors.status).toBe(200)
        expect(JSON.stringify(actors.json)).toContain(`gateway@${nodeId}`)
        expect((yield* call("GET", "/actors", "/actors", { token: deviceToken })).status).toBe(403)
        const one = yield* call("GET", "/actors/{address}", `/actors/counter@${nodeId}`, {
          token: stack.operatorToken,
        })
        expect(one.json).toMatchObject({ address: `counter@${nodeId}`, kind: "actor" })
        expect(
          (yield* call("GET", "/actors/{address}", "/actors/nobody@n", {
            token: stack.operatorToken,
          })).status,
        ).toBe(404)
        expect(
          (yield* call("GET", "/actors/{address}", "/actors/bad%20address", {
            token: stack.operatorToken,
          })).status,
        ).toBe(400)
        const restarted = yield* call(
          "POST",
          "/actors/{address}/restart",
          `/actors/counter@${nodeId}/restart`,
          {
            token: stack.operatorToken,
          },
        )
        expect(restarted.json).toMatchObject({ address: `counter@${nodeId}`, restarts: 1 })
        expect(
          (yield* call("POST", "/actors/{address}/restart", "/actors/nobody@n/restart", {
            token: stack.operatorToken,
          })).status,
        ).toBe(404)

        yield* stack.system.tellDurable(
          `test@${nodeId}`,
          `counter@${nodeId}`,
          Crash.make({ reason: "on purpose" }),
        )
        yield* eventually(stack.system.deadLetters, (letters) => letters.length === 1)
        const letters = yield* call("GET", "/dead-letters", "/dead-letters", {
          token: stack.operatorToken,
        })
        expect(letters.json).toMatchObject([{ recipient: `counter@${nodeId}`, type: "demo.crash" }])
        const letterId = Schema.decodeUnknownSync(LetterIds)(letters.json)[0]!.id
        const replay = yield* call(
          "POST",
          "/dead-letters/{id}/replay",
          `/dead-letters/${letterId}/replay`,
          {
            token: stack.operatorToken,
          },
        )
        expect(replay.json).toEqual({ id: letterId, replayed: true })
        expect(
          (yield* call("POST", "/dead-letters/{id}/replay", "/dead-letters/nope/replay", {
            token: stack.operatorToken,
          })).status,
        ).toBe(404)
        expect(
          (yield* call("GET", "/dead-letters", "/dead-letters", { token: deviceToken })).status,
        ).toBe(403)

        const metrics = yield* call("GET", "/metrics", "/metrics", { token: stack.operatorToken })
        expect(metrics.status).toBe(200)
        expect(metrics.text).toMatch(/^aico_actor_mailbox_depth\{.*actor="counter@n".*\} \d+$/m)
        expect(metrics.text).toMatch(
          /^aico_actor_restarts_total\{.*actor="counter@n".*\} [1-9]\d*$/m,
        )
        expect(metrics.text).toMatch(/^aico_actor_messages_processed_total\{/m)
        expect(metrics.text).toMatch(
          /^aico_http_request_duration_seconds_bucket\{.*route="\/auth\/login".*le="\+Inf".*\} \d+$/m,
        )
        expect(metrics.text).toContain("# TYPE aico_websocket_clients gauge")
        expect((yield* call("GET", "/metrics", "/metrics", { token: deviceToken })).status).toBe(
          403,
        )

        expect((yield* call("GET", "/ws", "/ws", { token: owner.accessToken })).status).toBe(426)

        // Tokens: missing, malformed, expired, forged, of another key, revoked device.
        const now = Math.floor(Date.now() / 1000)
        const key = SecretKey.bytes(tokensKey(stack.masterKey))
        const refused = [
          undefined,
          "nonsense",
          Jwt.sign(key, "operator", "access", now - Jwt.accessTtlSeconds - 1, "user operator"),
          `${owner.accessToken.slice(0, -3)}abc`,
          Jwt.sign(SecretKey.bytes(SecretKey.random()), "operator", "access", now, "user operator"),
        ]
        for (const token of refused) {
          const answer = yield* call(
            "GET",
            "/conversations",
            "/conversations",
            token === undefined ? {} : { token },
          )
          expect(answer.status).toBe(401)
          expect(answer.json).toMatchObject({ _tag: "Unauthorized" })
        }
        yield* stack.run(
          Effect.flatMap(DeviceRepository, (d) => d.remove(DeviceId.make(device.deviceId))),
        )
        expect(
          (yield* call("GET", "/conversations", "/conversations", { token: deviceToken })).status,
        ).toBe(401)

        expect(failures).toEqual([])
        const documented = Object.entries(Schema.decodeUnknownSync(Paths)(doc).paths).flatMap(
          ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
        )
        expect(documented.filter((route) => !seen.has(route))).toEqual([])
      }),
    { timeout: 180_000 },
  )

  it.scopedLive("logins are rate-limited per client address, with Retry-After", () =>
    Effect.gen(function* () {
      const stack = yield* gatewayStack({
        services: Context.empty(),
        gateway: { loginAttemptsPerMinute: 3 },
      })
      const login = (body: unknown) =>
        Effect.promise(() =>
          fetch(`${stack.server.url}/auth/login`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          }),
        )
      for (let i = 0; i < 3; i++) expect((yield* login({ password: "wrong" })).status).toBe(401)
      const limited = yield* login({ password })
      expect(limited.status).toBe(429)
      const retryAfter = Number(limited.headers.get("retry-after"))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(60)
      expect(yield* Effect.promise(() => limited.json())).toMatchObject({
        _tag: "TooManyAttempts",
        retryAfterSeconds: retryAfter,
      })
    }),
  )
})
