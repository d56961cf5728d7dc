/**
 * The introspection server's HTTP routes, tested with real `fetch` against a server on a
 * free port whose `Introspection` is the XState-backed model in test/support.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { HttpError } from "../../../platform/introspection/HttpErrors.js"
import { ActorDetail, ActorInfo, Health } from "../../../schemas/Introspection.js"
import { seededAddresses, start } from "./serverUnderTest.js"

const request = (url: string, init?: RequestInit) =>
  Effect.tryPromise(async () => {
    const response = await fetch(url, init)
    const text = await response.text()
    return { response, body: text === "" ? undefined : (JSON.parse(text) as unknown) }
  })

const decodeError = Schema.decodeUnknownSync(HttpError)

describe("IntrospectionServer HTTP, against the XState-backed Introspection model", () => {
  it.scopedLive("binds to 127.0.0.1 on a free port and reports it", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      expect(server.host).toBe("127.0.0.1")
      expect(server.port).toBeGreaterThan(0)
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    }),
  )

  it.scopedLive("GET /health answers the model's health", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      const { response, body } = yield* request(`${server.url}/health`)
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toContain("application/json")
      const health = Schema.decodeUnknownSync(Health)(body)
      expect(health.status).toBe("ok")
      expect(health.node).toBe("xstate-test")
      expect(health.actors).toBe(seededAddresses.length)
    }),
  )

  it.scopedLive("GET /actors lists the tree, parents first, with XState state values", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      const { response, body } = yield* request(`${server.url}/actors`)
      expect(response.status).toBe(200)
      const actors = Schema.decodeUnknownSync(Schema.Array(ActorInfo))(body)
      expect(actors.map((actor) => actor.address)).toEqual([...seededAddresses])
      expect(actors[0]).toMatchObject({ kind: "supervisor", parent: null, state: null })
      expect(actors[1]).toMatchObject({
        kind: "actor",
        parent: "root@main",
        status: "running",
        state: "idle",
      })
    }),
  )

  it.scopedLive("GET /actors/:address shows an actor after it processed events", () =>
    Effect.gen(function* () {
      const { server, model } = yield* start()
      yield* model.send("pinger@main", { type: "PING" })
      yield* model.send("pinger@main", { type: "PING" })

      const { response, body } = yield* request(`${server.url}/actors/pinger@main`)
      expect(response.status).toBe(200)
      const detail = Schema.decodeUnknownSync(ActorDetail)(body)
      expect(detail).toMatchObject({
        address: "pinger@main",
        state: "active",
        processed: 2,
        context: { pings: 2, pad: "" },
        children: [],
      })
      expect(detail.accepts).toEqual(expect.arrayContaining(["PING", "RESET"]))

      // The same address percent-encoded is the same actor.
      const encoded = yield* request(`${server.url}/actors/pinger%40main`)
      expect(encoded.response.status).toBe(200)

      const root = yield* request(`${server.url}/actors/root@main`)
      expect(Schema.decodeUnknownSync(ActorDetail)(root.body).children).toEqual([
        "pinger@main",
        "counter@main",
      ])
    }),
  )

  it.scopedLive("GET /actors/:address for an unknown actor is a typed 404", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      const { response, body } = yield* request(`${server.url}/actors/ghost@main`)
      expect(response.status).toBe(404)
      expect(body).toEqual({
        _tag: "ActorNotFound",
        address: "ghost@main",
        message: expect.stringContaining("ghost@main"),
      })
    }),
  )

  it.scopedLive("GET /actors/:address refuses a malformed address with a readable 400", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      for (const bad of ["bad%20address", "%3Cscript%3E", "a@@b", `${"x".repeat(300)}@main`]) {
        const { response, body } = yield* request(`${server.url}/actors/${bad}`)
        expect(response.status).toBe(400)
        const error = decodeError(body)
        expect(error._tag).toBe("InvalidActorAddress")
        expect(error.message).toMatch(/actor address/)
      }
      const ok = yield* request(`${server.url}/actors/web-socket_gateway.v2@node-1`)
      expect(ok.response.status).toBe(404)
    }),
  )

  it.scopedLive("an unknown route is a JSON 404", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      for (const path of ["/nope", "/actors/pinger@main/extra", "/"]) {
        const { response, body } = yield* request(`${server.url}${path}?q=1`)
        expect(response.status).toBe(404)
        expect(decodeError(body)).toMatchObject({ _tag: "RouteNotFound", method: "GET", path })
      }
    }),
  )

  it.scopedLive("methods other than GET are 405 with an Allow header", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      for (const [method, path] of [
        ["POST", "/actors"],
        ["DELETE", "/actors/pinger@main"],
        ["PUT", "/health"],
        ["PATCH", "/inspect"],
      ] as const) {
        const { response, body } = yield* request(`${server.url}${path}`, { method })
        expect(response.status).toBe(405)
        expect(response.headers.get("allow")).toBe("GET, HEAD")
        expect(decodeError(body)).toMatchObject({ _tag: "MethodNotAllowed", method, path })
      }
    }),
  )

  it.scopedLive("GET /inspect without a WebSocket handshake is 426", () =>
    Effect.gen(function* () {
      const { server } = yield* start()
      const { response, body } = yield* request(`${server.url}/inspect`)
      expect(response.status).toBe(426)
      expect(decodeError(body)._tag).toBe("UpgradeRequired")
    }),
  )
})
