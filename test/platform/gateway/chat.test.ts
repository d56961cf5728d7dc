/**
 * Chatting over the gateway's WebSocket on a real node: the frames a client sends become
 * `conversation.*` messages on the bus, and what the conversation engine publishes comes
 * back to the right client, in order. The engine is the scripted stand-in until the real
 * one is wired.
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Schema } from "effect"
import { scriptedConversation, scriptedDeltas } from "./scriptedConversation.js"
import { connect, is } from "./socketClient.js"
import { gatewayStack, nodeId } from "../../support/gatewayStack.js"
import { eventually } from "../../support/nodes.js"

const stack = gatewayStack({ actors: [scriptedConversation()], services: Context.empty() })
const decodeScripted = Schema.decodeUnknownSync(
  Schema.Struct({
    held: Schema.Array(Schema.Struct({ requestId: Schema.String, conversationId: Schema.String })),
    stopped: Schema.Array(Schema.String),
    feedback: Schema.Array(Schema.String),
  }),
)
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

const scripted = (system: Effect.Effect.Success<typeof stack>["system"]) =>
  system.introspection
    .actor(`conversation@${nodeId}`)
    .pipe(Effect.map((detail) => decodeScripted(detail.context)))

describe("gateway chat over WebSocket", () => {
  it.scopedLive(
    "a client sends chat.send and receives accepted, the deltas and done, in order",
    () =>
      Effect.gen(function* () {
        const { operatorToken, server } = yield* stack
        const client = yield* connect(server.wsUrl, bearer(operatorToken))
        const session = yield* Effect.promise(() => client.next())
        expect(session).toMatchObject({ type: "session", resumed: false, seq: 0 })

        client.send({ type: "chat.send", id: "r1", text: "hello there" })
        const done = yield* Effect.promise(() => client.until(is("chat.done")))
        const frames = client.frames.slice(1)
        expect(frames.map((frame) => frame.type)).toEqual([
          "chat.accepted",
          ...scriptedDeltas("hello there").map(() => "chat.delta"),
          "chat.done",
        ])
        expect(frames.map((frame) => ("seq" in frame ? frame.seq : -1))).toEqual(
          frames.map((_, index) => index + 1),
        )
        const deltas = frames.filter(is("chat.delta"))
        expect(deltas.map((delta) => delta.index)).toEqual(deltas.map((_, index) => index))
        expect(deltas.map((delta) => delta.text).join("")).toBe("you said: hello there")
        expect(done).toMatchObject({ id: "r1", text: "you said: hello there" })
        expect(frames.every((frame) => !("id" in frame) || frame.id === "r1")).toBe(true)
      }),
  )

  it.scopedLive("chat.stop cancels an open request, and a client that leaves stops its own", () =>
    Effect.gen(function* () {
      const { operatorToken, server, system } = yield* stack
      const client = yield* connect(server.wsUrl, bearer(operatorToken))
      yield* Effect.promise(() => client.next())
      client.send({ type: "chat.send", id: "held", text: "hold" })
      yield* Effect.promise(() => client.until(is("chat.accepted")))
      client.send({ type: "chat.stop", id: "held" })
      const cancelled = yield* Effect.promise(() => client.until(is("chat.error")))
      expect(cancelled).toMatchObject({ id: "held", code: "cancelled" })

      client.send({ type: "chat.stop", id: "never-sent" })
      const unknown = yield* Effect.promise(() => client.until(is("error")))
      expect(unknown).toMatchObject({ code: "invalid", id: "never-sent" })

      const leaving = yield* connect(server.wsUrl, bearer(operatorToken))
      yield* Effect.promise(() => leaving.next())
      leaving.send({ type: "chat.send", id: "left", text: "hold" })
      yield* Effect.promise(() => leaving.until(is("chat.accepted")))
      yield* Effect.promise(() => leaving.close())
      const context = yield* eventually(scripted(system), (c) =>
        c.stopped.some((requestId) => requestId.endsWith(":left")),
      )
      expect(context.held.some((request) => request.requestId.endsWith(":left"))).toBe(false)
    }),
  )

  it.scopedLive(
    "regenerate and feedback reach the engine; a stranger's conversation is not found",
    () =>
      Effect.gen(function* () {
        const { operatorToken, server, system } = yield* stack
        const client = yield* connect(server.wsUrl, bearer(operatorToken))
        yield* Effect.promise(() => client.next())
        const stranger = crypto.randomUUID()
        client.send({ type: "chat.regenerate", id: "g1", conversationId: stranger })
        const missing = yield* Effect.promise(() => client.until(is("chat.error")))
        expect(missing).toMatchObject({ id: "g1", code: "not_found" })

        const messageId = crypto.randomUUID()
        client.send({ type: "chat.feedback", messageId, rating: "up" })
        yield* eventually(scripted(system), (c) => c.feedback.includes(`${messageId}:up`))
      }),
  )
})
