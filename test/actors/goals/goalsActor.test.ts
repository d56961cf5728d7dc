/**
 * The goal system on a real node with goals in a real PostgreSQL: a goal stated in a
 * conversation is tracked to done, every change is published and kept in its history,
 * a turn delivered twice changes nothing, and titles are sealed at rest.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer, Logger, LogLevel, Schema } from "effect"
import { conversationMessages, TurnCompleted } from "../../../actors/conversation/messages.js"
import { goalsActor } from "../../../actors/goals/goals.machine.js"
import { GoalStore } from "../../../actors/goals/GoalStore.js"
import {
  GoalChanged,
  GoalListing,
  goalMessages,
  ListGoals,
  ProposeGoal,
} from "../../../actors/goals/messages.js"
import { scheduleMessages } from "../../../actors/schedule/messages.js"
import * as GoalRepository from "../../../platform/database/repositories/GoalRepository.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { stores } from "../../support/databaseLayer.js"
import { eventually, tempDir } from "../../support/nodes.js"
import { embeddedOptions } from "../../support/postgres.js"
import { recorder } from "../../support/recorder.js"

const day = 24 * 60 * 60 * 1000
const monday = Date.parse("2026-11-02T10:00:00Z")

const said = (text: string, at: number, userMessageId: string = crypto.randomUUID()) =>
  TurnCompleted.make({
    conversationId: crypto.randomUUID(),
    userId: "",
    userMessageId,
    replyMessageId: crypto.randomUUID(),
    userText: text,
    replyText: "…",
    sentiment: "positive",
    sentimentScore: 0.8,
    emotion: "joy",
    emotionScore: 0.8,
    completedAt: at,
  })

const Received = Schema.Struct({
  received: Schema.Array(Schema.Struct({ payload: GoalChanged.schema })),
})

describe("goal system", () => {
  it.scopedLive("tracks a stated goal to done, once, with its history", () =>
    Effect.gen(function* () {
      const context = yield* Layer.build(stores(embeddedOptions))
      const store = yield* GoalRepository.make.pipe(Effect.provide(context))
      const system = yield* ActorSystem.make({
        nodeId: "n",
        dataDir: yield* tempDir(),
        endpoint: `inproc://goals-${crypto.randomUUID()}`,
        messages: [...conversationMessages, ...goalMessages, ...scheduleMessages],
        grants: { "test@n": { publish: ["conversation.turn_completed", "schedule.tick"] } },
        root: supervisor("root", { strategy: "one-for-one" }, [
          actor(goalsActor(), {
            grants: {
              publish: ["goal.changed"],
              subscribe: ["conversation.turn_completed", "schedule.tick"],
            },
          }),
          actor(recorder("watcher", [GoalChanged], ["goal.changed"]), {
            grants: { subscribe: ["goal.changed"] },
          }),
        ]),
      }).pipe(Effect.provideService(GoalStore, store), Logger.withMinimumLogLevel(LogLevel.None))
      const changes = Effect.map(system.introspection.actor("watcher@n").pipe(Effect.orDie), (d) =>
        Schema.decodeUnknownSync(Received)(d.context).received.map((r) => r.payload),
      )
      const publish = (turn: ReturnType<typeof said>) =>
        system.publish("test@n", "conversation.turn_completed", turn)

      const stating = said("I want to finish the quarterly report by Friday.", monday)
      yield* publish(stating)
      const stated = yield* eventually(changes, (c) => c.length === 1)
      expect(stated[0]).toMatchObject({
        change: "proposed",
        goal: { title: "finish the quarterly report", status: "active", origin: "user_stated" },
      })
      expect(stated[0]!.goal.dueAt).toBe(Date.parse("2026-11-06T00:00:00Z"))
      const goalId = stated[0]!.goal.goalId

      // The same turn delivered again (a redelivery after a crash) changes nothing.
      yield* publish(stating)
      yield* publish(said("I'm halfway through the quarterly report.", monday + day))
      const halfway = yield* eventually(changes, (c) => c.length === 2)
      expect(halfway[1]).toMatchObject({ change: "progressed", goal: { goalId, progress: 0.5 } })

      yield* publish(said("I finished the quarterly report!", monday + 3 * day))
      const done = yield* eventually(changes, (c) => c.length === 3)
      expect(done[2]).toMatchObject({
        change: "completed",
        goal: { goalId, status: "done", progress: 1 },
      })

      yield* system.tell(
        "test@n",
        "goals@n",
        ProposeGoal.make({
          userId: "",
          title: "learn about pottery glazes",
          origin: "self_generated",
          importance: 0.4,
          dueAt: 0,
          at: monday + 3 * day,
        }),
      )
      yield* eventually(changes, (c) => c.length === 4)
      const listing = Schema.decodeUnknownSync(GoalListing.schema)(
        (yield* system.ask(
          "test@n",
          "goals@n",
          ListGoals.make({ userId: "", includeClosed: true }),
        )).payload,
      )
      expect(listing.goals.map((g) => [g.title, g.status])).toEqual([
        ["learn about pottery glazes", "proposed"],
        ["finish the quarterly report", "done"],
      ])

      const history = yield* eventually(store.history(goalId), (h) => h.length === 3)
      expect(history.map((h) => [h.change, h.status, h.progress])).toEqual([
        ["proposed", "active", 0],
        ["progressed", "active", 0.5],
        ["completed", "done", 1],
      ])
      const saved = yield* eventually(store.list(), (goals) => goals.length === 2)
      expect(saved.find((g) => g.id === goalId)).toMatchObject({ status: "done", progress: 1 })
      const sql = Context.get(context, SqlClient.SqlClient)
      const raw = yield* sql<{ readonly title: Uint8Array }>`select title from goals`
      for (const row of raw) {
        expect(Buffer.from(row.title).includes(Buffer.from("quarterly"))).toBe(false)
      }
    }),
  )
})
