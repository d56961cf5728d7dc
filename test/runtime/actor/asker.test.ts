/**
 * Invoked work asking other actors: the answer comes back to the Effect, the ask goes out
 * under the invoking actor's address, and an ask nobody can answer fails as typed data.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { assign, setup } from "xstate"
import { counter } from "../../../actors/demo/counter.js"
import { Count, CountQuery, Note } from "../../../actors/demo/messages.js"
import { defineActor, type MessageEvents } from "../../../runtime/actor/ActorDefinition.js"
import { Asker } from "../../../runtime/actor/Asker.js"
import { fromEffect } from "../../../runtime/actor/fromEffect.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { eventually, startNode } from "../../support/nodes.js"

const accepts = [Note] as const

/** On each note, asks `note.text` (an address) how many notes it has counted. */
const inquirer = defineActor({
  name: "inquirer",
  accepts,
  emits: [CountQuery],
  persist: false,
  machine: setup({
    types: {
      context: {} as { answers: Array<string> },
      events: {} as MessageEvents<typeof accepts>,
    },
    actors: {
      ask: fromEffect((to: string) =>
        Effect.gen(function* () {
          const asker = yield* Asker
          const answer = yield* asker.ask(to, CountQuery.make({}), 2_000)
          return answer.type === Count.type && Schema.is(Count.schema)(answer.payload)
            ? `counted ${answer.payload.processed}`
            : `answered ${answer.type}`
        }).pipe(
          Effect.catchAll((error) =>
            Effect.succeed(
              error._tag === "RemoteFailure"
                ? `failed ${error._tag} ${error.tag}`
                : `failed ${error._tag}`,
            ),
          ),
        ),
      ),
    },
  }).createMachine({
    context: { answers: [] },
    initial: "waiting",
    states: {
      waiting: { on: { "demo.note": "asking" } },
      asking: {
        invoke: {
          src: "ask",
          input: ({ event }) => (event.type === "demo.note" ? event.payload.text : ""),
          onDone: {
            target: "waiting",
            actions: assign(({ context, event }) => ({
              answers: [...context.answers, event.output],
            })),
          },
        },
      },
    },
  }),
})

const answers = (system: Effect.Effect.Success<ReturnType<typeof startNode>>) =>
  Effect.map(
    system.introspection.actor("inquirer@n").pipe(Effect.orDie),
    (detail) =>
      Schema.decodeUnknownSync(Schema.Struct({ answers: Schema.Array(Schema.String) }))(
        detail.context,
      ).answers,
  )

describe("asking from invoked work", () => {
  it.scopedLive(
    "an invoked Effect asks another actor and gets its answer, or a typed failure",
    () =>
      Effect.gen(function* () {
        const system = yield* startNode({
          nodeId: "n",
          endpoint: `inproc://asker-${crypto.randomUUID()}`,
          root: supervisor("root", { strategy: "one-for-one" }, [
            actor(counter("counter")),
            actor(inquirer),
          ]),
        })
        yield* system.tell("probe@n", "counter@n", Note.make({ seq: 1, text: "" }))
        yield* system.tell("probe@n", "counter@n", Note.make({ seq: 2, text: "" }))
        yield* system.tell("probe@n", "inquirer@n", Note.make({ seq: 1, text: "counter@n" }))
        yield* eventually(answers(system), (a) => a.length === 1)
        yield* system.tell("probe@n", "inquirer@n", Note.make({ seq: 2, text: "nobody@n" }))
        const all = yield* eventually(answers(system), (a) => a.length === 2)
        expect(all).toEqual(["counted 2", "failed RemoteFailure UnknownRecipient"])
      }),
  )
})
