/**
 * A real node for the conversation engine: PostgreSQL, Chroma and all-MiniLM-L6-v2 behind
 * semantic memory, LMDB working memory, the afinn sentiment model, and the model actor on
 * the embedded stories260K model. Beside them a `client` actor stands where the gateway
 * would: it subscribes to the engine's topics and keeps what arrives (with the time it
 * arrived), and on the first delta of a request whose id starts with "stop-" it stops
 * that request, with "crash-" it crashes the model's sibling (`counter@n`), so that the
 * one-for-all supervisor restarts the model actor in the middle of the reply.
 */
import { type Context, Effect, Layer, Logger, LogLevel, Schema, type Scope } from "effect"
import { join } from "node:path"
import { assign, emit, setup } from "xstate"
import {
  conversationMessages,
  conversationTree,
} from "../../../actors/conversation/conversationTree.js"
import {
  conversationOptions,
  type ConversationOptions,
} from "../../../actors/conversation/ConversationOptions.js"
import {
  Accepted,
  ReplyDelta,
  ReplyDone,
  ReplyFailed,
  replyTopic,
  Stop,
  TurnCompleted,
  turnCompletedTopic,
} from "../../../actors/conversation/messages.js"
import { counter } from "../../../actors/demo/counter.js"
import { Crash, demoMessages } from "../../../actors/demo/messages.js"
import type { ModelSettings } from "../../../actors/model/ModelSettings.js"
import { modelTree } from "../../../actors/model/tree.js"
import * as TransformersTextAnalysis from "../../../platform/analysis/TransformersTextAnalysis.js"
import * as Embedded from "../../../platform/llm/EmbeddedLanguageModel.js"
import * as LmdbWorkingMemory from "../../../platform/workingMemory/LmdbWorkingMemory.js"
import { defineActor } from "../../../runtime/actor/ActorDefinition.js"
import * as Outgoing from "../../../runtime/actor/Outgoing.js"
import type { EngineRequirements } from "../../../actors/conversation/steps/EngineServices.js"
import type { LanguageModel } from "../../../platform/llm/LanguageModel.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { Config } from "../../../schemas/Config.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { memoryStack, type StackDirs } from "../../support/memoryStack.js"
import { sharedModels } from "../../support/models.js"
import { stories } from "../../platform/llm/storiesModel.js"

export const modelSettings = (overrides: Partial<ModelSettings> = {}): ModelSettings => ({
  maxReplyTokens: 48,
  temperature: 0,
  timeoutMs: 60_000,
  retries: 0,
  retryBaseMs: 10,
  queueCapacity: 8,
  concurrency: 1,
  ...overrides,
})

/** Stores, classifier and language model for one node; built in the test's scope. */
export const conversationStores = (
  dirs: StackDirs,
  dataDir: string,
  llm: Embedded.EmbeddedOptions = stories(),
) =>
  Layer.mergeAll(
    memoryStack(dirs),
    LmdbWorkingMemory.layer({
      path: join(dataDir, "working-memory"),
      ttlMs: 60 * 60 * 1000,
      compactionIntervalMs: 60 * 60 * 1000,
      key: dirs.key,
    }),
    TransformersTextAnalysis.layer({
      modelDir: sharedModels,
      sentimentModel: "afinn-165-sentiment",
      emotionModel: "",
      allowRemote: false,
      dtype: "q8",
    }),
    Embedded.layer(llm),
  )

export type ConversationStores = Layer.Layer.Success<ReturnType<typeof conversationStores>>

const heard = [Accepted, ReplyDelta, ReplyDone, ReplyFailed, TurnCompleted] as const

/** What the client actor keeps of each message: its type, payload and arrival time. */
export interface Heard {
  readonly type: string
  readonly payload: unknown
  readonly at: number
}

/**
 * Called with each message the client keeps, as it is kept: a benchmark waits on it
 * instead of polling introspection, which would spend the time it measures.
 */
export type HeardListener = (heard: Heard) => void

const clientActor = (onHeard: HeardListener) =>
  defineActor({
    name: "client",
    accepts: heard,
    emits: [Stop, Crash],
    subscribes: [replyTopic, turnCompletedTopic],
    persist: false,
    machine: setup({
      types: {
        context: {} as { received: Array<Heard> },
        events: {} as { type: string; payload: { requestId?: string; seq?: number } },
        emitted: {} as Outgoing.Outgoing,
      },
      actions: {
        keep: assign(({ context, event }) => ({
          received: [
            ...context.received,
            { type: event.type, payload: event.payload, at: performance.now() },
          ],
        })),
        notify: ({ context }) => {
          const last = context.received.at(-1)
          if (last !== undefined) onHeard(last)
        },
        react: emit(({ event }) => {
          const requestId = event.payload.requestId ?? ""
          return requestId.startsWith("stop-")
            ? Outgoing.tell("conversation@n", Stop.make({ requestId, conversationId: "" }))
            : Outgoing.tell("counter@n", Crash.make({ reason: "crashed to restart the model" }))
        }),
      },
      guards: {
        firstDeltaToDisrupt: ({ event }) =>
          event.type === ReplyDelta.type &&
          event.payload.seq === 0 &&
          /^(stop|crash)-/.test(event.payload.requestId ?? ""),
      },
    }).createMachine({
      context: { received: [] },
      on: {
        "*": [
          { guard: "firstDeltaToDisrupt", actions: ["keep", "notify", "react"] },
          { actions: ["keep", "notify"] },
        ],
      },
    }),
  })

/** The engine's options for tests: the `conversation` defaults, greedy and fast to time out. */
export const testOptions = (overrides: Partial<ConversationOptions> = {}) =>
  conversationOptions(Schema.decodeUnknownSync(Config)({}), {
    node: "n",
    modelAddress: "model@n",
    temperature: 0,
    maxReplyTokens: 48,
    replyTimeoutMs: 30_000,
    countTimeoutMs: 10_000,
    fallbackContextSize: 512,
    ...overrides,
  })

// Tests crash actors on purpose; their logs stay quiet unless AICO_TEST_LOG=debug|info|warning.
const testLogLevel =
  { debug: LogLevel.Debug, info: LogLevel.Info, warning: LogLevel.Warning }[
    process.env["AICO_TEST_LOG"] ?? ""
  ] ?? LogLevel.None

/** A node with the engine, the model (beside a crashable sibling) and the client. */
export const startConversationNode = (options: {
  readonly stores: Context.Context<ConversationStores>
  readonly dataDir: string
  readonly conversation: ConversationOptions
  readonly model?: ModelSettings
  readonly onHeard?: HeardListener
}): Effect.Effect<ActorSystem.ActorSystem, unknown, Scope.Scope> =>
  ActorSystem.make({
    nodeId: "n",
    dataDir: options.dataDir,
    endpoint: `inproc://conversation-${crypto.randomUUID()}`,
    messages: [...conversationMessages, ...demoMessages],
    root: supervisor<EngineRequirements | LanguageModel>("root", { strategy: "one-for-one" }, [
      supervisor("models", { strategy: "one-for-all", intensity: 10 }, [
        actor(counter("counter")),
        modelTree(options.model ?? modelSettings()),
      ]),
      conversationTree(options.conversation),
      actor(clientActor(options.onHeard ?? (() => {})), {
        grants: { subscribe: [replyTopic, turnCompletedTopic] },
      }),
    ]),
    shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 2000 },
  }).pipe(Effect.provide(options.stores), Logger.withMinimumLogLevel(testLogLevel))

const Received = Schema.Struct({
  received: Schema.Array(
    Schema.Struct({ type: Schema.String, payload: Schema.Unknown, at: Schema.Number }),
  ),
})

const decodeAccepted = Schema.decodeUnknownSync(Accepted.schema)
const decodeDelta = Schema.decodeUnknownSync(ReplyDelta.schema)
const decodeDone = Schema.decodeUnknownSync(ReplyDone.schema)
const decodeFailed = Schema.decodeUnknownSync(ReplyFailed.schema)
const decodeTurn = Schema.decodeUnknownSync(TurnCompleted.schema)

/** Everything the client heard about one request, decoded, in arrival order. */
export const heardFor = (system: ActorSystem.ActorSystem, requestId: string) =>
  Effect.map(system.introspection.actor("client@n").pipe(Effect.orDie), (detail) => {
    const all = Schema.decodeUnknownSync(Received)(detail.context).received
    const mine = all.filter(
      (r) =>
        typeof r.payload === "object" &&
        r.payload !== null &&
        Reflect.get(r.payload, "requestId") === requestId,
    )
    const of = <A>(type: string, decode: (u: unknown) => A) =>
      mine.filter((r) => r.type === type).map((r) => ({ ...decode(r.payload), at: r.at }))
    return {
      types: mine.map((r) => r.type),
      accepted: of(Accepted.type, decodeAccepted),
      deltas: of(ReplyDelta.type, decodeDelta),
      done: of(ReplyDone.type, decodeDone),
      failed: of(ReplyFailed.type, decodeFailed),
      turns: all.filter((r) => r.type === TurnCompleted.type).map((r) => decodeTurn(r.payload)),
    }
  })

/** Whether the request has ended (done or failed). */
export const ended = (heard: {
  readonly done: ReadonlyArray<unknown>
  readonly failed: ReadonlyArray<unknown>
}) => heard.done.length + heard.failed.length > 0

const View = Schema.Struct({
  requests: Schema.Record({ key: Schema.String, value: Schema.String }),
  conversations: Schema.Record({
    key: Schema.String,
    value: Schema.Struct({
      phase: Schema.String,
      context: Schema.NullOr(
        Schema.Struct({
          memories: Schema.Array(
            Schema.Struct({
              id: Schema.String,
              conversationId: Schema.NullOr(Schema.String),
              score: Schema.Number,
            }),
          ),
          turns: Schema.Number,
          droppedTurns: Schema.Number,
          droppedMemories: Schema.Number,
          tokens: Schema.Number,
          budget: Schema.Number,
          counted: Schema.Literal("model", "bound", "estimate"),
          gatherMs: Schema.Number,
        }),
      ),
      timing: Schema.NullOr(Schema.Struct({ firstTokenMs: Schema.Number, totalMs: Schema.Number })),
    }),
  }),
})

/** The engine as introspection shows it: requests in flight and each conversation's phase. */
export const engineView = (system: ActorSystem.ActorSystem) =>
  Effect.map(system.introspection.actor("conversation@n").pipe(Effect.orDie), (detail) => ({
    state: detail.state,
    ...Schema.decodeUnknownSync(View)(detail.context),
  }))
