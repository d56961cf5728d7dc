/**
 * The memory consolidator on a real node over real stores (PostgreSQL, Chroma with
 * all-MiniLM-L6-v2, LMDB): it sleeps when the user is idle, turns working memory into
 * knowledge-graph facts and a recallable summary, ends a fact that changed without
 * deleting it, and pauses — leaving nothing half-written — when the user comes back.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer, Logger, LogLevel, Schema } from "effect"
import { join } from "node:path"
import { Consolidation } from "../../../actors/consolidator/Consolidation.js"
import { consolidatorActor } from "../../../actors/consolidator/consolidator.machine.js"
import { conversationMessages, TurnCompleted } from "../../../actors/conversation/messages.js"
import { scheduleMessages, Tick } from "../../../actors/schedule/messages.js"
import { ConversationRepository } from "../../../platform/database/repositories/ConversationRepository.js"
import { UserRepository } from "../../../platform/database/repositories/UserRepository.js"
import * as KnowledgeGraphRepository from "../../../platform/database/repositories/KnowledgeGraphRepository.js"
import * as MemoryConsolidation from "../../../platform/memory/MemoryConsolidation.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import * as LmdbWorkingMemory from "../../../platform/workingMemory/LmdbWorkingMemory.js"
import { WorkingMemory } from "../../../platform/workingMemory/WorkingMemory.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { memoryStack, stackDirs } from "../../support/memoryStack.js"
import { eventually, tempDir } from "../../support/nodes.js"

const minute = 60 * 1000
const day = 24 * 60 * minute
const monday = Date.parse("2026-11-02T10:00:00Z")

const turnOf = (conversationId: string, userId: string, at: number) =>
  TurnCompleted.make({
    conversationId,
    userId,
    userMessageId: crypto.randomUUID(),
    replyMessageId: crypto.randomUUID(),
    userText: "…",
    replyText: "…",
    sentiment: "neutral",
    sentimentScore: 0.5,
    emotion: "neutral",
    emotionScore: 0.5,
    completedAt: at,
  })

const State = Schema.Struct({
  pending: Schema.Record({ key: Schema.String, value: Schema.String }),
  runs: Schema.Number,
  paused: Schema.Number,
  now: Schema.Number,
})

describe("memory consolidator", () => {
  it.scopedLive(
    "consolidates when idle, invalidates changed facts, and pauses when the user returns",
    () =>
      Effect.gen(function* () {
        const dirs = yield* stackDirs
        const dataDir = yield* tempDir()
        const stores = yield* Layer.build(
          Layer.mergeAll(
            KnowledgeGraphRepository.layer,
            LmdbWorkingMemory.layer({
              path: join(dataDir, "working-memory"),
              ttlMs: 30 * day,
              compactionIntervalMs: day,
              key: dirs.key,
            }),
          ).pipe(Layer.provideMerge(memoryStack(dirs))),
        )
        const workingMemory = Context.get(stores, WorkingMemory)
        const graph = Context.get(stores, KnowledgeGraphRepository.KnowledgeGraphRepository)
        const sql = Context.get(stores, SqlClient.SqlClient)
        const consolidation = yield* MemoryConsolidation.make.pipe(Effect.provide(stores))
        const user = yield* Context.get(stores, UserRepository).create({ displayName: "Mel" })
        const conversations = Context.get(stores, ConversationRepository)
        const newConversation = Effect.map(conversations.start(user.id), (c) => String(c.id))
        const system = yield* ActorSystem.make({
          nodeId: "n",
          dataDir,
          endpoint: `inproc://consolidator-${crypto.randomUUID()}`,
          messages: [...conversationMessages, ...scheduleMessages],
          grants: { "test@n": { publish: ["conversation.turn_completed", "schedule.tick"] } },
          root: supervisor("root", { strategy: "one-for-one" }, [
            actor(
              consolidatorActor({
                idleMs: 30 * minute,
                nightlyAt: "03:00",
                timeZone: "UTC",
                isBusy: () => false,
              }),
              { grants: { subscribe: ["conversation.turn_completed", "schedule.tick"] } },
            ),
          ]),
        }).pipe(
          Effect.provideService(Consolidation, consolidation),
          Logger.withMinimumLogLevel(LogLevel.None),
        )
        const consolidator = system.introspection.actor("consolidator@n").pipe(Effect.orDie)
        const stateOf = Effect.map(consolidator, (d) => ({
          state: d.state,
          ...Schema.decodeUnknownSync(State)(d.context),
        }))
        const tick = (now: number) => system.publish("test@n", "schedule.tick", Tick.make({ now }))
        const turn = (conversationId: string, at: number) =>
          system.publish(
            "test@n",
            "conversation.turn_completed",
            turnOf(conversationId, String(user.id), at),
          )
        const say = (conversationId: string, content: string) =>
          workingMemory.put(conversationId, { role: "user", content })

        // Monday: the user talks about home and dog, then goes quiet.
        const first = yield* newConversation
        yield* say(first, "I live in Hamburg and my dog is called Biscuit.")
        yield* workingMemory.put(first, { role: "assistant", content: "Biscuit is a lovely name!" })
        yield* turn(first, monday)
        yield* tick(monday + 10 * minute)
        const notYet = yield* eventually(stateOf, (s) => s.now === monday + 10 * minute)
        expect(notYet).toMatchObject({ state: "awake", runs: 0 })
        yield* tick(monday + 31 * minute)
        const slept = yield* eventually(
          stateOf,
          (s) => s.runs === 1 && s.state === "awake" && Object.keys(s.pending).length === 0,
        )
        expect(slept.paused).toBe(0)

        const self = (yield* graph.nodesAsOf({ validAt: new Date() })).find(
          (node) => node.label === "person" && node.name === "user",
        )
        expect(self?.userId).toBe(user.id)
        const edges = yield* graph.edgesOf(self!.entityId, { validAt: new Date() })
        const named = yield* graph.nodesAsOf({ validAt: new Date() })
        const nameOf = (id: string) => named.find((node) => node.entityId === id)?.name
        expect(edges.map((edge) => [edge.relation, nameOf(edge.targetEntity)]).sort()).toEqual([
          ["has_dog", "Biscuit"],
          ["lives_in", "Hamburg"],
        ])
        const recalled = yield* (yield* SemanticMemory.pipe(Effect.provide(stores))).recall({
          query: "What is the name of the dog?",
          limit: 3,
        })
        expect(recalled[0]?.memory.kind).toBe("summary")
        expect(recalled[0]?.memory.content).toContain("Biscuit")

        // Tuesday: the user moves. The user comes back mid-sleep: the unit rolls back.
        // Facts hold from when they were said: working memory's own clock.
        // A millisecond back: the move can be said within this same millisecond, and a fact
        // holds until the instant it changed, not at it.
        const beforeTheMove = new Date(Date.now() - 1)
        const second = yield* newConversation
        yield* say(second, "Big news: I moved to Berlin! My sister is called Anna.")
        yield* turn(second, monday + day)
        yield* tick(monday + day + 31 * minute)
        yield* turn(second, monday + day + 31 * minute)
        const paused = yield* eventually(stateOf, (s) => s.paused === 1 && s.state === "paused")
        expect(Object.keys(paused.pending)).toEqual([second])
        const marks = yield* sql<{ readonly n: number }>`
          select count(*)::int as n from consolidated_units where conversation_id = ${second}`
        expect(marks[0]?.n).toBe(0)
        const beforeResume = yield* graph.edgesOf(self!.entityId, { validAt: new Date() })
        expect(beforeResume.map((edge) => nameOf(edge.targetEntity))).not.toContain("Anna")

        yield* tick(monday + day + 62 * minute)
        yield* eventually(stateOf, (s) => s.runs === 3 && s.state === "awake")
        const now = yield* graph.edgesOf(self!.entityId, { validAt: new Date() })
        const current = yield* graph.nodesAsOf({ validAt: new Date() })
        const currentName = (id: string) => current.find((node) => node.entityId === id)?.name
        expect(now.map((edge) => [edge.relation, currentName(edge.targetEntity)]).sort()).toEqual([
          ["has_dog", "Biscuit"],
          ["has_sister", "Anna"],
          ["lives_in", "Berlin"],
        ])
        // Hamburg held until the move, and the belief that it held still stands in history.
        const lastWeek = yield* graph.edgesOf(self!.entityId, { validAt: beforeTheMove })
        const hamburg = lastWeek.find((edge) => edge.relation === "lives_in")
        expect(hamburg === undefined ? undefined : nameOf(hamburg.targetEntity)).toBe("Hamburg")
        expect(hamburg?.validUntil).not.toBeNull()
        const history = yield* graph.edgeHistory(hamburg!.relationId)
        expect(history.length).toBe(2)
        expect(history[0]?.validUntil).toBeNull()
      }).pipe(Logger.withMinimumLogLevel(LogLevel.None)),
    { timeout: 180_000 },
  )
})
