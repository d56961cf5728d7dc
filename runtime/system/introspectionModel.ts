/**
 * The actor system's implementation of the Introspection service: a read of the live tree
 * and a fan-out of inspection events to whoever listens.
 */
import { Effect } from "effect"
import { ActorDetail, Health, type InspectionEvent } from "../../schemas/Introspection.js"
import type { ActorCell } from "../actor/ActorCell.js"
import { ActorNotFound, type Introspection } from "../introspection/Introspection.js"
import type { Child } from "../supervision/Child.js"
import type { Supervisor } from "../supervision/Supervisor.js"

export class Inspector {
  private readonly listeners = new Set<(event: InspectionEvent) => void>()

  readonly active = (): boolean => this.listeners.size > 0

  readonly emit = (event: InspectionEvent): void => {
    for (const listener of this.listeners) listener(event)
  }

  subscribe(listener: (event: InspectionEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

export const makeIntrospection = (options: {
  readonly node: string
  readonly startedAt: number
  readonly root: Child
  readonly cells: ReadonlyMap<string, ActorCell>
  readonly supervisors: ReadonlyMap<string, Supervisor>
  readonly inspector: Inspector
  readonly draining: () => boolean
}): Introspection.Service => {
  const tree = Effect.sync(() => options.root.info(null))
  return {
    health: Effect.sync(
      () =>
        new Health({
          status: options.draining() ? "draining" : "ok",
          node: options.node,
          uptimeMs: Date.now() - options.startedAt,
          actors: options.cells.size,
        }),
    ),
    tree,
    actor: (address) =>
      Effect.gen(function* () {
        const info = (yield* tree).find((entry) => entry.address === address)
        if (info === undefined) return yield* Effect.fail(new ActorNotFound({ address }))
        const cell = options.cells.get(address)
        const supervisor = options.supervisors.get(address)
        return new ActorDetail({
          ...info,
          context: cell?.context ?? null,
          accepts: cell?.definition.accepts.map((d) => d.type) ?? [],
          emits: cell?.definition.emits.map((d) => d.type) ?? [],
          children: supervisor?.childAddresses ?? [],
        })
      }),
    subscribe: (listener) => options.inspector.subscribe(listener),
  }
}
