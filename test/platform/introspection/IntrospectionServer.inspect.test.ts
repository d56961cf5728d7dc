/**
 * The introspection server's WebSocket stream (`GET /inspect`), tested with real `ws`
 * clients against a server on a free port whose `Introspection` is the XState-backed model
 * in test/support: replay, live events, slow clients, hostile frames and shutdown.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Schedule, Scope } from "effect"
import * as Net from "node:net"
import type { InspectorFrame } from "../../../platform/introspection/InspectorFrame.js"
import { replayVersion } from "../../../platform/introspection/TreeReplay.js"
import { protocolVersion } from "../../support/xstateIntrospection.js"
import { connect, count } from "./inspectorClient.js"
import { pinger, seededAddresses, start } from "./serverUnderTest.js"

const replayLength = seededAddresses.length * 2
const isLive = (frame: InspectorFrame) => "_version" in frame && frame._version === protocolVersion
const live = (frames: ReadonlyArray<InspectorFrame>) => frames.filter(isLive)
const eventTypeOf = (frame: InspectorFrame) =>
  frame.type === "@xstate.event" &&
  typeof frame.event === "object" &&
  frame.event !== null &&
  "type" in frame.event
    ? frame.event.type
    : undefined

describe("IntrospectionServer /inspect, against the XState-backed Introspection model", () => {
  it.scopedLive("replays the current tree, then streams live XState inspection events", () =>
    Effect.gen(function* () {
      const { model, wsUrl } = yield* start()
      yield* model.send("counter@main", { type: "INC" })

      const client = yield* connect(wsUrl)
      yield* client.until("the replay", (frames) => frames.length >= replayLength)
      const replay = client.frames.slice(0, replayLength)
      expect(replay.map((frame) => [frame.type, "sessionId" in frame && frame.sessionId])).toEqual(
        seededAddresses.flatMap((address) => [
          ["@xstate.actor", address],
          ["@xstate.snapshot", address],
        ]),
      )
      expect(replay[2]).toMatchObject({
        type: "@xstate.actor",
        parentId: "root@main",
        rootId: "root@main",
        _version: replayVersion,
      })
      expect(replay[5]).toMatchObject({
        type: "@xstate.snapshot",
        snapshot: { status: "active", value: "counting", context: { count: 1 } },
      })

      yield* model.send("pinger@main", { type: "PING" })
      yield* client.until("PING's event and snapshot", (frames) => live(frames).length >= 2)
      expect(live(client.frames)).toMatchObject([
        {
          type: "@xstate.event",
          sessionId: "pinger@main",
          rootId: "root@main",
          event: { type: "PING" },
        },
        {
          type: "@xstate.snapshot",
          sessionId: "pinger@main",
          event: { type: "PING" },
          snapshot: { value: "active", context: { pings: 1 } },
        },
      ])

      yield* model.publish({
        type: "@aico.supervision",
        supervisor: "root@main",
        child: "pinger@main",
        directive: "restart",
        reason: "boom",
        restarts: 1,
        createdAt: String(Date.now()),
      })
      yield* client.until("the supervision event", (frames) =>
        frames.some((frame) => frame.type === "@aico.supervision"),
      )
      expect(client.undecodable).toEqual([])
    }),
  )

  it.scopedLive("an inspector that connects late still sees actors spawned before it", () =>
    Effect.gen(function* () {
      const { model, wsUrl } = yield* start()
      const early = yield* connect(wsUrl)
      yield* early.until("the replay", (frames) => frames.length >= replayLength)

      yield* model.spawn("late@main", pinger, { parent: "root@main" })
      yield* early.until("the new actor, live", (frames) =>
        frames.some((frame) => isLive(frame) && frame.type === "@xstate.actor"),
      )

      const late = yield* connect(wsUrl)
      yield* late.until("the replay with the new actor", (frames) =>
        frames.some(
          (frame) =>
            frame.type === "@xstate.snapshot" &&
            frame.sessionId === "late@main" &&
            frame._version === replayVersion,
        ),
      )
    }),
  )

  it.scopedLive(
    "a slow client is bounded and told what it missed; a fast one gets everything",
    () =>
      Effect.gen(function* () {
        // Big snapshots fill the kernel's socket buffers quickly; the per-client buffer is small.
        const { model, wsUrl } = yield* start({ clientBuffer: 200, pad: "x".repeat(16_384) })
        const fast = yield* connect(wsUrl)
        const slow = yield* connect(wsUrl)
        yield* fast.until("the replay", (frames) => frames.length >= replayLength)
        yield* slow.until("the replay", (frames) => frames.length >= replayLength)

        slow.socket.pause()
        let pings = 0
        for (let batch = 0; batch < 30; batch++) {
          // A batch fits the buffer, and the fast client drains it before the next one.
          for (let i = 0; i < 50; i++) yield* model.send("pinger@main", { type: "PING" })
          pings += 50
          const expected = pings * 2
          yield* fast.until(`${expected} live events`, (frames) => live(frames).length >= expected)
        }
        slow.socket.resume()

        yield* slow.until("a drop notice", (frames) => count(frames, "@aico.dropped") > 0)
        yield* model.send("pinger@main", { type: "RESET" })
        yield* slow.until("RESET, after catching up", (frames) =>
          frames.some((frame) => eventTypeOf(frame) === "RESET"),
        )
        yield* fast.until("RESET", (frames) =>
          frames.some((frame) => eventTypeOf(frame) === "RESET"),
        )

        const liveEvents = pings * 2 + 2
        const dropped = slow.frames.reduce(
          (sum, frame) => (frame.type === "@aico.dropped" ? sum + frame.count : sum),
          0,
        )
        expect(dropped).toBeGreaterThan(0)
        // Every live event either reached the slow client or was counted as dropped.
        expect(live(slow.frames).length + dropped).toBe(liveEvents)
        expect(count(fast.frames, "@aico.dropped")).toBe(0)
        expect(live(fast.frames).length).toBe(liveEvents)
      }),
  )

  it.scopedLive("garbage and malformed frames from clients do not disturb the server", () =>
    Effect.gen(function* () {
      const { server, model, wsUrl } = yield* start()
      const noisy = yield* connect(wsUrl)
      const bystander = yield* connect(wsUrl)
      yield* noisy.until("the replay", (frames) => frames.length >= replayLength)

      // Well-formed frames with nonsense in them are read and ignored.
      noisy.socket.send("{not json")
      noisy.socket.send(Buffer.from([0, 1, 2, 255]))
      noisy.socket.send("x".repeat(1024 * 1024))
      noisy.socket.ping()

      // Broken framing on raw sockets: unmasked, absurdly long, and a reserved opcode.
      const malformed = [
        Buffer.from([0x81, 0x05, ...Buffer.from("hello")]),
        Buffer.from([0x82, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4]),
        Buffer.from([0x83, 0x80, 1, 2, 3, 4]),
      ]
      for (const bytes of malformed) {
        const outcome = yield* rawWebSocketSession(server.port, bytes)
        expect(outcome).toBe("closed by server")
      }

      yield* model.send("pinger@main", { type: "PING" })
      for (const client of [noisy, bystander]) {
        yield* client.until("PING", (frames) =>
          frames.some((frame) => eventTypeOf(frame) === "PING"),
        )
      }
      const health = yield* Effect.promise(() => fetch(`${server.url}/health`))
      expect(health.status).toBe(200)
    }),
  )

  it.scopedLive("a client that leaves is unsubscribed", () =>
    Effect.gen(function* () {
      const { model, wsUrl } = yield* start()
      yield* Effect.scoped(
        Effect.gen(function* () {
          const client = yield* connect(wsUrl)
          yield* client.until("the replay", (frames) => frames.length >= replayLength)
          expect(yield* model.subscribers).toBe(1)
          client.socket.close(1000, "bye")
          yield* client.closed
        }),
      )
      yield* waitFor("no subscribers", model.subscribers, (n) => n === 0)
    }),
  )

  it.live("releasing the layer closes every connection, even one that stopped reading", () =>
    Effect.scoped(
      Effect.gen(function* () {
        const serverScope = yield* Scope.make()
        const { server, model, wsUrl } = yield* start({ shutdownGrace: "200 millis" }).pipe(
          Scope.extend(serverScope),
        )
        const polite = yield* connect(wsUrl)
        const stuck = yield* connect(wsUrl)
        yield* polite.until("the replay", (frames) => frames.length >= replayLength)
        yield* stuck.until("the replay", (frames) => frames.length >= replayLength)
        stuck.socket.pause()
        // Neither an idle keep-alive connection nor a half-sent request may hold shutdown up.
        yield* Effect.promise(() =>
          fetch(`${server.url}/health`).then((response) => response.text()),
        )
        const halfSent = yield* rawConnection(server.port)
        halfSent.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        expect(yield* model.subscribers).toBe(2)

        yield* Scope.close(serverScope, Exit.void).pipe(
          Effect.timeoutFail({
            duration: "10 seconds",
            onTimeout: () => new Error("the server did not shut down"),
          }),
        )
        yield* polite.closed
        stuck.socket.resume()
        yield* stuck.closed
        expect(yield* model.subscribers).toBe(0)
        const refused = yield* Effect.either(Effect.tryPromise(() => fetch(`${server.url}/health`)))
        expect(refused._tag).toBe("Left")
        yield* Effect.async<void>((resume) => {
          if (halfSent.destroyed) return resume(Effect.void)
          halfSent.once("close", () => resume(Effect.void))
        })
      }),
    ),
  )
})

/** Polls `read` until `done` holds; for state with no event to wait on. */
const waitFor = <A>(description: string, read: Effect.Effect<A>, done: (value: A) => boolean) =>
  read.pipe(
    Effect.repeat({ until: done, schedule: Schedule.spaced("10 millis") }),
    Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => new Error(description) }),
  )

/** A plain TCP connection to the server, destroyed with the enclosing scope. */
const rawConnection = (port: number) =>
  Effect.acquireRelease(
    Effect.async<Net.Socket, Error>((resume) => {
      const socket = Net.connect(port, "127.0.0.1")
      socket.once("connect", () => resume(Effect.succeed(socket)))
      socket.once("error", (error) => resume(Effect.fail(error)))
    }),
    (socket) => Effect.sync(() => socket.destroy()),
  ).pipe(Effect.tap((socket) => socket.on("error", () => undefined)))

/**
 * Opens a WebSocket by hand on a raw TCP socket, sends `bytes` after the handshake and
 * reports whether the server closed the connection.
 */
const rawWebSocketSession = (port: number, bytes: Buffer) =>
  Effect.async<"closed by server", Error>((resume) => {
    const socket = Net.connect(port, "127.0.0.1")
    let handshake = ""
    socket.on("error", () => undefined)
    socket.on("close", () => resume(Effect.succeed("closed by server")))
    socket.on("data", (chunk) => {
      if (handshake.includes("\r\n\r\n")) return
      handshake += chunk.toString("latin1")
      if (!handshake.includes("\r\n\r\n")) return
      if (!handshake.startsWith("HTTP/1.1 101")) {
        resume(Effect.fail(new Error(`handshake refused: ${handshake}`)))
        return
      }
      socket.write(bytes)
    })
    socket.write(
      [
        "GET /inspect HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        "",
        "",
      ].join("\r\n"),
    )
    return Effect.sync(() => socket.destroy())
  }).pipe(
    Effect.timeoutFail({
      duration: "10 seconds",
      onTimeout: () => new Error("the server kept a malformed connection open"),
    }),
  )
