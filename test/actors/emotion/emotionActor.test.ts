/**
 * The emotion actor on a real node with the affect history in a real PostgreSQL: turns
 * and clock ticks arrive as published messages, the affect goes out on
 * `emotion.state_changed`, and a restart resumes from the persisted snapshot.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Logger, LogLevel, Schema } from "effect"
import { TurnCompleted } from "../../../actors/conversation/messages.js"
import { AffectHistory } from "../../../actors/emotion/AffectHistory.js"
import { emotionActor } from "../../../actors/emotion/emotion.machine.js"
import {
  AffectState,
  emotionMessages,
  GetAffect,
  StateChanged,
} from "../../../actors/emotion/messages.js"
import { scheduleMessages, Tick } from "../../../actors/schedule/messages.js"
import { conversationMessages } from "../../../actors/conversation/messages.js"
import * as AffectHistoryRepository from "../../../platform/database/repositories/AffectHistoryRepository.js"
import * as PgSnapshotStore from "../../../platform/database/repositories/PgSnapshotStore.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { stores } from "../../support/databaseLayer.js"
import { eventually, tempDir } from "../../support/nodes.js"
import { embeddedOptions } from "../../support/postgres.js"
import { recorder } from "../../support/recorder.js"

const hour = 60 * 60 * 1000
const day = 24 * hour
const start = Date.parse("2026-11-02T10:00:00Z")

const turn = (sentiment: string, score: number, emotion: string, at: number) =>
  TurnCompleted.make({
    conversationId: crypto.randomUUID(),
    userId: "",
    userMessageId: crypto.randomUUID(),
    replyMessageId: crypto.randomUUID(),
    userText: "…",
    replyText: "…",
    sentiment,
    sentimentScore: score,
    emotion,
    emotionScore: score,
    completedAt: at,
  })

const Received = Schema.Struct({
  received: Schema.Array(Schema.Struct({ type: Schema.String, payload: StateChanged.schema })),
})

describe("emotion actor", () => {
  it.scopedLive(
    "appraises turns and silences, decays by the clock, and resumes after a restart",
    () =>
      Effect.gen(function* () {
        const database = yield* Layer.build(stores(embeddedOptions))
        const history = yield* AffectHistoryRepository.make.pipe(Effect.provide(database))
        const snapshots = yield* PgSnapshotStore.make.pipe(Effect.provide(database))
        const dataDir = yield* tempDir()
        const system = yield* ActorSystem.make({
          nodeId: "n",
          dataDir,
          endpoint: `inproc://emotion-${crypto.randomUUID()}`,
          messages: [...conversationMessages, ...emotionMessages, ...scheduleMessages],
          snapshots,
          grants: { "test@n": { publish: ["conversation.turn_completed", "schedule.tick"] } },
          root: supervisor("root", { strategy: "one-for-one" }, [
            actor(emotionActor(), {
              grants: {
                publish: ["emotion.state_changed"],
                subscribe: ["conversation.turn_completed", "schedule.tick"],
              },
            }),
            actor(recorder("watcher", [StateChanged], ["emotion.state_changed"]), {
              grants: { subscribe: ["emotion.state_changed"] },
            }),
          ]),
        }).pipe(
          Effect.provideService(AffectHistory, history),
          Logger.withMinimumLogLevel(LogLevel.None),
        )
        const published = Effect.map(
          system.introspection.actor("watcher@n").pipe(Effect.orDie),
          (detail) =>
            Schema.decodeUnknownSync(Received)(detail.context).received.map((r) => r.payload),
        )
        const stateOf = Effect.map(
          system.introspection.actor("emotion@n").pipe(Effect.orDie),
          (d) => d.state,
        )
        const affectAt = (now: number) =>
          Effect.map(system.ask("test@n", "emotion@n", GetAffect.make({ now })), (answer) => {
            expect(answer.type).toBe(AffectState.type)
            return Schema.decodeUnknownSync(AffectState.schema)(answer.payload)
          })

        expect(yield* stateOf).toBe("calm")
        yield* system.publish(
          "test@n",
          "conversation.turn_completed",
          turn("negative", 0.95, "sadness", start),
        )
        const sad = yield* eventually(published, (p) => p.length === 1)
        expect(sad[0]).toMatchObject({ label: "concern", cause: "user_turn", at: start })
        expect(sad[0]!.valence).toBeLessThan(0)
        expect(yield* eventually(stateOf, (s) => s === "feeling")).toBe("feeling")

        // Half a day later the concern has faded by the clock; a restart keeps it.
        yield* system.publish("test@n", "schedule.tick", Tick.make({ now: start + 2 * hour }))
        const twoHours = yield* affectAt(0)
        expect(twoHours.intensity).toBeLessThan(sad[0]!.intensity)
        expect(twoHours.label).toBe("concern")
        yield* system.restart("emotion@n")
        const afterRestart = yield* affectAt(0)
        expect(afterRestart).toEqual(twoHours)

        yield* system.publish("test@n", "schedule.tick", Tick.make({ now: start + 20 * hour }))
        const faded = yield* eventually(published, (p) => p.length === 2)
        expect(faded[1]).toMatchObject({ label: "neutral", cause: "" })
        expect(yield* eventually(stateOf, (s) => s === "calm")).toBe("calm")

        // Three days without a word is appraised as a silence.
        yield* system.publish("test@n", "schedule.tick", Tick.make({ now: start + 3 * day }))
        const silent = yield* eventually(published, (p) => p.length === 3)
        expect(silent[2]).toMatchObject({ cause: "long_silence" })
        expect(silent[2]!.valence).toBeLessThan(0)

        // A happy turn lifts it.
        yield* system.publish(
          "test@n",
          "conversation.turn_completed",
          turn("positive", 0.95, "joy", start + 3 * day + hour),
        )
        const happy = yield* eventually(published, (p) => p.length === 4)
        expect(happy[3]!.valence).toBeGreaterThan(silent[2]!.valence)
        expect(["joy", "contentment"]).toContain(happy[3]!.label)

        const recorded = yield* eventually(
          history.between(start, start + 4 * day),
          (rows) => rows.length === 3,
        )
        expect(recorded.map((row) => row.cause)).toEqual(["user_turn", "long_silence", "user_turn"])
        expect(recorded[0]).toMatchObject({ label: "concern", at: start })
      }),
  )
})
