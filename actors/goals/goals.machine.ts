/**
 * The goal system: reads goals and progress out of every completed turn
 * (`logic/extract.ts`), takes proposals from other actors (curiosity), keeps priorities
 * current by the scheduler's clock, saves every change with its history (`GoalStore`),
 * and publishes it on `goal.changed`. Shows as `idle` or `tracking` on introspection, with
 * the open goals and their priorities in the context.
 */
import { Effect } from "effect"
import { emit, enqueueActions, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import { fromEffectLogged } from "../../runtime/actor/fromEffect.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import type * as Schemas from "../../schemas/messages/goal.js"
import { TurnCompleted } from "../conversation/messages.js"
import { Tick } from "../schedule/messages.js"
import { derivedUuid } from "./goalIds.js"
import { type GoalEventRecord, GoalStore, type StoredGoal } from "./GoalStore.js"
import { bestMatch, statements } from "./logic/extract.js"
import { applyEvent, type GoalEvent } from "./logic/progress.js"
import { priorityOf } from "./logic/priority.js"
import { GoalChanged, goalChangedTopic, GoalListing, ListGoals, ProposeGoal } from "./messages.js"

const accepts = [TurnCompleted, ProposeGoal, ListGoals, Tick] as const

interface Context {
  goals: Record<string, StoredGoal>
  now: number
}

interface Change {
  readonly goal: StoredGoal
  readonly change: Schemas.GoalChange
  readonly event: GoalEventRecord
}

export const view = (goal: StoredGoal, now: number): Schemas.GoalView => ({
  goalId: goal.id,
  userId: goal.userId,
  title: goal.title,
  origin: goal.origin,
  status: goal.status,
  importance: goal.importance,
  emotionalSalience: goal.emotionalSalience,
  progress: goal.progress,
  priority: priorityOf(goal, now),
  dueAt: goal.dueAt ?? 0,
  createdAt: goal.createdAt,
  updatedAt: goal.updatedAt,
})

const open = (context: Context) =>
  Object.values(context.goals).filter((g) => g.status === "active" || g.status === "proposed")

const changeOf = (event: GoalEvent, status: StoredGoal["status"]): Schemas.GoalChange =>
  event.type === "completed" || status === "done"
    ? "completed"
    : event.type === "abandoned"
      ? "dropped"
      : event.type === "accepted"
        ? "activated"
        : event.type === "mentioned"
          ? "mentioned"
          : "progressed"

/** The changes one completed turn makes: new goals stated, progress on open ones. */
export const changesFromTurn = (
  context: Context,
  turn: typeof TurnCompleted.schema.Type,
): ReadonlyArray<Change> => {
  const at = turn.completedAt
  const salience = turn.sentiment === "neutral" ? 0.3 : Math.min(1, 0.3 + 0.7 * turn.sentimentScore)
  const changes: Array<Change> = []
  statements(turn.userText, at).forEach((statement, index) => {
    const eventId = derivedUuid(turn.userMessageId, index)
    if (statement.type === "stated") {
      const id = derivedUuid("goal", turn.userMessageId, index)
      if (context.goals[id] !== undefined) return
      const goal: StoredGoal = {
        id,
        userId: turn.userId,
        title: statement.title,
        origin: "user_stated",
        // Said in so many words: the user has taken it on.
        status: "active",
        importance: 0.7,
        emotionalSalience: salience,
        progress: 0,
        dueAt: statement.dueAt,
        createdAt: at,
        updatedAt: at,
      }
      changes.push({
        goal,
        change: "proposed",
        event: { id: eventId, goalId: id, change: "proposed", at, progress: 0, status: "active" },
      })
      return
    }
    const target = bestMatch(open(context), statement.about)
    if (target === undefined) return
    const event: GoalEvent =
      statement.type === "completed"
        ? { type: "completed", at }
        : statement.type === "abandoned"
          ? { type: "abandoned", at }
          : { type: "progressed", amount: statement.amount, at }
    const applied = applyEvent(target, event)
    if (applied._tag === "refused") return
    const goal: StoredGoal = { ...applied.goal, userId: target.userId }
    const change = changeOf(event, goal.status)
    changes.push({
      goal,
      change,
      event: {
        id: eventId,
        goalId: goal.id,
        change,
        at,
        progress: goal.progress,
        status: goal.status,
      },
    })
  })
  return changes
}

export const goalsMachine = Effect.gen(function* () {
  const store = yield* GoalStore
  const runtime = yield* Effect.runtime<never>()
  return setup({
    types: {
      context: {} as Context,
      events: {} as MessageEvents<typeof accepts>,
      emitted: {} as Outgoing.Outgoing,
    },
    actors: {
      save: fromEffectLogged(runtime, (input: { goal: StoredGoal; event: GoalEventRecord }) =>
        store.save(input.goal, input.event),
      ),
    },
    guards: {
      tracking: ({ context }) => open(context).length > 0,
    },
  }).createMachine({
    id: "goals",
    context: { goals: {}, now: 0 },
    initial: "idle",
    on: {
      "conversation.turn_completed": {
        target: ".settling",
        actions: enqueueActions(({ context, event, enqueue }) => {
          const now = Math.max(context.now, event.payload.completedAt)
          const changes = changesFromTurn(context, event.payload)
          const goals = { ...context.goals }
          for (const { change, event: record, goal } of changes) {
            goals[goal.id] = goal
            enqueue.spawnChild("save", { input: { goal, event: record } })
            enqueue.emit(
              Outgoing.publish(
                goalChangedTopic,
                GoalChanged.make({ goal: view(goal, now), change, at: record.at }),
              ),
            )
          }
          enqueue.assign({ goals, now })
        }),
      },
      "goal.propose": {
        target: ".settling",
        actions: enqueueActions(({ context, event, enqueue }) => {
          const p = event.payload
          const id = derivedUuid("proposal", p.userId, p.title.toLowerCase())
          if (context.goals[id] !== undefined) return
          const at = Math.max(context.now, p.at)
          const goal: StoredGoal = {
            id,
            userId: p.userId,
            title: p.title,
            origin: p.origin,
            status: "proposed",
            importance: p.importance,
            emotionalSalience: 0.3,
            progress: 0,
            dueAt: p.dueAt === 0 ? undefined : p.dueAt,
            createdAt: at,
            updatedAt: at,
          }
          const record: GoalEventRecord = {
            id: derivedUuid(id, "proposed"),
            goalId: id,
            change: "proposed",
            at,
            progress: 0,
            status: "proposed",
          }
          enqueue.assign({ goals: { ...context.goals, [id]: goal }, now: at })
          enqueue.spawnChild("save", { input: { goal, event: record } })
          enqueue.emit(
            Outgoing.publish(
              goalChangedTopic,
              GoalChanged.make({ goal: view(goal, at), change: "proposed", at }),
            ),
          )
        }),
      },
      "schedule.tick": {
        actions: enqueueActions(({ context, event, enqueue }) => {
          enqueue.assign({ now: Math.max(context.now, event.payload.now) })
        }),
      },
      "goal.list": {
        actions: emit(({ context, event }) =>
          Outgoing.reply(
            GoalListing.make({
              goals: Object.values(context.goals)
                .filter(
                  (goal) =>
                    (event.payload.userId === "" || goal.userId === event.payload.userId) &&
                    (event.payload.includeClosed ||
                      goal.status === "active" ||
                      goal.status === "proposed"),
                )
                .map((goal) => view(goal, context.now))
                .sort((a, b) => b.priority - a.priority || a.createdAt - b.createdAt),
            }),
          ),
        ),
      },
    },
    states: {
      idle: {},
      tracking: {},
      settling: { always: [{ guard: "tracking", target: "tracking" }, { target: "idle" }] },
    },
  })
})

export const goalsActor = (name = "goals") =>
  defineActor<GoalStore>({
    name,
    accepts,
    emits: [GoalChanged, GoalListing],
    subscribes: ["conversation.turn_completed", "schedule.tick"],
    machine: goalsMachine,
  })
