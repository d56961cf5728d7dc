/**
 * The curiosity engine on a real node with semantic memory on PostgreSQL, Chroma and
 * all-MiniLM-L6-v2: a turn about something memory has never held raises a question and a
 * goal proposal; a turn like what memory holds raises nothing.
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer, Logger, LogLevel, Schema } from "effect"
import { conversationMessages, TurnCompleted } from "../../../actors/conversation/messages.js"
import { curiosityActor } from "../../../actors/curiosity/curiosity.machine.js"
import { curiosityMessages, Question } from "../../../actors/curiosity/messages.js"
import { NoveltyProbe } from "../../../actors/curiosity/NoveltyProbe.js"
import { goalMessages, ProposeGoal } from "../../../actors/goals/messages.js"
import { scheduleMessages } from "../../../actors/schedule/messages.js"
import * as MemoryNoveltyProbe from "../../../platform/memory/MemoryNoveltyProbe.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { memoryStack, stackDirs } from "../../support/memoryStack.js"
import { eventually, tempDir } from "../../support/nodes.js"
import { recorder } from "../../support/recorder.js"

const turn = (text: string, sentiment: string, at: number) =>
  TurnCompleted.make({
    conversationId: crypto.randomUUID(),
    userId: "",
    userMessageId: crypto.randomUUID(),
    replyMessageId: crypto.randomUUID(),
    userText: text,
    replyText: "…",
    sentiment,
    sentimentScore: 0.9,
    emotion: sentiment === "positive" ? "joy" : "neutral",
    emotionScore: 0.9,
    completedAt: at,
  })

const Received = Schema.Struct({
  received: Schema.Array(Schema.Struct({ type: Schema.String, payload: Schema.Unknown })),
})

describe("curiosity engine", () => {
  it.scopedLive(
    "wonders about what is new, not about what memory already holds",
    () =>
      Effect.gen(function* () {
        const context = yield* Layer.build(memoryStack(yield* stackDirs))
        const memory = Context.get(context, SemanticMemory)
        for (const content of [
          "I work as an accountant and the quarterly report keeps me busy.",
          "The quarterly report is due on Friday and my manager is stressed.",
          "Accounting work is busy at the end of each quarter.",
        ]) {
          yield* memory.remember({ content, kind: "turn" })
        }
        const probe = yield* MemoryNoveltyProbe.make.pipe(Effect.provide(context))
        const system = yield* ActorSystem.make({
          nodeId: "n",
          dataDir: yield* tempDir(),
          endpoint: `inproc://curiosity-${crypto.randomUUID()}`,
          messages: [
            ...conversationMessages,
            ...curiosityMessages,
            ...goalMessages,
            ...scheduleMessages,
          ],
          grants: { "test@n": { publish: ["conversation.turn_completed", "schedule.tick"] } },
          root: supervisor("root", { strategy: "one-for-one" }, [
            actor(
              curiosityActor({
                interestHalfLifeMs: 3 * 24 * 60 * 60 * 1000,
                askThreshold: 0.3,
                goalThreshold: 0.4,
                goals: "goals@n",
              }),
              {
                grants: {
                  publish: ["curiosity.question"],
                  subscribe: ["conversation.turn_completed", "schedule.tick"],
                },
              },
            ),
            actor(recorder("listener", [Question], ["curiosity.question"]), {
              grants: { subscribe: ["curiosity.question"] },
            }),
            actor(recorder("goals", [ProposeGoal])),
          ]),
        }).pipe(
          Effect.provideService(NoveltyProbe, probe),
          Logger.withMinimumLogLevel(LogLevel.None),
        )
        const heard = (address: string) =>
          Effect.map(
            system.introspection.actor(address).pipe(Effect.orDie),
            (d) => Schema.decodeUnknownSync(Received)(d.context).received,
          )
        const judged = Effect.map(
          system.introspection.actor("curiosity@n").pipe(Effect.orDie),
          (d) =>
            Schema.decodeUnknownSync(
              Schema.Struct({ now: Schema.Number, lastNovelty: Schema.Number }),
            )(d.context),
        )

        const start = Date.parse("2026-11-02T10:00:00Z")
        yield* system.publish(
          "test@n",
          "conversation.turn_completed",
          turn("The quarterly report at work is keeping me busy.", "neutral", start),
        )
        const familiar = yield* eventually(judged, (j) => j.now === start)
        expect(familiar.lastNovelty).toBeLessThan(0.5)
        expect(yield* heard("listener@n")).toEqual([])

        yield* system.publish(
          "test@n",
          "conversation.turn_completed",
          turn(
            "I started pottery classes and I absolutely love shaping clay!",
            "positive",
            start + 1000,
          ),
        )
        const questions = yield* eventually(heard("listener@n"), (q) => q.length >= 2)
        const asked = questions.map((q) => Schema.decodeUnknownSync(Question.schema)(q.payload))
        expect(asked.map((q) => q.topic).sort()).toEqual(["classes", "pottery"])
        expect(asked.find((q) => q.topic === "pottery")?.text).toContain("pottery")
        const novel = yield* judged
        expect(novel.lastNovelty).toBeGreaterThan(familiar.lastNovelty)
        const proposals = yield* eventually(heard("goals@n"), (p) => p.length >= 2)
        const proposed = proposals.map((p) =>
          Schema.decodeUnknownSync(ProposeGoal.schema)(p.payload),
        )
        expect(proposed.map((p) => p.title)).toContain("learn more about pottery")
        expect(proposed.every((p) => p.origin === "self_generated")).toBe(true)
      }),
    { timeout: 180_000 },
  )
})
