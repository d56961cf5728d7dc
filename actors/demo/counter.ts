/**
 * A placeholder actor that counts the notes it receives, answers how many it has seen,
 * and fails on request: enough to show mailboxes, asks, durability and supervision.
 */
import { assign, emit, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import { Count, CountQuery, Crash, Finish, Note } from "./messages.js"

const accepts = [Note, CountQuery, Crash, Finish] as const

/** Blocks the actor for `ms` per note, standing in for real work (tests of back-pressure). */
const work = (ms: number) => {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

export const counterMachine = (
  options: { readonly workMs?: number; readonly keepSeqs?: boolean } = {},
) =>
  setup({
    types: {
      context: {} as { processed: number; seqs: Array<number> },
      events: {} as MessageEvents<typeof accepts>,
      emitted: {} as Outgoing.Outgoing,
    },
    actions: {
      count: assign(({ context, event }) => {
        if (event.type !== "demo.note") return {}
        work(options.workMs ?? 0)
        return {
          processed: context.processed + 1,
          seqs: options.keepSeqs === true ? [...context.seqs, event.payload.seq] : context.seqs,
        }
      }),
      answer: emit(({ context }) =>
        Outgoing.reply(Count.make({ processed: context.processed, seqs: context.seqs })),
      ),
      fail: ({ event }) => {
        throw new Error(event.type === "demo.crash" ? event.payload.reason : "crash")
      },
    },
  }).createMachine({
    id: "counter",
    context: { processed: 0, seqs: [] },
    initial: "counting",
    states: {
      counting: {
        on: {
          "demo.note": { actions: "count" },
          "demo.count_query": { actions: "answer" },
          "demo.crash": { actions: "fail" },
          "demo.finish": { target: "finished" },
        },
      },
      finished: { type: "final" },
    },
  })

export const counter = (
  name: string,
  options: {
    readonly workMs?: number
    readonly keepSeqs?: boolean
    readonly mailboxCapacity?: number
  } = {},
) =>
  defineActor({
    name,
    accepts,
    emits: [Count],
    machine: counterMachine(options),
    ...(options.mailboxCapacity === undefined ? {} : { mailboxCapacity: options.mailboxCapacity }),
  })
