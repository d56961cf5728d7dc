/**
 * The memory actor: answers `memory.store` and `memory.search` asks through the
 * SemanticMemory service. Each request runs as its own invoked Effect, so a slow search
 * does not hold up a store behind it; the answer goes back to whoever asked.
 */
import { Effect } from "effect"
import { assertEvent, assign, emit, setup, spawnChild } from "xstate"
import {
  defineActor,
  type MessageEvents,
  type MessageMeta,
} from "../../runtime/actor/ActorDefinition.js"
import { fromEffect } from "../../runtime/actor/fromEffect.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import type { Message } from "../../runtime/message/MessageDefinition.js"
import { SemanticMemory } from "../../platform/memory/SemanticMemory.js"
import type * as Requests from "../../schemas/messages/memory.js"
import * as requests from "./memoryRequests.js"
import { MemoryFailed, MemoryResults, MemoryStored, SearchMemory, StoreMemory } from "./messages.js"

const accepts = [StoreMemory, SearchMemory] as const

interface Answer {
  readonly message: Message
  readonly meta: MessageMeta
}

const isAnswer = (output: unknown): output is Answer =>
  typeof output === "object" && output !== null && "message" in output && "meta" in output

export const memoryMachine = Effect.gen(function* () {
  const memory = yield* SemanticMemory
  return setup({
    types: {
      context: {} as { stored: number; searches: number },
      events: {} as
        MessageEvents<typeof accepts> | { type: `xstate.done.actor.${string}`; output: unknown },
      emitted: {} as Outgoing.Outgoing,
    },
    actors: {
      store: fromEffect((input: { payload: Requests.StoreMemory; meta: MessageMeta }) =>
        requests
          .store(memory, input.payload)
          .pipe(Effect.map((message) => ({ message, meta: input.meta }))),
      ),
      search: fromEffect((input: { payload: Requests.SearchMemory; meta: MessageMeta }) =>
        requests
          .search(memory, input.payload)
          .pipe(Effect.map((message) => ({ message, meta: input.meta }))),
      ),
    },
  }).createMachine({
    id: "memory",
    context: { stored: 0, searches: 0 },
    initial: "serving",
    states: {
      serving: {
        on: {
          "memory.store": {
            actions: [
              spawnChild("store", {
                input: ({ event }) => {
                  assertEvent(event, "memory.store")
                  return { payload: event.payload, meta: event.meta }
                },
              }),
              assign({ stored: ({ context }) => context.stored + 1 }),
            ],
          },
          "memory.search": {
            actions: [
              spawnChild("search", {
                input: ({ event }) => {
                  assertEvent(event, "memory.search")
                  return { payload: event.payload, meta: event.meta }
                },
              }),
              assign({ searches: ({ context }) => context.searches + 1 }),
            ],
          },
          "xstate.done.actor.*": {
            actions: emit(({ event }) =>
              "output" in event && isAnswer(event.output)
                ? Outgoing.reply(event.output.message, event.output.meta)
                : Outgoing.log("warning", "a memory request ended without an answer"),
            ),
          },
        },
      },
    },
  })
})

export const memoryActor = (name = "memory") =>
  defineActor<SemanticMemory>({
    name,
    accepts,
    emits: [MemoryStored, MemoryResults, MemoryFailed],
    machine: memoryMachine,
    // Requests in flight are not state worth resuming: an unanswered ask times out at its sender.
    persist: false,
  })
