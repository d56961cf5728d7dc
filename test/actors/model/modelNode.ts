/**
 * A real node running the model actor on the embedded stories260K model, beside actors
 * that receive what the model tells them: `client` keeps everything; `canceller` also
 * cancels a request whose id starts with "cancel-" as soon as its first delta arrives.
 */
import { Effect, Layer, Logger, LogLevel, Schema } from "effect"
import { assign, emit, setup } from "xstate"
import {
  Cancel,
  Delta,
  GenerateFailed,
  Generated,
  modelMessages,
} from "../../../actors/model/messages.js"
import { modelActor } from "../../../actors/model/model.machine.js"
import type { ModelSettings } from "../../../actors/model/ModelSettings.js"
import { defineActor } from "../../../runtime/actor/ActorDefinition.js"
import * as Outgoing from "../../../runtime/actor/Outgoing.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import * as Embedded from "../../../platform/llm/EmbeddedLanguageModel.js"
import { tempDir } from "../../support/nodes.js"
import { recorder } from "../../support/recorder.js"
import { stories } from "../../platform/llm/storiesModel.js"

export const settings = (overrides: Partial<ModelSettings> = {}): ModelSettings => ({
  maxReplyTokens: 60,
  temperature: 0,
  timeoutMs: 60_000,
  retries: 1,
  retryBaseMs: 10,
  queueCapacity: 8,
  concurrency: 1,
  ...overrides,
})

const replies = [Delta, Generated, GenerateFailed] as const

const canceller = defineActor({
  name: "canceller",
  accepts: replies,
  emits: [Cancel],
  persist: false,
  machine: setup({
    types: {
      context: {} as { received: Array<{ type: string; payload: unknown }> },
      events: {} as { type: string; payload: { requestId: string; seq?: number } },
      emitted: {} as Outgoing.Outgoing,
    },
  }).createMachine({
    context: { received: [] },
    on: {
      "*": [
        {
          guard: ({ event }) =>
            event.type === Delta.type &&
            event.payload.seq === 0 &&
            event.payload.requestId.startsWith("cancel-"),
          actions: [
            assign(({ context, event }) => ({
              received: [...context.received, { type: event.type, payload: event.payload }],
            })),
            emit(({ event }) =>
              Outgoing.tell("model@n", Cancel.make({ requestId: event.payload.requestId })),
            ),
          ],
        },
        {
          actions: assign(({ context, event }) => ({
            received: [...context.received, { type: event.type, payload: event.payload }],
          })),
        },
      ],
    },
  }),
})

export const startModelNode = (
  options: { settings?: ModelSettings; llm?: Embedded.EmbeddedOptions } = {},
) =>
  Effect.gen(function* () {
    // Built in the test's scope, so the model process outlives the node (stopped first).
    const llm = yield* Layer.build(Embedded.layer(options.llm ?? stories({ chatFormat: "plain" })))
    const dataDir = yield* tempDir()
    return yield* ActorSystem.make({
      nodeId: "n",
      dataDir,
      endpoint: `inproc://model-${crypto.randomUUID()}`,
      messages: modelMessages,
      root: supervisor("root", { strategy: "one-for-one" }, [
        actor(recorder("client", replies)),
        actor(canceller),
        actor(modelActor(options.settings ?? settings())),
      ]),
      shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 1000 },
    }).pipe(Effect.provide(llm), Logger.withMinimumLogLevel(LogLevel.None))
  })

const Received = Schema.Struct({
  received: Schema.Array(Schema.Struct({ type: Schema.String, payload: Schema.Unknown })),
})

const decodeDelta = Schema.decodeUnknownSync(Delta.schema)
const decodeGenerated = Schema.decodeUnknownSync(Generated.schema)
const decodeFailed = Schema.decodeUnknownSync(GenerateFailed.schema)

/** What an actor received, decoded by type. */
export const receivedBy = (system: ActorSystem.ActorSystem, name: string) =>
  Effect.map(system.introspection.actor(`${name}@n`).pipe(Effect.orDie), (detail) => {
    const all = Schema.decodeUnknownSync(Received)(detail.context).received
    return {
      deltas: all.filter((r) => r.type === Delta.type).map((r) => decodeDelta(r.payload)),
      generated: all
        .filter((r) => r.type === Generated.type)
        .map((r) => decodeGenerated(r.payload)),
      failed: all.filter((r) => r.type === GenerateFailed.type).map((r) => decodeFailed(r.payload)),
    }
  })

const ModelView = Schema.Struct({
  waiting: Schema.Array(Schema.Struct({ requestId: Schema.String })),
  running: Schema.Array(Schema.Struct({ requestId: Schema.String })),
  generated: Schema.Number,
  failed: Schema.Number,
})

/** The model actor as introspection shows it. */
export const modelView = (system: ActorSystem.ActorSystem) =>
  Effect.map(system.introspection.actor("model@n").pipe(Effect.orDie), (detail) => ({
    state: detail.state,
    context: detail.context,
    ...Schema.decodeUnknownSync(ModelView)(detail.context),
  }))
