/**
 * The live model of the actor system that the introspection endpoint serves. The actor
 * system implements it; the HTTP/WebSocket server in `platform/introspection` reads it.
 */
import { Context, Data } from "effect"
import type { Effect } from "effect"
import type {
  ActorDetail,
  ActorInfo,
  Health,
  InspectionEvent,
} from "../../schemas/Introspection.js"

export class ActorNotFound extends Data.TaggedError("ActorNotFound")<{
  readonly address: string
}> {}

export declare namespace Introspection {
  export interface Service {
    readonly health: Effect.Effect<Health>
    /** Every actor and supervisor, parents before their children. */
    readonly tree: Effect.Effect<ReadonlyArray<ActorInfo>>
    readonly actor: (address: string) => Effect.Effect<ActorDetail, ActorNotFound>
    /**
     * Registers a listener for live events and returns the function that removes it.
     * Listeners are called synchronously on the actor's hot path: they must only enqueue.
     */
    readonly subscribe: (listener: (event: InspectionEvent) => void) => () => void
  }
}

export class Introspection extends Context.Tag("aico/Introspection")<
  Introspection,
  Introspection.Service
>() {}
