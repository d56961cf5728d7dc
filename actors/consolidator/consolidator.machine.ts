/**
 * The memory consolidator "sleeps on" the day: when the user has been idle for a while and
 * the machine is not busy, or at the nightly hour, it consolidates each conversation with
 * new turns (`Consolidation`: a summary into semantic memory, facts into the knowledge
 * graph) and then expires what working memory's TTL says. The user coming back pauses it:
 * the unit in progress is interrupted and its transaction rolled back, so nothing is
 * half-written, and it resumes at the next idle spell. Shows as `awake`, `sleeping` or
 * `paused`, with the conversations still pending and the last results in the context.
 */
import { Effect } from "effect"
import { assign, enqueueActions, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import { fromEffectIn } from "../../runtime/actor/fromEffect.js"
import type * as Outgoing from "../../runtime/actor/Outgoing.js"
import { localClock } from "../initiative/logic/constraints.js"
import { TurnCompleted } from "../conversation/messages.js"
import { Tick } from "../schedule/messages.js"
import { Consolidation, type UnitResult } from "./Consolidation.js"
import { type SleepPolicy, type SleepReason, sleepReason } from "./logic/sleep.js"

const accepts = [TurnCompleted, Tick] as const

export interface ConsolidatorOptions extends SleepPolicy {
  /** Whether the machine is too busy to consolidate now (e.g. load average per core). */
  readonly isBusy: () => boolean
}

interface Context {
  /** Conversations with turns not yet consolidated, and whose they are. */
  pending: Record<string, string>
  lastUserAt: number
  now: number
  lastNightly: string
  reason: SleepReason | ""
  runs: number
  paused: number
  last: UnitResult | undefined
  expired: number
}

type Events =
  | MessageEvents<typeof accepts>
  | { type: "xstate.done.actor.unit"; output: UnitResult }
  | { type: "xstate.error.actor.unit"; error: unknown }
  | { type: "xstate.done.actor.expire"; output: number }
  | { type: "xstate.error.actor.expire"; error: unknown }

export const consolidatorMachine = (options: ConsolidatorOptions) =>
  Effect.gen(function* () {
    const consolidation = yield* Consolidation
    const runtime = yield* Effect.runtime<never>()
    const reasonNow = (context: Context) =>
      sleepReason(options, {
        now: context.now,
        lastUserAt: context.lastUserAt,
        pending: Object.keys(context.pending).length,
        busy: options.isBusy(),
        lastNightly: context.lastNightly,
      })

    return setup({
      types: {
        context: {} as Context,
        events: {} as Events,
        emitted: {} as Outgoing.Outgoing,
      },
      actors: {
        unit: fromEffectIn(runtime, (input: { conversationId: string; userId: string }) =>
          consolidation.consolidate(input),
        ),
        expire: fromEffectIn(runtime, () => consolidation.expire()),
      },
      guards: {
        shouldSleep: ({ context, event }) =>
          event.type === "schedule.tick" &&
          reasonNow({ ...context, now: Math.max(context.now, event.payload.now) }) !== undefined,
        morePending: ({ context }) => Object.keys(context.pending).length > 0,
      },
      actions: {
        noteTurn: assign(({ context, event }) => {
          if (event.type !== "conversation.turn_completed") return {}
          const at = Math.max(context.now, event.payload.completedAt)
          return {
            pending: { ...context.pending, [event.payload.conversationId]: event.payload.userId },
            lastUserAt: at,
            now: at,
          }
        }),
        noteTick: assign(({ context, event }) =>
          event.type === "schedule.tick" ? { now: Math.max(context.now, event.payload.now) } : {},
        ),
        beginSleep: assign(({ context }) => {
          const reason = reasonNow(context) ?? "idle"
          return {
            reason,
            runs: context.runs + 1,
            lastNightly:
              reason === "nightly"
                ? localClock(context.now, options.timeZone).date
                : context.lastNightly,
          }
        }),
        unitDone: assign(({ context, event }) => {
          if (event.type !== "xstate.done.actor.unit") return {}
          const pending = { ...context.pending }
          delete pending[event.output.conversationId]
          return { pending, last: event.output }
        }),
      },
    }).createMachine({
      id: "consolidator",
      context: {
        pending: {},
        lastUserAt: 0,
        now: 0,
        lastNightly: "",
        reason: "",
        runs: 0,
        paused: 0,
        last: undefined,
        expired: 0,
      },
      initial: "awake",
      states: {
        awake: {
          on: {
            "conversation.turn_completed": { actions: "noteTurn" },
            "schedule.tick": [
              { guard: "shouldSleep", actions: ["noteTick", "beginSleep"], target: "sleeping" },
              { actions: "noteTick" },
            ],
          },
        },
        sleeping: {
          initial: "consolidating",
          on: {
            // The user is back: stop at once; the unit in progress rolls back.
            "conversation.turn_completed": {
              target: "paused",
              actions: ["noteTurn", assign({ paused: ({ context }) => context.paused + 1 })],
            },
            "schedule.tick": { actions: "noteTick" },
          },
          states: {
            consolidating: {
              invoke: {
                id: "unit",
                src: "unit",
                input: ({ context }) => {
                  const [conversationId = "", userId = ""] =
                    Object.entries(context.pending)[0] ?? []
                  return { conversationId, userId }
                },
                onDone: [
                  {
                    guard: ({ context, event }) =>
                      Object.keys(context.pending).some((id) => id !== event.output.conversationId),
                    actions: "unitDone",
                    target: "consolidating",
                    reenter: true,
                  },
                  { actions: "unitDone", target: "expiring" },
                ],
                onError: {
                  target: "#consolidator.awake",
                  actions: enqueueActions(({ enqueue, event }) => {
                    enqueue.emit({
                      type: "@aico.log",
                      level: "error",
                      text: `consolidation failed: ${event.error instanceof Error ? event.error.message : String(event.error)}`,
                    })
                  }),
                },
              },
            },
            expiring: {
              invoke: {
                id: "expire",
                src: "expire",
                onDone: {
                  target: "#consolidator.awake",
                  actions: assign({
                    expired: ({ context, event }) => context.expired + event.output,
                  }),
                },
                onError: { target: "#consolidator.awake" },
              },
            },
          },
        },
        paused: {
          on: {
            "conversation.turn_completed": { actions: "noteTurn" },
            "schedule.tick": [
              { guard: "shouldSleep", actions: ["noteTick", "beginSleep"], target: "sleeping" },
              { actions: "noteTick" },
            ],
          },
        },
      },
    })
  })

export const consolidatorActor = (options: ConsolidatorOptions, name = "consolidator") =>
  defineActor<Consolidation>({
    name,
    accepts,
    emits: [],
    subscribes: ["conversation.turn_completed", "schedule.tick"],
    machine: consolidatorMachine(options),
  })
