/**
 * One node of the actor runtime: journal, bus, transport and supervision tree, acquired
 * in that order and released in reverse. Releasing it is the graceful shutdown: intake
 * stops, mailboxes drain within a timeout, actors stop in reverse start order persisting
 * their snapshots, then sockets and the journal close.
 */
import { Data, Deferred, Effect, LogLevel, Runtime, type Scope } from "effect"
import { join } from "node:path"
import type { SupervisionEvent } from "../../schemas/messages/system.js"
import type { CellEnvironment } from "../actor/ActorCell.js"
import { Bus, type BusLog, type SendError, type SendOptions } from "../bus/Bus.js"
import { asAskError, type AskError } from "../bus/AskError.js"
import { Codec } from "../codec/Codec.js"
import { ActorNotFound, type Introspection } from "../introspection/Introspection.js"
import type { DeadLetter } from "../journal/DeadLetterStore.js"
import * as Journal from "../journal/Journal.js"
import type { AnyMessageDefinition, Message } from "../message/MessageDefinition.js"
import { Registry } from "../message/Registry.js"
import {
  SupervisionEvent as SupervisionEventMessage,
  systemMessages,
} from "../message/systemMessages.js"
import { FileSnapshotStore } from "../snapshot/FileSnapshotStore.js"
import type { SnapshotStore } from "../snapshot/SnapshotStore.js"
import type { Child, ChildExit } from "../supervision/Child.js"
import type { TopicGrants } from "../pubsub/TopicGrants.js"
import * as ZmqTransport from "../transport/ZmqTransport.js"
import { buildTree } from "./buildTree.js"
import { Inspector, makeIntrospection } from "./introspectionModel.js"
import type { TreeSpec } from "./TreeSpec.js"

export interface ActorSystemOptions<R = never> {
  readonly nodeId: string
  readonly dataDir: string
  /** Where this node listens: inproc://, ipc:// or tcp://; default ipc in the data directory. */
  readonly endpoint?: string
  /** Other nodes; `publicKey` is the node's CurveZMQ key when the bus is authenticated. */
  readonly peers?: ReadonlyArray<{
    readonly id: string
    readonly endpoint: string
    readonly publicKey?: string
  }>
  /** Topic grants of senders that are not actors of this tree (clients, tools, tests). */
  readonly grants?: Readonly<Record<string, TopicGrants>>
  /** CurveZMQ for ipc and tcp endpoints: this node's keys and the peer keys it admits. */
  readonly curve?: ZmqTransport.CurveOptions
  readonly messages: ReadonlyArray<AnyMessageDefinition>
  readonly root: TreeSpec<R>
  readonly mailboxCapacity?: number
  readonly askTimeoutMs?: number
  readonly durable?: {
    readonly retryBaseMs?: number
    readonly retryMaxMs?: number
    readonly maxAttempts?: number
    readonly sync?: boolean
  }
  readonly supervision?: {
    readonly intensity?: number
    readonly periodMs?: number
    readonly backoffBaseMs?: number
    readonly backoffMaxMs?: number
  }
  readonly shutdown?: { readonly drainTimeoutMs?: number; readonly childTimeoutMs?: number }
  readonly snapshots?: SnapshotStore
}

export class ActorSystemFailed extends Data.TaggedError("ActorSystemFailed")<{
  readonly reason: string
}> {
  override get message() {
    return `the root supervisor gave up: ${this.reason}`
  }
}

export type { AskError }

export interface ActorSystem {
  readonly nodeId: string
  readonly endpoint: string
  readonly bus: Bus
  readonly introspection: Introspection.Service
  readonly tell: (
    from: string,
    to: string,
    message: Message,
    options?: SendOptions,
  ) => Effect.Effect<void, SendError>
  /** Resolves when journaled (or, with `acknowledged`, when the recipient's node journaled it). */
  readonly tellDurable: (
    from: string,
    to: string,
    message: Message,
    options?: SendOptions & { readonly acknowledged?: boolean },
  ) => Effect.Effect<void, AskError>
  readonly ask: (
    from: string,
    to: string,
    message: Message,
    timeoutMs?: number,
  ) => Effect.Effect<Message, AskError>
  readonly publish: (
    from: string,
    topic: string,
    message: Message,
  ) => Effect.Effect<void, SendError>
  readonly connect: (peer: string, endpoint: string, publicKey?: string) => Effect.Effect<void>
  readonly deadLetters: Effect.Effect<ReadonlyArray<DeadLetter>>
  readonly replayDeadLetter: (id: string) => Effect.Effect<void, AskError>
  /**
   * Restarts an actor (or a supervisor under the root) the way its supervisor would after
   * a crash, with its group as the strategy says, resuming from its snapshot; completes
   * once it is running again. The root is restarted by restarting the node.
   */
  readonly restart: (address: string) => Effect.Effect<void, ActorNotFound>
  /** Fails when the root supervisor gives up; never succeeds. */
  readonly failure: Effect.Effect<never, ActorSystemFailed>
}

export const make = <R>(
  options: ActorSystemOptions<R>,
): Effect.Effect<ActorSystem, unknown, Scope.Scope | R> =>
  Effect.gen(function* () {
    const runtime = yield* Effect.runtime<never>()
    const log: BusLog = (level, message, fields) =>
      Runtime.runSync(
        runtime,
        Effect.logWithLevel(levels[level], message).pipe(
          Effect.annotateLogs({ node: options.nodeId, ...fields }),
        ),
      )
    const durable = options.durable ?? {}
    const supervision = options.supervision ?? {}
    const shutdown = options.shutdown ?? {}
    const sync = durable.sync ?? true
    const journal = yield* Journal.make({ path: join(options.dataDir, "journal"), sync })
    const codec = new Codec(new Registry([...systemMessages, ...options.messages]))
    const bus = new Bus({
      nodeId: options.nodeId,
      codec,
      journal,
      retryBaseMs: durable.retryBaseMs ?? 200,
      retryMaxMs: durable.retryMaxMs ?? 5000,
      log,
    })
    const transport = yield* ZmqTransport.make({
      endpoint: options.endpoint ?? `ipc://${join(options.dataDir, "bus.sock")}`,
      onFrame: (frame) => bus.receiveFrame(frame),
      onError: (error) => log("error", `transport: ${String(error)}`),
      ...(options.curve === undefined ? {} : { curve: options.curve }),
    })
    bus.attach(transport)
    for (const [principal, grants] of Object.entries(options.grants ?? {})) {
      bus.permissions.grant(principal, grants)
    }
    for (const peer of options.peers ?? [])
      transport.connect(peer.id, peer.endpoint, peer.publicKey)

    const inspector = new Inspector()
    const env: CellEnvironment = {
      bus,
      snapshots:
        options.snapshots ?? new FileSnapshotStore(join(options.dataDir, "snapshots"), { sync }),
      maxAttempts: durable.maxAttempts ?? 3,
      defaultCapacity: options.mailboxCapacity ?? 10_000,
      log,
      runtime,
      inspector,
    }
    const onDecision = (event: SupervisionEvent) => {
      log(
        event.directive === "restart" ? "info" : "warning",
        `${event.supervisor}: ${event.directive} ${event.child} (${event.reason})`,
      )
      if (inspector.active())
        inspector.emit({
          type: "@aico.supervision",
          ...event,
          createdAt: new Date(event.at).toISOString(),
        })
      bus.publish(event.supervisor, "system.supervision", SupervisionEventMessage.make(event))
    }
    const tree = yield* buildTree(
      options.root,
      options.nodeId,
      env,
      {
        intensity: supervision.intensity ?? 3,
        periodMs: supervision.periodMs ?? 5000,
        backoffBaseMs: supervision.backoffBaseMs ?? 10,
        backoffMaxMs: supervision.backoffMaxMs ?? 1000,
        shutdownTimeoutMs: shutdown.childTimeoutMs ?? 5000,
      },
      onDecision,
    )
    const failed = yield* Deferred.make<never, ActorSystemFailed>()
    tree.root.onExit((exit: ChildExit) => {
      const reason = exit._tag === "Crashed" ? String(exit.error) : "the root ended"
      log("error", `root supervisor gave up: ${reason}`)
      Deferred.unsafeDone(failed, Effect.fail(new ActorSystemFailed({ reason })))
    })

    // Journaled work from a previous run goes back into the mailboxes before anyone starts.
    const resumed = bus.resume()
    if (resumed.inbox + resumed.outbox > 0)
      log(
        "info",
        `resumed ${resumed.inbox} journaled messages and ${resumed.outbox} unacknowledged sends`,
      )
    yield* Effect.acquireRelease(tree.root.start, () =>
      gracefulStop(bus, tree.root, shutdown.drainTimeoutMs ?? 10_000, log),
    )

    const system: ActorSystem = {
      nodeId: options.nodeId,
      endpoint: transport.endpoint,
      bus,
      introspection: makeIntrospection({
        node: options.nodeId,
        startedAt: Date.now(),
        root: tree.root,
        cells: tree.cells,
        supervisors: tree.supervisors,
        inspector,
        draining: () => !bus.isIntakeOpen,
      }),
      tell: (from, to, message, sendOptions) =>
        Effect.suspend(() => {
          const error = bus.tell(from, to, message, sendOptions)
          return error === undefined ? Effect.void : Effect.fail(error)
        }),
      tellDurable: (from, to, message, sendOptions) =>
        Effect.tryPromise({
          try: () => bus.tellDurable(from, to, message, sendOptions),
          catch: asAskError,
        }),
      ask: (from, to, message, timeoutMs) =>
        Effect.tryPromise({
          try: () => bus.ask(from, to, message, timeoutMs ?? options.askTimeoutMs ?? 5000),
          catch: asAskError,
        }),
      publish: (from, topic, message) =>
        Effect.suspend(() => {
          const error = bus.publish(from, topic, message)
          return error === undefined ? Effect.void : Effect.fail(error)
        }),
      connect: (peer, endpoint, publicKey) =>
        Effect.sync(() => transport.connect(peer, endpoint, publicKey)),
      deadLetters: Effect.sync(() => journal.list()),
      replayDeadLetter: (id) => Effect.tryPromise({ try: () => bus.replay(id), catch: asAskError }),
      restart: (address) =>
        Effect.suspend(() => {
          for (const supervisor of tree.supervisors.values()) {
            if (supervisor.childAddresses.includes(address)) return supervisor.restartChild(address)
          }
          return Effect.succeed(false)
        }).pipe(
          Effect.filterOrFail(
            (restarted) => restarted,
            () => new ActorNotFound({ address }),
          ),
          Effect.asVoid,
        ),
      failure: Deferred.await(failed),
    }
    return system
  })

const levels = {
  debug: LogLevel.Debug,
  info: LogLevel.Info,
  warning: LogLevel.Warning,
  error: LogLevel.Error,
} as const

const queued = (root: Child) => root.info(null).reduce((n, actor) => n + actor.mailboxDepth, 0)

const gracefulStop = (bus: Bus, root: Child, drainTimeoutMs: number, log: BusLog) =>
  Effect.gen(function* () {
    bus.closeIntake()
    log("info", `shutting down: intake closed, draining ${queued(root)} queued messages`)
    yield* root.drain(drainTimeoutMs)
    const left = queued(root)
    if (left > 0)
      log("warning", `drain timed out with ${left} messages queued; durable ones stay journaled`)
    yield* root.stop
    bus.close()
    log("info", "actors stopped")
  })
