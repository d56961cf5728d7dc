/**
 * The companion's mind, end to end: the whole companion tree on one node over real stores
 * (embedded PostgreSQL, LMDB, Chroma with all-MiniLM-L6-v2, the afinn classifier, the
 * stories260K model), talked to the way the gateway talks to it and driven over two days
 * by a simulated clock. A sad conversation brings one check-in the next morning, a stated
 * goal is tracked to done, consolidation turns the day into facts and a recallable
 * summary — and each of the five mind actors is killed mid-work on the way (restarted
 * from its snapshot in PostgreSQL) without anything lost or done twice. The introspection
 * endpoint shows the five with their states as it happens.
 *
 * Turns are stamped with the real clock; the mind's actors take the later of their clock
 * and an event's time, so the simulated clock starts at the real now and only moves on.
 * That a consolidation pauses when the user comes back mid-sleep is shown deterministically
 * in test/actors/consolidator/consolidatorActor.test.ts, where a turn can arrive at an exact
 * moment; here a turn takes a model's reply to arrive.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { Context, Deferred, Effect, Fiber, Schema } from "effect"
import { Send } from "../../../actors/conversation/messages.js"
import { AffectHistory } from "../../../actors/emotion/AffectHistory.js"
import { AffectState, GetAffect } from "../../../actors/emotion/messages.js"
import { GoalStore } from "../../../actors/goals/GoalStore.js"
import { GoalListing, ListGoals } from "../../../actors/goals/messages.js"
import { InitiativeStore } from "../../../actors/initiative/InitiativeStore.js"
import { Tick, tickTopic } from "../../../actors/schedule/messages.js"
import { KnowledgeGraphRepository } from "../../../platform/database/repositories/KnowledgeGraphRepository.js"
import {
  companionDirs,
  companionServices,
  mindActors,
  observeCompanion,
  scenarioConfig,
  startCompanion,
  testSender,
} from "../../support/companionNode.js"
import { eventually, tempDir } from "../../support/nodes.js"
import { engineView } from "../conversation/conversationNode.js"

const minute = 60 * 1000
const hour = 60 * minute
const day = 24 * hour

const isAsleep = (state: unknown) =>
  typeof state === "object" && state !== null && "sleeping" in state

describe("the companion's mind", () => {
  it.scopedLive(
    "checks in after a sad day, tracks a goal, consolidates, and survives each mind actor's restart",
    () =>
      Effect.gen(function* () {
        const dataDir = yield* tempDir("aico-mind-")
        const services = yield* companionServices(yield* companionDirs, dataDir)
        const { system, introspectionUrl } = yield* startCompanion({
          config: scenarioConfig(dataDir),
          services,
          seed: 7,
        })
        const sql = Context.get(services, SqlClient.SqlClient)
        const graph = Context.get(services, KnowledgeGraphRepository)
        const look = observeCompanion(system, introspectionUrl)

        // The clock: a tick every mind actor has taken in (and no consolidation running).
        const tick = (now: number) => system.publish(testSender, tickTopic, Tick.make({ now }))
        const advance = (now: number) =>
          tick(now).pipe(
            Effect.zipRight(
              eventually(
                look.minds,
                (minds) =>
                  minds.every((m) => m.now >= now) &&
                  minds.every((m) => m.name !== "consolidator" || !isAsleep(m.state)),
                60_000,
              ),
            ),
          )

        // The user, as the gateway sends for them: a message, then the finished turn.
        let requests = 0
        const said: Array<string> = []
        const say = (text: string, conversationId = "") =>
          Effect.gen(function* () {
            const requestId = `scenario-${++requests}`
            yield* system.tell(
              testSender,
              "conversation@n",
              Send.make({ requestId, userId: "", conversationId, text }),
            )
            const reply = yield* eventually(
              look.replies(requestId),
              (r) => r.done.length + r.failed.length > 0,
              120_000,
            )
            expect(reply.failed).toEqual([])
            const userMessageId = reply.accepted[0]!.messageId
            const turns = yield* eventually(look.turns, (all) =>
              all.some((turn) => turn.userMessageId === userMessageId),
            )
            said.push(text)
            return turns.find((turn) => turn.userMessageId === userMessageId)!
          })

        const affect = Effect.map(
          system.ask(testSender, "emotion@n", GetAffect.make({ now: 0 })),
          (answer) => Schema.decodeUnknownSync(AffectState.schema)(answer.payload),
        )
        /** The user's facts in the knowledge graph, as [relation, name], valid at `at`. */
        const factsAt = (at: Date) =>
          Effect.gen(function* () {
            const nodes = yield* graph.nodesAsOf({ validAt: at })
            const self = nodes.find((node) => node.label === "person" && node.name === "user")
            if (self === undefined) return { self: undefined, facts: [], edges: [] }
            const edges = yield* graph.edgesOf(self.entityId, { validAt: at })
            const nameOf = (id: string) => nodes.find((node) => node.entityId === id)?.name ?? id
            return {
              self,
              edges,
              facts: edges.map((edge) => [edge.relation, nameOf(edge.targetEntity)]).sort(),
            }
          })

        // The simulated clock starts at the real now, then moves to 09:00 UTC the next day.
        const realNow = Date.now()
        yield* advance(realNow)
        const tomorrow = new Date(realNow + day)
        const day1 = Date.UTC(
          tomorrow.getUTCFullYear(),
          tomorrow.getUTCMonth(),
          tomorrow.getUTCDate(),
        )
        const at = (days: number, hours: number, minutes = 0) =>
          day1 + days * day + hours * hour + minutes * minute
        yield* advance(at(0, 9))

        // 09:00 — the user tells about home; curiosity wonders, and is killed having asked.
        const home = yield* say("I live in Hamburg and my dog is called Biscuit.")
        const asked = yield* eventually(look.questions, (q) => q.length > 0, 30_000)
        yield* system.restart("curiosity@n")
        expect(yield* look.asked).toEqual(expect.arrayContaining(asked.map((q) => q.topic)))

        // A goal is stated; the goal system is killed before the user finishes it.
        const stating = yield* say("I want to finish the quarterly report by Friday.")
        const stated = yield* eventually(look.goalChanges, (changes) =>
          changes.some((c) => c.change === "proposed" && c.goal.origin === "user_stated"),
        )
        const goal = stated.find((c) => c.goal.origin === "user_stated")!.goal
        expect(goal.title).toBe("finish the quarterly report")
        yield* system.restart("goals@n")
        yield* say("I finished the quarterly report!", stating.conversationId)
        yield* eventually(look.goalChanges, (changes) =>
          changes.some((c) => c.change === "completed" && c.goal.goalId === goal.goalId),
        )

        // 09:31 — idle for half an hour: the consolidator sleeps. Held in its first unit by a
        // lock on its table, it is killed mid-unit, resumes asleep, and finishes once freed.
        const release = yield* Deferred.make<void>()
        const locked = yield* Deferred.make<void>()
        const holder = yield* Effect.fork(
          sql`lock table consolidated_units in exclusive mode`.pipe(
            Effect.zipRight(Deferred.succeed(locked, undefined)),
            Effect.zipRight(Deferred.await(release)),
            sql.withTransaction,
          ),
        )
        yield* Deferred.await(locked)
        yield* tick(at(0, 9, 31))
        const asleep = yield* eventually(look.consolidator, (c) => isAsleep(c.state))
        expect(Object.keys(asleep.pending).sort()).toEqual(
          [home.conversationId, stating.conversationId].sort(),
        )
        // The introspection endpoint shows the mind as it is: the consolidator asleep.
        const listed = yield* look.listed
        for (const name of mindActors) {
          const entry = listed.find((a) => a.address === `${name}@n`)
          expect(entry?.status).toBe("running")
          expect(entry?.state).not.toBeNull()
        }
        expect(listed.find((a) => a.address === "consolidator@n")?.state).toEqual({
          sleeping: "consolidating",
        })
        yield* system.restart("consolidator@n")
        const resumed = yield* look.consolidator
        expect(resumed).toMatchObject({ state: { sleeping: "consolidating" }, restarts: 1 })
        yield* Deferred.succeed(release, undefined)
        yield* Fiber.join(holder)
        const slept = yield* eventually(
          look.consolidator,
          (c) => c.state === "awake" && Object.keys(c.pending).length === 0,
          60_000,
        )
        expect(slept.runs).toBe(1)
        expect((yield* factsAt(new Date())).facts).toEqual([
          ["has_dog", "Biscuit"],
          ["lives_in", "Hamburg"],
        ])

        // The same tick let the initiative manager ask its first question; the user declines.
        const first = yield* eventually(look.notices, (n) => n.length > 0)
        expect(first.map((n) => n.kind)).toEqual(["curiosity"])
        yield* say("Please stop asking me about that, thanks.")
        yield* eventually(look.outcomes, (o) =>
          o.some((x) => x.kind === "curiosity" && x.outcome === "told_to_stop"),
        )

        // 10:00, 29 minutes after the user's last word: too soon to sleep again. Then a sad
        // conversation; emotion is killed once it has felt and recorded it.
        yield* advance(at(0, 10))
        expect((yield* look.consolidator).runs).toBe(1)
        const sadAt = at(0, 10)
        const sad = yield* say("I feel terrible and sad, my dog died and I am crying")
        expect(sad.sentiment).toBe("negative")
        const history = Context.get(services, AffectHistory)
        yield* eventually(history.between(sadAt, sadAt + 1000), (rows) =>
          rows.some((row) => row.cause === "user_turn" && row.valence < 0),
        )
        const feeling = yield* affect
        expect(feeling.valence).toBeLessThan(0)
        yield* system.restart("emotion@n")
        expect(yield* affect).toEqual(feeling)

        // Later the same morning the user has moved; at 10:31 that is consolidated too.
        const beforeTheMove = new Date()
        yield* say("Big news: I moved to Berlin!")
        yield* advance(at(0, 10, 31))
        expect((yield* look.consolidator).runs).toBe(2)
        const now = yield* factsAt(new Date())
        expect(now.facts).toEqual([
          ["has_dog", "Biscuit"],
          ["lives_in", "Berlin"],
        ])
        // Hamburg held until the move and stays in history; the move is not asserted twice.
        const then = yield* factsAt(beforeTheMove)
        expect(then.facts).toEqual([
          ["has_dog", "Biscuit"],
          ["lives_in", "Hamburg"],
        ])
        const hamburg = then.edges.find((edge) => edge.relation === "lives_in")!
        expect(hamburg.validUntil).not.toBeNull()
        const hamburgHistory = yield* graph.edgeHistory(hamburg.relationId)
        expect(hamburgHistory.map((edge) => edge.validUntil === null)).toEqual([true, false])
        for (const edge of now.edges) {
          expect(yield* graph.edgeHistory(edge.relationId)).toHaveLength(1)
        }

        // A later conversation recalls what consolidation wrote: the summary of the first.
        const summaries = yield* sql<{ readonly id: string; readonly conversationId: string }>`
          select id::text as id, conversation_id::text as conversation_id
          from memories where kind = 'summary'`
        const homeSummary = summaries.find((s) => s.conversationId === home.conversationId)
        expect(homeSummary).toBeDefined()
        const recall = yield* say("What do you remember about my dog Biscuit and Hamburg?")
        const view = yield* engineView(system)
        const recalled = view.conversations[recall.conversationId]?.context?.memories ?? []
        expect(recalled.map((m) => m.id)).toContain(homeSummary!.id)

        // Through the afternoon and the night, hour by hour: no check-in before 12 hours
        // have passed, and none in quiet hours — it is held, and the initiative manager is
        // killed while holding it.
        for (let h = 11; h < 32; h++) {
          yield* advance(at(0, h))
          expect((yield* look.notices).filter((n) => n.kind === "check_in")).toEqual([])
          if (h >= 22) {
            const held = yield* look.initiative
            expect(held.state).toBe("holding")
            expect(held.holding).toContain("check_in: quiet_hours")
          }
          if (h === 23) {
            const listedAtNight = yield* look.listed
            expect(
              mindActors.map((name) => [
                name,
                typeof listedAtNight.find((a) => a.address === `${name}@n`)?.state,
              ]),
            ).toEqual(mindActors.map((name) => [name, "string"]))
            yield* system.restart("initiative@n")
            const restored = yield* look.initiative
            expect(restored.state).toBe("holding")
            expect(restored.triggers.filter((t) => t.kind === "check_in")).toEqual([
              { id: `check_in:${sad.conversationId}`, kind: "check_in" },
            ])
          }
        }

        // 08:00 the next day: the check-in, once.
        yield* advance(at(1, 8))
        const checkIns = (yield* eventually(look.notices, (n) =>
          n.some((x) => x.kind === "check_in"),
        )).filter((n) => n.kind === "check_in")
        expect(checkIns).toHaveLength(1)
        const checkIn = checkIns[0]!
        expect(checkIn.at - sadAt).toBeGreaterThanOrEqual(12 * hour)
        const localHour = new Date(checkIn.at).getUTCHours()
        expect(localHour >= 8 && localHour < 22).toBe(true)
        expect(new Date(checkIn.at).toISOString().slice(0, 10)).toBe(
          new Date(sadAt + day).toISOString().slice(0, 10),
        )
        yield* say("Thanks for asking, I am feeling a bit better today.")
        yield* eventually(look.outcomes, (o) =>
          o.some((x) => x.kind === "check_in" && x.outcome === "replied"),
        )

        // Another day goes by: nothing is said twice.
        for (let h = 10; h <= 34; h += 2) yield* advance(at(1, h))
        const notices = yield* look.notices
        expect(notices.filter((n) => n.kind === "check_in")).toHaveLength(1)
        expect(new Set(notices.map((n) => n.noticeId)).size).toBe(notices.length)
        const questions = yield* look.questions
        expect(new Set(questions.map((q) => q.questionId)).size).toBe(questions.length)

        // The goal: done, once, with a history of two distinct events.
        const listing = Schema.decodeUnknownSync(GoalListing.schema)(
          (yield* system.ask(
            testSender,
            "goals@n",
            ListGoals.make({ userId: "", includeClosed: true }),
          )).payload,
        )
        expect(
          listing.goals
            .filter((g) => g.title === "finish the quarterly report")
            .map((g) => [g.goalId, g.status, g.progress]),
        ).toEqual([[goal.goalId, "done", 1]])
        const completions = (yield* look.goalChanges).filter(
          (c) => c.goal.goalId === goal.goalId && c.change === "completed",
        )
        expect(completions).toHaveLength(1)
        const goalHistory = yield* Context.get(services, GoalStore).history(goal.goalId)
        expect(goalHistory.map((e) => [e.change, e.status])).toEqual([
          ["proposed", "active"],
          ["completed", "done"],
        ])
        expect(new Set(goalHistory.map((e) => e.id)).size).toBe(2)

        // Every turn felt once; one summary per conversation consolidated; the initiatives
        // recorded once each; nothing dead-lettered.
        const felt = yield* history.between(0, at(3, 0))
        expect(felt.filter((row) => row.cause === "user_turn")).toHaveLength(said.length)
        const units = yield* sql<{ readonly conversationId: string; readonly summaries: number }>`
          select u.conversation_id, count(m.id)::int as summaries
          from consolidated_units u left join memories m on m.id = u.summary_id
          group by u.conversation_id`
        const conversations = new Set((yield* look.turns).map((t) => t.conversationId))
        expect(units.map((u) => u.conversationId).sort()).toEqual([...conversations].sort())
        expect(units.every((u) => u.summaries === 1)).toBe(true)
        const finalSummaries = yield* sql<{ readonly n: number }>`
          select count(*)::int as n from memories where kind = 'summary'`
        expect(finalSummaries[0]?.n).toBe(conversations.size)
        const initiatives = yield* Context.get(services, InitiativeStore).list()
        expect(initiatives.map((i) => [i.kind, i.outcome])).toEqual([
          ["curiosity", "told_to_stop"],
          ["check_in", "replied"],
        ])
        expect(yield* system.deadLetters).toEqual([])
        // Each of the five was killed once and is running again.
        const end = yield* look.listed
        expect(
          mindActors.map((name) => {
            const entry = end.find((a) => a.address === `${name}@n`)
            return [name, entry?.status, entry?.restarts]
          }),
        ).toEqual(mindActors.map((name) => [name, "running", 1]))
        // Only the sad conversation read as sad, so one check-in is all there should be.
        const negative = (yield* look.turns).filter((t) => t.sentiment === "negative")
        expect(negative.map((t) => t.conversationId)).toEqual([sad.conversationId])
      }),
    { timeout: 300_000 },
  )
})
