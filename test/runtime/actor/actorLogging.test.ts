/**
 * What an actor writes reaches the log file with its address and the id of the message it
 * was handling, and work it invokes as an Effect is interrupted when the actor stops.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { assign, emit, setup } from "xstate"
import { Crash, demoMessages, Note } from "../../../actors/demo/messages.js"
import { load } from "../../../config/load.js"
import * as Logging from "../../../platform/logging/Logging.js"
import { defineActor, type MessageEvents } from "../../../runtime/actor/ActorDefinition.js"
import { fromEffect } from "../../../runtime/actor/fromEffect.js"
import * as Outgoing from "../../../runtime/actor/Outgoing.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { eventually, tempDir } from "../../support/nodes.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"

const accepts = [Note, Crash] as const

/** Logs each note itself, then through invoked work; a note with seq 99 starts work that never ends. */
const scribe = defineActor({
  name: "scribe",
  accepts,
  emits: [],
  machine: setup({
    types: {
      context: {} as { done: number },
      events: {} as MessageEvents<typeof accepts>,
      emitted: {} as Outgoing.Outgoing,
    },
    actors: {
      work: fromEffect((seq: number) =>
        seq === 99
          ? Effect.never.pipe(Effect.onInterrupt(() => Effect.logWarning("long work interrupted")))
          : Effect.logInfo(`worked on ${seq}`),
      ),
    },
    actions: {
      fail: () => {
        throw new Error("scribe crashed on purpose")
      },
    },
  }).createMachine({
    context: { done: 0 },
    initial: "idle",
    states: {
      idle: {
        on: {
          "demo.note": {
            target: "working",
            actions: emit(({ event }) => Outgoing.log("info", `noted ${event.payload.seq}`)),
          },
        },
      },
      working: {
        invoke: {
          src: "work",
          input: ({ event }) => (event.type === "demo.note" ? event.payload.seq : 0),
          onDone: {
            target: "idle",
            actions: assign(({ context }) => ({ done: context.done + 1 })),
          },
        },
        on: { "demo.crash": { actions: "fail" } },
      },
    },
  }),
})

const LogLine = Schema.parseJson(
  Schema.Struct({
    message: Schema.String,
    actor: Schema.optional(Schema.String),
    messageId: Schema.optional(Schema.String),
  }),
)

describe("actor logging and invoked work", () => {
  it.scopedLive(
    "an actor's log lines carry its address and the message id, and stopping interrupts its work",
    () =>
      Effect.gen(function* () {
        const dataDir = yield* tempDir()
        const config = yield* load({
          env: {},
          overrides: {
            node: { dataDir },
            log: { console: "off", level: "debug", file: { enabled: true, sealed: false } },
          },
        })
        const logged = Effect.gen(function* () {
          // ActorSystem.make itself: the test helper silences logs, and logs are the point here.
          const system = yield* ActorSystem.make({
            nodeId: "n",
            dataDir,
            endpoint: `inproc://logging-${crypto.randomUUID()}`,
            messages: demoMessages,
            root: supervisor("root", { strategy: "one-for-one" }, [actor(scribe)]),
          })
          for (const seq of [1, 2]) {
            yield* system.tell("probe@n", "scribe@n", Note.make({ seq, text: "" }))
            yield* eventually(
              Effect.map(
                system.introspection.actor("scribe@n").pipe(Effect.orDie),
                (d) => d.context,
              ),
              (context) => JSON.stringify(context) === JSON.stringify({ done: seq }),
            )
          }
          // Never-ending work, then the actor crashes: the work must be interrupted.
          yield* system.tell("probe@n", "scribe@n", Note.make({ seq: 99, text: "" }))
          yield* Effect.sleep(50)
          yield* system.tell("probe@n", "scribe@n", Crash.make({ reason: "" }))
          yield* eventually(
            Effect.map(
              system.introspection.actor("scribe@n").pipe(Effect.orDie),
              (d) => d.restarts,
            ),
            (restarts) => restarts > 0,
          )
        }).pipe(Effect.scoped, Effect.provide(Logging.layer(config)))
        yield* logged
        const lines = readFileSync(join(dataDir, "logs", "aico.log"), "utf8")
          .trim()
          .split("\n")
          .map((line) => Schema.decodeUnknownSync(LogLine)(line))
        const find = (message: string) => {
          const line = lines.find((l) => l.message === message)
          if (line === undefined)
            throw new Error(
              `no log line "${message}" in:\n${lines.map((l) => l.message).join("\n")}`,
            )
          return line
        }
        for (const seq of [1, 2]) {
          const noted = find(`noted ${seq}`)
          const worked = find(`worked on ${seq}`)
          expect(noted.actor).toBe("scribe@n")
          expect(worked.actor).toBe("scribe@n")
          expect(noted.messageId).toMatch(/\S+/)
          expect(worked.messageId).toBe(noted.messageId)
        }
        expect(find("noted 1").messageId).not.toBe(find("noted 2").messageId)
        const interrupted = find("long work interrupted")
        expect(interrupted.actor).toBe("scribe@n")
        expect(interrupted.messageId).toBe(find("noted 99").messageId)
        const crashed = find("scribe@n crashed: scribe crashed on purpose")
        expect(crashed.actor).toBe("scribe@n")
        expect(crashed.messageId).toMatch(/\S+/)
      }),
  )
})
