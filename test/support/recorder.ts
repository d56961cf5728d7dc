/**
 * A test actor that accepts the given message types and keeps every payload it receives
 * in its context, so a test can read what arrived through introspection.
 */
import { assign, setup } from "xstate"
import { defineActor } from "../../runtime/actor/ActorDefinition.js"
import type { AnyMessageDefinition } from "../../runtime/message/MessageDefinition.js"

export const recorder = (
  name: string,
  accepts: ReadonlyArray<AnyMessageDefinition>,
  subscribes: ReadonlyArray<string> = [],
) =>
  defineActor({
    name,
    accepts,
    emits: [],
    subscribes,
    persist: false,
    machine: setup({
      types: {
        context: {} as { received: Array<{ type: string; payload: unknown }> },
        events: {} as { type: string; payload: unknown },
      },
    }).createMachine({
      context: { received: [] },
      on: {
        "*": {
          actions: assign(({ context, event }) => ({
            received: [...context.received, { type: event.type, payload: event.payload }],
          })),
        },
      },
    }),
  })
