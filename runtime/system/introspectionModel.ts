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

/** Something that can start and stop reporting inspection events (an actor cell). */
export interface InspectionSource {
  attachInspection(): void
  detachInspection(): void
}

/**
 * Fans inspection events out to listeners. XState builds inspection events only for
 * actors with an observer, which costs on every transition, so sources are attached only
 * while someone listens.
 */
export class Inspector {
  private readonly listeners = new Set<(event: InspectionEvent) => void>()
  private readonly sources = new Set<InspectionSource>()

  readonly active = (): boolean => this.listeners.size > 0

  readonly emit = (event: InspectionEvent): void => {
    for (const listener of this.listeners) listener(event)
  }

  readonly register = (source: InspectionSource): void => {
    this.sources.add(source)
    if (this.active()) source.attachInspection()
  }

  subscribe(listener: (event: InspectionEvent) => void): () => void {
    this.listeners.add(listener)
    if (this.listeners.size === 1) for (const source of this.sources) source.attachInspection()
    return () => {
      if (this.listeners.delete(listener) && this.listeners.size === 0) {
        for (const source of this.sources) source.detachInspection()
      }
    }
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
