/**
 * A small, real `Introspection` backed by real XState actors, for testing what reads the
 * model (the introspection server) while the actor system proper is written elsewhere.
 *
 * Every actor is a root XState actor created with an `inspect` observer; its inspection
 * events are translated into AICO's `InspectionEvent` values, with the actor's address
 * standing in for XState's session id. Supervisors are plain tree nodes without a machine.
 */
import { Context, Effect, Layer } from "effect"
import { createActor } from "xstate"
import type {
  AnyActor,
  AnyStateMachine,
  EventObject,
  InspectionEvent as XStateInspectionEvent,
  Snapshot,
} from "xstate"
import { ActorNotFound, Introspection } from "../../runtime/introspection/Introspection.js"
import type { ActorStatus, InspectionEvent } from "../../schemas/Introspection.js"
import { ActorDetail, ActorInfo, Health } from "../../schemas/Introspection.js"

export const node = "xstate-test"
export const protocolVersion = "xstate-test/1"

interface Entry {
  readonly address: string
  readonly parent: string | null
  readonly startedAt: number
  readonly actor: AnyActor | null
  /** Events the actor has processed, counted from its inspection stream. */
  readonly processed: { count: number }
}

export interface XStateIntrospection {
  /** The model, as the introspection server sees it. */
  readonly introspection: Introspection.Service
  /** Adds a supervisor node (no machine) under `parent`. */
  readonly supervisor: (address: string, parent?: string) => Effect.Effect<void>
  /** Starts `machine` as the actor at `address`, under `parent`. */
  readonly spawn: (
    address: string,
    machine: AnyStateMachine,
    options?: { readonly parent?: string; readonly input?: unknown },
  ) => Effect.Effect<void>
  /** Sends an event to an actor; its inspection events are published before this returns. */
  readonly send: (address: string, event: EventObject) => Effect.Effect<void, ActorNotFound>
  /** Publishes an event as the actor system would (e.g. `@aico.supervision`). */
  readonly publish: (event: InspectionEvent) => Effect.Effect<void>
  /** How many listeners are subscribed right now (to check that readers unsubscribe). */
  readonly subscribers: Effect.Effect<number>
}

export class XStateModel extends Context.Tag("test/XStateModel")<
  XStateModel,
  XStateIntrospection
>() {}

const statusOf = (actor: AnyActor | null): ActorStatus => {
  if (actor === null) return "running"
  switch (actor.getSnapshot().status) {
    case "active":
      return "running"
    case "error":
      return "failed"
    default:
      return "stopped"
  }
}

/** A JSON-friendly view of an XState snapshot: status, state value and context. */
const snapshotView = (snapshot: Snapshot<unknown>) => ({
  status: snapshot.status,
  value: "value" in snapshot ? snapshot.value : null,
  context: "context" in snapshot ? snapshot.context : null,
})

const make = Effect.gen(function* () {
  const startedAt = Date.now()
  const entries = new Map<string, Entry>()
  const listeners = new Set<{ readonly listener: (event: InspectionEvent) => void }>()

  const publishNow = (event: InspectionEvent) => {
    for (const { listener } of listeners) listener(event)
  }

  const rootOf = (address: string): string => {
    const parent = entries.get(address)?.parent
    return parent === null || parent === undefined ? address : rootOf(parent)
  }

  const translate = (
    address: string,
    parent: string | null,
    event: XStateInspectionEvent,
  ): InspectionEvent | null => {
    // Only the root actor of this XState system is modelled; invoked children are not.
    if (event.actorRef.sessionId !== event.rootId) return null
    const common = { sessionId: address, createdAt: String(Date.now()), _version: protocolVersion }
    const rootId = parent === null ? address : rootOf(parent)
    switch (event.type) {
      case "@xstate.actor":
        return {
          type: "@xstate.actor",
          ...common,
          rootId,
          ...(parent === null ? {} : { parentId: parent }),
        }
      case "@xstate.event":
        return {
          type: "@xstate.event",
          ...common,
          rootId,
          ...(event.sourceRef?.sessionId === event.rootId ? { sourceId: address } : {}),
          event: event.event,
        }
      case "@xstate.snapshot":
        return {
          type: "@xstate.snapshot",
          ...common,
          rootId,
          event: event.event,
          snapshot: snapshotView(event.snapshot),
        }
      default:
        return null
    }
  }

  const info = (entry: Entry) =>
    new ActorInfo({
      address: entry.address,
      parent: entry.parent,
      kind: entry.actor === null ? "supervisor" : "actor",
      status: statusOf(entry.actor),
      state: entry.actor === null ? null : entry.actor.getSnapshot().value,
      mailboxDepth: 0,
      mailboxCapacity: 1000,
      processed: entry.processed.count,
      restarts: 0,
      lastError: null,
      uptimeMs: Date.now() - entry.startedAt,
    })

  const add = (entry: Entry) =>
    Effect.sync(() => {
      if (entries.has(entry.address)) throw new Error(`duplicate address ${entry.address}`)
      if (entry.parent !== null && !entries.has(entry.parent)) {
        throw new Error(`unknown parent ${entry.parent}`)
      }
      entries.set(entry.address, entry)
    })

  const introspection = Introspection.of({
    health: Effect.sync(
      () =>
        new Health({
          status: "ok",
          node,
          uptimeMs: Date.now() - startedAt,
          actors: entries.size,
        }),
    ),
    tree: Effect.sync(() => Array.from(entries.values(), info)),
    actor: (address) =>
      Effect.suspend(() => {
        const entry = entries.get(address)
        if (entry === undefined) return Effect.fail(new ActorNotFound({ address }))
        return Effect.succeed(
          new ActorDetail({
            ...info(entry),
            context: entry.actor === null ? null : entry.actor.getSnapshot().context,
            accepts: entry.actor === null ? [] : entry.actor.logic.events,
            emits: [],
            children: Array.from(entries.values())
              .filter((child) => child.parent === address)
              .map((child) => child.address),
          }),
        )
      }),
    subscribe: (listener) => {
      const registration = { listener }
      listeners.add(registration)
      return () => {
        listeners.delete(registration)
      }
    },
  })

  const model: XStateIntrospection = {
    introspection,
    supervisor: (address, parent) =>
      add({
        address,
        parent: parent ?? null,
        startedAt: Date.now(),
        actor: null,
        processed: { count: 0 },
      }),
    spawn: (address, machine, options = {}) =>
      Effect.suspend(() => {
        const parent = options.parent ?? null
        const processed = { count: 0 }
        const actor = createActor(machine, {
          input: options.input,
          inspect: (event) => {
            if (event.type === "@xstate.event" && event.event.type !== "xstate.init") {
              processed.count++
            }
            const translated = translate(address, parent, event)
            if (translated !== null) publishNow(translated)
          },
        })
        return add({ address, parent, startedAt: Date.now(), actor, processed }).pipe(
          Effect.tap(() => Effect.sync(() => actor.start())),
        )
      }),
    send: (address, event) =>
      Effect.suspend(() => {
        const actor = entries.get(address)?.actor
        if (actor === undefined || actor === null)
          return Effect.fail(new ActorNotFound({ address }))
        return Effect.sync(() => actor.send(event))
      }),
    publish: (event) => Effect.sync(() => publishNow(event)),
    subscribers: Effect.sync(() => listeners.size),
  }

  yield* Effect.addFinalizer(() =>
    Effect.sync(() => {
      for (const entry of entries.values()) entry.actor?.stop()
      listeners.clear()
    }),
  )
  return model
})

/** Provides both the model (to drive it) and the `Introspection` it implements. */
export const layer: Layer.Layer<XStateModel | Introspection> = Layer.scopedContext(
  Effect.map(make, (model) =>
    Context.make(XStateModel, model).pipe(Context.add(Introspection, model.introspection)),
  ),
)
