/**
 * The initiative manager decides when the companion speaks first. Triggers come from
 * completed turns (a sad conversation → a check-in the next day), goals coming due,
 * the curiosity engine's questions and long silences; on each clock tick the due ones
 * compete, Thompson sampling picks a kind, and the constraints (quiet hours, a daily
 * limit, a minimum gap, muted kinds, a connected client) say whether it may speak now. A
 * notice goes out on `companion.notice`; the user's next turn (or none within the reply
 * window) is the reward, published on `initiative.outcome` and recorded.
 *
 * Shows as `idle`, `holding` (something to say, not allowed yet: the reason is in the
 * context) or `awaiting_reply` on introspection.
 */
import { Effect } from "effect"
import { enqueueActions, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import { fromEffectLogged } from "../../runtime/actor/fromEffect.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import type { Outcome } from "../../schemas/messages/initiative.js"
import { Notice, noticeTopic, TurnCompleted } from "../conversation/messages.js"
import { Question } from "../curiosity/messages.js"
import { derivedUuid } from "../goals/goalIds.js"
import { GoalChanged } from "../goals/messages.js"
import { Tick } from "../schedule/messages.js"
import { type InitiativeRecord, InitiativeStore } from "./InitiativeStore.js"
import { check, type Preferences, type Verdict } from "./logic/constraints.js"
import { rng } from "./logic/random.js"
import { type Arm, choose, prior, update } from "./logic/thompson.js"
import * as Triggers from "./logic/triggers.js"
import { InitiativeOutcome, outcomeTopic, Presence } from "./messages.js"

const accepts = [TurnCompleted, GoalChanged, Question, Presence, Tick] as const

type Kind = Triggers.InitiativeKind

interface Awaiting {
  readonly initiativeId: string
  readonly kind: Kind
  readonly sentAt: number
}

interface Context {
  triggers: Array<Triggers.Trigger>
  arms: Record<Kind, Arm>
  rngState: number
  sentAt: Array<number>
  awaiting: Awaiting | undefined
  mutedKinds: Array<string>
  lastUserAt: number
  userId: string
  clients: number
  now: number
  /** Why the companion is holding back, for introspection. */
  holding: string
}

export interface InitiativeOptions {
  readonly preferences: Omit<Preferences, "mutedKinds">
  readonly seed: number
}

const initialArms = (): Record<Kind, Arm> => ({
  check_in: prior,
  goal_due: prior,
  curiosity: prior,
  long_silence: prior,
})

export const initiativeMachine = (options: InitiativeOptions) =>
  Effect.gen(function* () {
    const store = yield* InitiativeStore
    const runtime = yield* Effect.runtime<never>()

    return setup({
      types: {
        context: {} as Context,
        events: {} as MessageEvents<typeof accepts>,
        emitted: {} as Outgoing.Outgoing,
      },
      actors: {
        recordSent: fromEffectLogged(runtime, (input: InitiativeRecord) => store.recordSent(input)),
        recordOutcome: fromEffectLogged(
          runtime,
          (input: { id: string; outcome: Outcome; at: number }) =>
            store.recordOutcome(input.id, input.outcome, input.at),
        ),
      },
      guards: {
        awaiting: ({ context }) => context.awaiting !== undefined,
        holding: ({ context }) => context.triggers.length > 0,
      },
    }).createMachine({
      id: "initiative",
      context: {
        triggers: [],
        arms: initialArms(),
        rngState: options.seed,
        sentAt: [],
        awaiting: undefined,
        mutedKinds: [],
        lastUserAt: 0,
        userId: "",
        clients: 0,
        now: 0,
        holding: "",
      },
      initial: "idle",
      on: {
        "conversation.turn_completed": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            const turn = event.payload
            const at = Math.max(context.now, turn.completedAt)
            let { arms, awaiting, mutedKinds } = context
            if (awaiting !== undefined && at - awaiting.sentAt <= Triggers.replyWindowMs) {
              const outcome: Outcome = Triggers.toldToStop(turn.userText)
                ? "told_to_stop"
                : "replied"
              arms = { ...arms, [awaiting.kind]: update(arms[awaiting.kind], outcome) }
              if (outcome === "told_to_stop") mutedKinds = [...mutedKinds, awaiting.kind]
              enqueue.emit(
                Outgoing.publish(
                  outcomeTopic,
                  InitiativeOutcome.make({
                    initiativeId: awaiting.initiativeId,
                    kind: awaiting.kind,
                    outcome,
                    at,
                  }),
                ),
              )
              enqueue.spawnChild("recordOutcome", {
                input: { id: awaiting.initiativeId, outcome, at },
              })
              awaiting = undefined
            }
            // Talking again ends a silence; a sad conversation asks for a check-in.
            let triggers = context.triggers.filter((t) => t.kind !== "long_silence")
            if (Triggers.isSad(turn)) {
              const trigger = Triggers.checkIn(turn.conversationId, turn.userId, at)
              triggers = [...triggers.filter((t) => t.id !== trigger.id), trigger]
            }
            enqueue.assign({
              arms,
              awaiting,
              mutedKinds,
              triggers,
              lastUserAt: at,
              userId: turn.userId,
              now: at,
            })
          }),
        },
        "goal.changed": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            const { goal } = event.payload
            const rest = context.triggers.filter((t) => t.ref !== goal.goalId)
            const open = goal.status === "active" || goal.status === "proposed"
            enqueue.assign({
              triggers:
                open && goal.dueAt > 0
                  ? [...rest, Triggers.goalDue(goal, Math.max(context.now, event.payload.at))]
                  : rest,
            })
          }),
        },
        "curiosity.question": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            const trigger = Triggers.curiosity(
              event.payload,
              Math.max(context.now, event.payload.at),
            )
            enqueue.assign({
              triggers: [...context.triggers.filter((t) => t.id !== trigger.id), trigger],
            })
          }),
        },
        "gateway.presence": {
          actions: enqueueActions(({ event, enqueue }) => {
            enqueue.assign({ clients: event.payload.clients })
          }),
        },
        "schedule.tick": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            const now = Math.max(context.now, event.payload.now)
            let { arms, awaiting, sentAt } = context
            // No answer within the window: the initiative was ignored.
            if (awaiting !== undefined && now - awaiting.sentAt > Triggers.replyWindowMs) {
              arms = { ...arms, [awaiting.kind]: update(arms[awaiting.kind], "ignored") }
              enqueue.emit(
                Outgoing.publish(
                  outcomeTopic,
                  InitiativeOutcome.make({
                    initiativeId: awaiting.initiativeId,
                    kind: awaiting.kind,
                    outcome: "ignored",
                    at: now,
                  }),
                ),
              )
              enqueue.spawnChild("recordOutcome", {
                input: { id: awaiting.initiativeId, outcome: "ignored", at: now },
              })
              awaiting = undefined
            }
            let triggers = context.triggers.filter((t) => now < t.expiresAt)
            if (
              context.lastUserAt > 0 &&
              now - context.lastUserAt >= Triggers.silenceAfter &&
              !triggers.some((t) => t.kind === "long_silence") &&
              !sentAt.some((at) => at > context.lastUserAt)
            ) {
              triggers = [...triggers, Triggers.longSilence(context.lastUserAt, context.userId)]
            }
            let holding = ""
            let rngState = context.rngState
            const ready = Triggers.due(triggers, now).filter(
              (t) => !context.mutedKinds.includes(t.kind),
            )
            if (awaiting === undefined && ready.length > 0) {
              const random = rng(rngState)
              const kinds = [...new Set(ready.map((t) => t.kind))]
              const kind = choose(arms, kinds, random) ?? kinds[0]!
              rngState = random.state()
              const verdict: Verdict = check(
                now,
                kind,
                { ...options.preferences, mutedKinds: context.mutedKinds },
                { sentAt },
                context.clients > 0,
              )
              const trigger = ready.find((t) => t.kind === kind)!
              if (verdict._tag === "allowed") {
                const initiativeId = derivedUuid("initiative", trigger.id, now)
                enqueue.emit(
                  Outgoing.publish(
                    noticeTopic,
                    Notice.make({
                      noticeId: initiativeId,
                      userId: trigger.userId,
                      kind,
                      text: trigger.text,
                      at: now,
                    }),
                  ),
                )
                enqueue.spawnChild("recordSent", {
                  input: {
                    id: initiativeId,
                    userId: trigger.userId,
                    kind,
                    text: trigger.text,
                    trigger: trigger.id,
                    sentAt: now,
                    outcome: undefined,
                    outcomeAt: undefined,
                  },
                })
                triggers = triggers.filter((t) => t.id !== trigger.id)
                sentAt = [...sentAt, now].slice(-50)
                awaiting = { initiativeId, kind, sentAt: now }
              } else {
                holding = `${kind}: ${verdict.reason} (${verdict.detail})`
              }
            }
            enqueue.assign({ arms, awaiting, sentAt, triggers, holding, rngState, now })
          }),
        },
      },
      states: {
        idle: {},
        holding: {},
        awaiting_reply: {},
        settling: {
          always: [
            { guard: "awaiting", target: "awaiting_reply" },
            { guard: "holding", target: "holding" },
            { target: "idle" },
          ],
        },
      },
    })
  })

export const initiativeActor = (options: InitiativeOptions, name = "initiative") =>
  defineActor<InitiativeStore>({
    name,
    accepts,
    emits: [Notice, InitiativeOutcome],
    subscribes: [
      "conversation.turn_completed",
      "goal.changed",
      "curiosity.question",
      "gateway.presence",
      "schedule.tick",
    ],
    machine: initiativeMachine(options),
  })
