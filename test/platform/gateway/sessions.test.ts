/**
 * Gateway sessions on a real node: a client that reconnects with its resume token gets
 * the frames it missed; an unknown token gets `resume_failed` and a fresh session; a
 * client that stops reading is cut off at its send buffer's bound and can resume; notices
 * reach the sessions of their user; operators (only) get live actor state.
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { Notice, noticeTopic } from "../../../actors/conversation/messages.js"
import { maxMessageChars } from "../../../schemas/messages/conversation.js"
import type { ServerFrame } from "../../../schemas/client/ServerFrame.js"
import { DeviceRepository } from "../../../platform/database/repositories/DeviceRepository.js"
import { UserRepository } from "../../../platform/database/repositories/UserRepository.js"
import * as Tokens from "../../../platform/gateway/auth/tokens.js"
import { gatewayStack, nodeId, noticeSender } from "../../support/gatewayStack.js"
import { eventually } from "../../support/nodes.js"
import { scriptedConversation } from "./scriptedConversation.js"
import { connect, is } from "./socketClient.js"

const stack = gatewayStack({
  actors: [scriptedConversation()],
  services: Context.empty(),
  gateway: { sendBufferFrames: 8, resumeFrames: 512 },
})
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const decodeCounts = Schema.decodeUnknownSync(Schema.Struct({ notices: Schema.Number }))
const seqOf = (frame: ServerFrame) => ("seq" in frame ? frame.seq : -1)

const notice = (text: string, userId = "") =>
  Notice.make({ noticeId: randomUUID(), userId, kind: "check_in", text, at: Date.now() })

describe("gateway sessions", () => {
  it.scopedLive("reconnecting with the resume token replays the missed frames", () =>
    Effect.gen(function* () {
      const { operatorToken, server, system } = yield* stack
      const first = yield* connect(server.wsUrl, bearer(operatorToken))
      const session = yield* Effect.promise(() => first.until(is("session")))
      first.send({ type: "chat.send", id: "r1", text: "remember me" })
      yield* Effect.promise(() => first.until(is("chat.done")))
      const accepted = first.frames.find(is("chat.accepted"))
      // The client saw frames up to the accepted one when its connection dropped.
      const seen = accepted === undefined ? 0 : accepted.seq
      const missed = first.frames.filter((frame) => seqOf(frame) > seen)
      first.ws.terminate()
      yield* Effect.promise(() => first.closed)
      // Published while nobody is connected: kept for the resume.
      yield* system.publish(noticeSender, noticeTopic, notice("while you were away"))

      const again = yield* connect(
        `${server.wsUrl}?resume=${session.resumeToken}&after=${seen}`,
        bearer(operatorToken),
      )
      const resumed = yield* Effect.promise(() => again.until(is("session")))
      expect(resumed).toMatchObject({ sessionId: session.sessionId, resumed: true, seq: seen })
      const away = yield* Effect.promise(() => again.until(is("companion.notice")))
      expect(away.text).toBe("while you were away")
      const replayed = again.frames.slice(1, 1 + missed.length)
      expect(replayed).toEqual(missed)
      expect(away.seq).toBe(seqOf(missed[missed.length - 1]!) + 1)
    }),
  )

  it.scopedLive("an unknown resume token gets resume_failed and a fresh session", () =>
    Effect.gen(function* () {
      const { operatorToken, server } = yield* stack
      const client = yield* connect(`${server.wsUrl}?resume=nope&after=3`, bearer(operatorToken))
      const fresh = yield* Effect.promise(() => client.until(is("session")))
      expect(fresh).toMatchObject({ resumed: false, seq: 0 })
      const error = yield* Effect.promise(() => client.until(is("error")))
      expect(error.code).toBe("resume_failed")
      client.send({ type: "chat.send", id: "r", text: "works anyway" })
      expect((yield* Effect.promise(() => client.until(is("chat.done")))).text).toBe(
        "you said: works anyway",
      )
    }),
  )

  it.scopedLive(
    "a client that stops reading is disconnected at its buffer's bound and resumes",
    () =>
      Effect.gen(function* () {
        const { operatorToken, server, system } = yield* stack
        const slow = yield* connect(server.wsUrl, bearer(operatorToken))
        const session = yield* Effect.promise(() => slow.until(is("session")))
        slow.ws.pause()
        // Big notices fill the socket's buffers, then the bounded send buffer.
        const sent = 450
        for (let i = 0; i < sent; i++) {
          yield* system.publish(
            noticeSender,
            noticeTopic,
            notice(`${i}:${"x".repeat(maxMessageChars - 10)}`),
          )
        }
        // Every notice handed to the sessions before the resume: the catch-up reads them
        // all from the session, and no burst meets the (deliberately tiny) live buffer.
        yield* eventually(
          system.introspection.actor(`gateway@${nodeId}`),
          (detail) => decodeCounts(detail.context).notices >= sent,
        )
        slow.ws.resume()
        const closed = yield* Effect.promise(() => slow.closed)
        expect([4008, 1006]).toContain(closed.code)
        const got = slow.frames.filter(is("companion.notice"))
        expect(got.length).toBeLessThan(sent)

        const last = got.length === 0 ? 0 : got[got.length - 1]!.seq
        const again = yield* connect(
          `${server.wsUrl}?resume=${session.resumeToken}&after=${last}`,
          bearer(operatorToken),
        )
        yield* Effect.promise(() =>
          again.until(
            (frame) => frame.type === "companion.notice" && frame.text.startsWith(`${sent - 1}:`),
          ),
        )
        const all = [...got, ...again.frames.filter(is("companion.notice"))]
        expect(all.map((frame) => Number(frame.text.split(":")[0]))).toEqual(
          Array.from({ length: sent }, (_, i) => i),
        )
      }),
  )

  it.scopedLive("notices reach their user's sessions; actor state is for operators only", () =>
    Effect.gen(function* () {
      const { masterKey, operatorToken, run, server, system } = yield* stack
      // A device of another user: it must not see the owner's notices or the actors.
      const other = yield* run(
        Effect.gen(function* () {
          const devices = yield* DeviceRepository
          yield* devices.owner("Owner")
          const someone = yield* (yield* UserRepository).create({ displayName: "Someone" })
          return yield* devices.create(someone.id, "their phone", new Uint8Array(32))
        }),
      )
      const key = Tokens.tokensKey(masterKey)
      const deviceToken = Tokens.issuePair(
        key,
        Tokens.deviceSubject(other.id),
        Tokens.deviceScopes,
      ).accessToken

      const owner = yield* connect(server.wsUrl, bearer(operatorToken))
      const device = yield* connect(server.wsUrl, bearer(deviceToken))
      yield* Effect.promise(() => Promise.all([owner.next(), device.next()]))
      const ownerId = yield* run(
        Effect.flatMap(DeviceRepository, (devices) => devices.owner("Owner")),
      )
      yield* system.publish(noticeSender, noticeTopic, notice("for the owner", ownerId))
      yield* system.publish(noticeSender, noticeTopic, notice("for everyone"))
      expect((yield* Effect.promise(() => owner.until(is("companion.notice")))).text).toBe(
        "for the owner",
      )
      expect((yield* Effect.promise(() => device.until(is("companion.notice")))).text).toBe(
        "for everyone",
      )

      device.send({ type: "actors.subscribe" })
      expect((yield* Effect.promise(() => device.until(is("error")))).code).toBe("forbidden")

      owner.send({ type: "actors.subscribe", addresses: [`conversation@${nodeId}`] })
      const current = yield* Effect.promise(() => owner.until(is("actor.state")))
      expect(current).toMatchObject({ address: `conversation@${nodeId}`, status: "running" })
      owner.send({ type: "chat.send", id: "s1", text: "change your state" })
      yield* Effect.promise(() => owner.until(is("chat.done")))
      // Processing the request changed the engine's snapshot: a live frame, before the reply.
      const states = owner.frames.filter(is("actor.state"))
      expect(states.length).toBeGreaterThan(1)
      expect(states.every((f) => f.address === `conversation@${nodeId}`)).toBe(true)
      owner.send({ type: "actors.unsubscribe" })
      owner.send({ type: "ping", id: "after-unsubscribe" })
      yield* Effect.promise(() => owner.until(is("pong")))
      const before = owner.frames.filter(is("actor.state")).length
      owner.send({ type: "chat.send", id: "s2", text: "quiet now" })
      yield* Effect.promise(() => owner.until(is("chat.done")))
      expect(owner.frames.filter(is("actor.state")).length).toBe(before)
    }),
  )
})
