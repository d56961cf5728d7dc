/**
 * The initiative manager on a real node with its records in a real PostgreSQL, driven by
 * a simulated clock: a sad conversation raises a check-in the next day, held through
 * quiet hours; the user's answer is the reward; "stop checking in" mutes the kind.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Logger, LogLevel, Schema } from "effect"
import {
  conversationMessages,
  Notice,
  TurnCompleted,
} from "../../../actors/conversation/messages.js"
import { curiosityMessages } from "../../../actors/curiosity/messages.js"
import { goalMessages } from "../../../actors/goals/messages.js"
import { initiativeActor } from "../../../actors/initiative/initiative.machine.js"
import { InitiativeStore } from "../../../actors/initiative/InitiativeStore.js"
import {
  InitiativeOutcome,
  initiativeMessages,
  Presence,
} from "../../../actors/initiative/messages.js"
import { scheduleMessages, Tick } from "../../../actors/schedule/messages.js"
import * as InitiativeRepository from "../../../platform/database/repositories/InitiativeRepository.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { stores } from "../../support/databaseLayer.js"
import { eventually, tempDir } from "../../support/nodes.js"
import { embeddedOptions } from "../../support/postgres.js"
import { recorder } from "../../support/recorder.js"

// November: Berlin is UTC+1.
const berlin = (date: string, hhmm: string) => Date.parse(`2026-11-${date}T${hhmm}:00+01:00`)

const turn = (text: string, at: number, sad: boolean) =>
  TurnCompleted.make({
    conversationId: crypto.randomUUID(),
    userId: "",
    userMessageId: crypto.randomUUID(),
    replyMessageId: crypto.randomUUID(),
    userText: text,
    replyText: "…",
    sentiment: sad ? "negative" : "positive",
    sentimentScore: 0.9,
    emotion: sad ? "sadness" : "joy",
    emotionScore: 0.9,
    completedAt: at,
  })

const Heard = Schema.Struct({
  received: Schema.Array(
    Schema.Struct({
      type: Schema.String,
      payload: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
    }),
  ),
})

describe("initiative manager", () => {
  it.scopedLive(
    "checks in the day after a sad talk, within quiet hours, and learns from the answer",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(stores(embeddedOptions))
        const store = yield* InitiativeRepository.make.pipe(Effect.provide(context))
        const system = yield* ActorSystem.make({
          nodeId: "n",
          dataDir: yield* tempDir(),
          endpoint: `inproc://initiative-${crypto.randomUUID()}`,
          messages: [
            ...conversationMessages,
            ...goalMessages,
            ...curiosityMessages,
            ...initiativeMessages,
            ...scheduleMessages,
          ],
          grants: {
            "test@n": {
              publish: ["conversation.turn_completed", "schedule.tick", "gateway.presence"],
            },
          },
          root: supervisor("root", { strategy: "one-for-one" }, [
            actor(
              initiativeActor({
                preferences: {
                  timeZone: "Europe/Berlin",
                  quietHours: { start: "22:00", end: "08:00" },
                  maxPerDay: 2,
                  minGapMs: 3 * 60 * 60 * 1000,
                  requirePresence: true,
                },
                seed: 7,
              }),
              {
                grants: {
                  publish: ["companion.notice", "initiative.outcome"],
                  subscribe: [
                    "conversation.turn_completed",
                    "goal.changed",
                    "curiosity.question",
                    "gateway.presence",
                    "schedule.tick",
                  ],
                },
              },
            ),
            actor(
              recorder(
                "phone",
                [Notice, InitiativeOutcome],
                ["companion.notice", "initiative.outcome"],
              ),
              {
                grants: { subscribe: ["companion.notice", "initiative.outcome"] },
              },
            ),
          ]),
        }).pipe(
          Effect.provideService(InitiativeStore, store),
          Logger.withMinimumLogLevel(LogLevel.None),
        )

        const heard = Effect.map(
          system.introspection.actor("phone@n").pipe(Effect.orDie),
          (d) => Schema.decodeUnknownSync(Heard)(d.context).received,
        )
        const manager = system.introspection.actor("initiative@n").pipe(Effect.orDie)
        const tick = (at: number) =>
          system.publish("test@n", "schedule.tick", Tick.make({ now: at }))
        const said = (text: string, at: number, sad = false) =>
          system.publish("test@n", "conversation.turn_completed", turn(text, at, sad))

        yield* system.publish(
          "test@n",
          "gateway.presence",
          Presence.make({ clients: 1, at: berlin("02", "12:00") }),
        )
        yield* said("I had an awful day, my dog is ill.", berlin("02", "13:00"), true)
        // Twelve hours later it is 01:00: quiet hours hold the check-in back.
        yield* tick(berlin("03", "01:00"))
        const held = yield* eventually(manager, (d) => d.state === "holding")
        expect(JSON.stringify(held.context)).toContain("quiet_hours")
        expect(yield* heard).toEqual([])

        yield* tick(berlin("03", "08:30"))
        const first = yield* eventually(heard, (h) => h.length === 1)
        expect(first[0]).toMatchObject({ type: "companion.notice", payload: { kind: "check_in" } })
        expect((yield* eventually(manager, (d) => d.state === "awaiting_reply")).state).toBe(
          "awaiting_reply",
        )

        yield* said("Thanks for asking, a bit better today.", berlin("03", "09:00"))
        const replied = yield* eventually(heard, (h) => h.length === 2)
        expect(replied[1]).toMatchObject({
          type: "initiative.outcome",
          payload: { outcome: "replied" },
        })

        yield* said("Work was terrible again.", berlin("03", "10:00"), true)
        yield* tick(berlin("03", "23:00"))
        yield* tick(berlin("04", "08:30"))
        yield* eventually(heard, (h) => h.length === 3)
        yield* said("Please stop checking in on me like this.", berlin("04", "09:00"))
        const stopped = yield* eventually(heard, (h) => h.length === 4)
        expect(stopped[3]).toMatchObject({ payload: { outcome: "told_to_stop", kind: "check_in" } })

        // Muted: another sad day brings no check-in.
        yield* said("Still sad.", berlin("04", "12:00"), true)
        yield* tick(berlin("05", "09:00"))
        yield* tick(berlin("05", "12:00"))
        expect(yield* heard).toHaveLength(4)

        const records = yield* eventually(
          store.list(),
          (r) => r.every((x) => x.outcome !== undefined) && r.length === 2,
        )
        expect(records.map((r) => [r.kind, r.outcome])).toEqual([
          ["check_in", "replied"],
          ["check_in", "told_to_stop"],
        ])
        expect(records[0]?.sentAt).toBe(berlin("03", "08:30"))
      }),
  )
})
