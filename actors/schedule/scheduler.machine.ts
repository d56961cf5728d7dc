/**
 * The scheduler's clock: publishes `schedule.tick` with the wall-clock time every
 * `tickMs`. Every actor whose behaviour depends on time reads "now" from these ticks, so
 * a test replaces this one actor with a simulated clock and runs days in seconds.
 */
import { assign, emit, setup } from "xstate"
import { defineActor } from "../../runtime/actor/ActorDefinition.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import { Tick, tickTopic } from "./messages.js"

export const schedulerMachine = (tickMs: number, clock: () => number = Date.now) =>
  setup({
    types: { context: {} as { ticks: number }, emitted: {} as Outgoing.Outgoing },
    actions: {
      tick: emit(() => Outgoing.publish(tickTopic, Tick.make({ now: clock() }))),
    },
  }).createMachine({
    id: "scheduler",
    context: { ticks: 0 },
    initial: "ticking",
    states: {
      ticking: {
        entry: "tick",
        after: {
          [tickMs]: {
            target: "ticking",
            reenter: true,
            actions: assign({ ticks: ({ context }) => context.ticks + 1 }),
          },
        },
      },
    },
  })

export const schedulerActor = (tickMs: number, name = "scheduler") =>
  defineActor({
    name,
    accepts: [],
    emits: [Tick],
    machine: schedulerMachine(tickMs),
    // A clock has nothing to resume: it starts ticking again.
    persist: false,
  })
