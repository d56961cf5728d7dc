/**
 * Two placeholder actors that keep a conversation going: the pinger sends a ping every
 * interval and waits for the pong; the ponger answers every ping. The pinger also
 * publishes a heartbeat event that anyone may subscribe to.
 */
import { assign, emit, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import { Heartbeat, Ping, Pong } from "./messages.js"

const pingerAccepts = [Pong] as const

export const pinger = (options: {
  readonly name?: string
  readonly ponger: string
  readonly intervalMs: number
}) =>
  defineActor({
    name: options.name ?? "pinger",
    accepts: pingerAccepts,
    emits: [Ping, Heartbeat],
    machine: setup({
      types: {
        context: {} as { seq: number; pongs: number; lastRttMs: number },
        events: {} as MessageEvents<typeof pingerAccepts>,
        emitted: {} as Outgoing.Outgoing,
      },
      actions: {
        ping: emit(({ context }) =>
          Outgoing.tell(options.ponger, Ping.make({ seq: context.seq, sentAt: Date.now() })),
        ),
        beat: emit(({ context }) =>
          Outgoing.publish(
            "demo.heartbeat",
            Heartbeat.make({ beat: context.seq, from: options.name ?? "pinger" }),
          ),
        ),
        next: assign(({ context }) => ({ seq: context.seq + 1 })),
        recordPong: assign(({ context, event }) => ({
          pongs: context.pongs + 1,
          lastRttMs: Date.now() - event.payload.sentAt,
        })),
      },
    }).createMachine({
      id: "pinger",
      context: { seq: 0, pongs: 0, lastRttMs: 0 },
      initial: "resting",
      states: {
        resting: {
          after: { [options.intervalMs]: { target: "waiting", actions: ["ping", "beat", "next"] } },
        },
        waiting: {
          on: { "demo.pong": { target: "resting", actions: "recordPong" } },
          // A lost pong must not stall the conversation.
          after: { [options.intervalMs * 5]: { target: "resting" } },
        },
      },
    }),
  })

const pongerAccepts = [Ping] as const

export const ponger = (name = "ponger") =>
  defineActor({
    name,
    accepts: pongerAccepts,
    emits: [Pong],
    machine: setup({
      types: {
        context: {} as { answered: number },
        events: {} as MessageEvents<typeof pongerAccepts>,
        emitted: {} as Outgoing.Outgoing,
      },
      actions: {
        pong: emit(({ event }) =>
          Outgoing.tell(
            event.meta.sender,
            Pong.make({ seq: event.payload.seq, sentAt: event.payload.sentAt }),
          ),
        ),
        count: assign(({ context }) => ({ answered: context.answered + 1 })),
      },
    }).createMachine({
      id: "ponger",
      context: { answered: 0 },
      initial: "listening",
      states: { listening: { on: { "demo.ping": { actions: ["pong", "count"] } } } },
    }),
  })

const listenerAccepts = [Heartbeat] as const

/** Subscribes to every demo event and remembers the last heartbeat. */
export const heartbeatListener = (name = "listener") =>
  defineActor({
    name,
    accepts: listenerAccepts,
    emits: [],
    subscribes: ["demo.>"],
    machine: setup({
      types: {
        context: {} as { beats: number; lastFrom: string },
        events: {} as MessageEvents<typeof listenerAccepts>,
      },
    }).createMachine({
      id: "listener",
      context: { beats: 0, lastFrom: "" },
      initial: "listening",
      states: {
        listening: {
          on: {
            "demo.heartbeat": {
              actions: assign(({ context, event }) => ({
                beats: context.beats + 1,
                lastFrom: event.payload.from,
              })),
            },
          },
        },
      },
    }),
  })
