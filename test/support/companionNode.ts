/**
 * The whole companion on one in-process node for scenario tests: the real `companionTree`
 * (memory, model, conversation engine, gateway actor, the mind without its wall-clock
 * scheduler) over real stores — embedded PostgreSQL with snapshots in it, LMDB working
 * memory, AICO's own Chroma with all-MiniLM-L6-v2, the afinn classifier and the embedded
 * stories260K model — with the introspection endpoint on a free port. Beside the companion
 * three observers keep what they hear: `client` (replies and finished turns, as the
 * gateway hears them), `phone` (notices and their outcomes) and `watcher` (the mind's
 * own events); `observeCompanion` reads them, and the mind's actors, through introspection.
 * The sender `test@<node>` may publish the clock's `schedule.tick`.
 */
import { Context, Effect, Layer, Logger, LogLevel, Schema, type Scope } from "effect"
import { randomUUID } from "node:crypto"
import { companionMessages, companionTree } from "../../actors/companionTree.js"
import {
  Accepted,
  Notice,
  noticeTopic,
  ReplyDelta,
  ReplyDone,
  ReplyFailed,
  replyTopic,
  TurnCompleted,
  turnCompletedTopic,
} from "../../actors/conversation/messages.js"
import { Question, questionTopic } from "../../actors/curiosity/messages.js"
import { StateChanged, stateChangedTopic } from "../../actors/emotion/messages.js"
import { GoalChanged, goalChangedTopic } from "../../actors/goals/messages.js"
import { InitiativeOutcome, outcomeTopic } from "../../actors/initiative/messages.js"
import { tickTopic } from "../../actors/schedule/messages.js"
import * as SecretKey from "../../platform/crypto/SecretKey.js"
import * as KnowledgeGraphRepository from "../../platform/database/repositories/KnowledgeGraphRepository.js"
import * as PgSnapshotStore from "../../platform/database/repositories/PgSnapshotStore.js"
import * as SessionHub from "../../platform/gateway/socket/SessionHub.js"
import * as IntrospectionServer from "../../platform/introspection/IntrospectionServer.js"
import * as MindLayer from "../../platform/mind/MindLayer.js"
import { Introspection } from "../../runtime/introspection/Introspection.js"
import type { AnyMessageDefinition } from "../../runtime/message/MessageDefinition.js"
import * as ActorSystem from "../../runtime/system/ActorSystem.js"
import { ActorInfo } from "../../schemas/Introspection.js"
import { actor, supervisor } from "../../runtime/system/TreeSpec.js"
import { Config } from "../../schemas/Config.js"
import { conversationStores } from "../actors/conversation/conversationNode.js"
import type { StackDirs } from "./memoryStack.js"
import { tempDir } from "./nodes.js"
import { embeddedOptions } from "./postgres.js"
import { recorder } from "./recorder.js"

export const nodeId = "n"
/** The sender a test speaks as: it tells the engine and publishes the clock. */
export const testSender = `test@${nodeId}`

/**
 * The configuration the scenario runs under: the user in UTC with quiet hours 22:00–08:00,
 * notices without a connected client, a greedy model with short replies, and a persona
 * short enough to leave stories260K's 512-token window room for recalled memories.
 */
export const scenarioConfig = (dataDir: string): Config =>
  Schema.decodeUnknownSync(Config)({
    node: { id: nodeId, dataDir },
    introspection: { enabled: true, host: "127.0.0.1", port: 0 },
    llm: {
      maxReplyTokens: 24,
      temperature: 0,
      timeoutMs: 60_000,
      retries: 0,
      embedded: { contextSize: 512 },
    },
    conversation: {
      persona: { name: "AICO", description: "You are AICO, a kind companion." },
      recallLimit: 5,
      historyTurns: 4,
    },
    mind: {
      timeZone: "UTC",
      initiative: { quietStart: "22:00", quietEnd: "08:00", requirePresence: false },
    },
  })

// Scenarios restart actors on purpose; logs stay quiet unless AICO_TEST_LOG=debug|info|warning.
const testLogLevel =
  { debug: LogLevel.Debug, info: LogLevel.Info, warning: LogLevel.Warning }[
    process.env["AICO_TEST_LOG"] ?? ""
  ] ?? LogLevel.None

/** Directories, an embedded PostgreSQL and a sealing key for one node, released with the scope. */
export const companionDirs: Effect.Effect<StackDirs, Error, Scope.Scope> = Effect.gen(function* () {
  const dir = yield* tempDir("aico-companion-")
  const database = yield* embeddedOptions
  // Room for a consolidation held mid-unit beside the snapshots and repositories.
  return {
    chromaDir: `${dir}/chroma`,
    database: { ...database, poolSize: 10 },
    key: SecretKey.random(),
  }
})

/** Every store and service the companion's actors use, built in the caller's scope. */
export const companionServices = (dirs: StackDirs, dataDir: string) =>
  Effect.gen(function* () {
    const stores = yield* Layer.build(
      KnowledgeGraphRepository.layer.pipe(Layer.provideMerge(conversationStores(dirs, dataDir))),
    )
    const services = yield* Layer.build(
      Layer.merge(
        MindLayer.layer,
        SessionHub.layer({ resumeFrames: 64, resumeTtlMs: 60_000 }),
      ).pipe(Layer.provide(Layer.succeedContext(stores))),
    )
    return Context.merge(stores, services)
  }).pipe(Logger.withMinimumLogLevel(testLogLevel))

export type CompanionServices = Effect.Effect.Success<ReturnType<typeof companionServices>>

const observed: ReadonlyArray<{
  readonly name: string
  readonly accepts: ReadonlyArray<AnyMessageDefinition>
  readonly topics: ReadonlyArray<string>
}> = [
  {
    name: "client",
    accepts: [Accepted, ReplyDelta, ReplyDone, ReplyFailed, TurnCompleted],
    topics: [replyTopic, turnCompletedTopic],
  },
  { name: "phone", accepts: [Notice, InitiativeOutcome], topics: [noticeTopic, outcomeTopic] },
  {
    name: "watcher",
    accepts: [GoalChanged, Question, StateChanged],
    topics: [goalChangedTopic, questionTopic, stateChangedTopic],
  },
]

export interface CompanionNode {
  readonly system: ActorSystem.ActorSystem
  /** The introspection endpoint's base URL. */
  readonly introspectionUrl: string
}

/**
 * Starts the node as the service does (snapshots in PostgreSQL, the companion's tree), with
 * the observers beside it and the introspection endpoint over it; stopped with the scope.
 */
export const startCompanion = (options: {
  readonly config: Config
  readonly services: CompanionServices
  /** The initiative manager's sampling seed. */
  readonly seed: number
}) =>
  Effect.gen(function* () {
    const snapshots = yield* PgSnapshotStore.make.pipe(Effect.provide(options.services))
    const system = yield* ActorSystem.make({
      nodeId: options.config.node.id,
      dataDir: options.config.node.dataDir,
      endpoint: `inproc://companion-${randomUUID()}`,
      messages: companionMessages,
      root: supervisor("scenario", { strategy: "one-for-one" }, [
        companionTree(options.config, { isBusy: () => false, clock: false, seed: options.seed }),
        ...observed.map(({ name, accepts, topics }) =>
          actor(recorder(name, accepts, topics), { grants: { subscribe: topics } }),
        ),
      ]),
      grants: { [testSender]: { publish: [tickTopic] } },
      snapshots,
      shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 5000 },
    }).pipe(Effect.provide(options.services))
    const server = yield* Layer.build(
      IntrospectionServer.layer({ host: "127.0.0.1", port: 0 }).pipe(
        Layer.provide(Layer.succeed(Introspection, system.introspection)),
      ),
    )
    return {
      system,
      introspectionUrl: Context.get(server, IntrospectionServer.IntrospectionServer).url,
    } satisfies CompanionNode
  }).pipe(Logger.withMinimumLogLevel(testLogLevel))

/** The five actors of the mind. */
export const mindActors = ["emotion", "goals", "curiosity", "consolidator", "initiative"] as const

const Heard = Schema.Struct({
  received: Schema.Array(Schema.Struct({ type: Schema.String, payload: Schema.Unknown })),
})
const Clock = Schema.Struct({ now: Schema.Number })
const ConsolidatorContext = Schema.Struct({
  pending: Schema.Record({ key: Schema.String, value: Schema.String }),
  runs: Schema.Number,
  now: Schema.Number,
})
const InitiativeContext = Schema.Struct({
  holding: Schema.String,
  triggers: Schema.Array(Schema.Struct({ id: Schema.String, kind: Schema.String })),
})
const CuriosityContext = Schema.Struct({ asked: Schema.Array(Schema.String) })

/** The payloads of one message type among what an observer heard, decoded. */
const payloadsOf =
  <A, I>(definition: { readonly type: string; readonly schema: Schema.Schema<A, I> }) =>
  (heard: ReadonlyArray<{ readonly type: string; readonly payload: unknown }>) =>
    heard
      .filter((entry) => entry.type === definition.type)
      .map((entry) => Schema.decodeUnknownSync(definition.schema)(entry.payload))

/** What the scenario reads of the running node, all through its public surface. */
export const observeCompanion = (system: ActorSystem.ActorSystem, introspectionUrl: string) => {
  const detail = (address: string) => system.introspection.actor(address).pipe(Effect.orDie)
  const heard = (observer: string) =>
    Effect.map(
      detail(`${observer}@${nodeId}`),
      (d) => Schema.decodeUnknownSync(Heard)(d.context).received,
    )
  const of = <A, I>(
    observer: string,
    definition: { readonly type: string; readonly schema: Schema.Schema<A, I> },
  ) => Effect.map(heard(observer), payloadsOf(definition))
  return {
    detail,
    replies: (requestId: string) =>
      Effect.map(heard("client"), (all) => {
        const mine = all.filter(
          (entry) =>
            typeof entry.payload === "object" &&
            entry.payload !== null &&
            Reflect.get(entry.payload, "requestId") === requestId,
        )
        return {
          accepted: payloadsOf(Accepted)(mine),
          done: payloadsOf(ReplyDone)(mine),
          failed: payloadsOf(ReplyFailed)(mine),
        }
      }),
    turns: of("client", TurnCompleted),
    notices: of("phone", Notice),
    outcomes: of("phone", InitiativeOutcome),
    goalChanges: of("watcher", GoalChanged),
    questions: of("watcher", Question),
    consolidator: Effect.map(detail(`consolidator@${nodeId}`), (d) => ({
      state: d.state,
      restarts: d.restarts,
      ...Schema.decodeUnknownSync(ConsolidatorContext)(d.context),
    })),
    initiative: Effect.map(detail(`initiative@${nodeId}`), (d) => ({
      state: d.state,
      ...Schema.decodeUnknownSync(InitiativeContext)(d.context),
    })),
    asked: Effect.map(
      detail(`curiosity@${nodeId}`),
      (d) => Schema.decodeUnknownSync(CuriosityContext)(d.context).asked,
    ),
    /** Each mind actor's clock and state. */
    minds: Effect.forEach(mindActors, (name) =>
      Effect.map(detail(`${name}@${nodeId}`), (d) => ({
        name,
        state: d.state,
        now: Schema.decodeUnknownSync(Clock)(d.context).now,
      })),
    ),
    /** `GET /actors` on the introspection endpoint. */
    listed: Effect.tryPromise(async () => {
      const response = await fetch(`${introspectionUrl}/actors`)
      return Schema.decodeUnknownSync(Schema.Array(ActorInfo))(await response.json())
    }),
  }
}
