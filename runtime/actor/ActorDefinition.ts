/**
 * An actor is an XState v5 machine plus the message types it accepts and emits. Messages
 * reach the machine as events `{ type, payload, meta }`; the machine talks back by emitting
 * the outgoing events of `Outgoing.ts` (tell, reply, publish, log).
 */
import type { Effect } from "effect"
import type { AnyStateMachine } from "xstate"
import type { Kind } from "../codec/Envelope.js"
import type { AnyMessageDefinition, MessageDefinition } from "../message/MessageDefinition.js"

/** Where a message came from, as the machine sees it (enough to answer it later). */
export interface MessageMeta {
  readonly id: string
  readonly sender: string
  readonly kind: "tell" | "ask" | "publish"
  readonly topic: string
  readonly correlationId: string
  readonly attempt: number
  readonly durable: boolean
  /** The envelope kind and id an answer must name; used by `Outgoing.reply`. */
  readonly replyTo: { readonly sender: string; readonly id: string; readonly kind: Kind }
}

/** The machine event for a message of definition D. */
export type MessageEvent<D> =
  D extends MessageDefinition<infer T, infer A, infer _I>
    ? { readonly type: T; readonly payload: A; readonly meta: MessageMeta }
    : never

/** The union of machine events for a list of accepted definitions. */
export type MessageEvents<Ds extends ReadonlyArray<AnyMessageDefinition>> = MessageEvent<Ds[number]>

export interface ActorDefinition<R = never> {
  /** The actor's name; its address is `name@node`. */
  readonly name: string
  readonly accepts: ReadonlyArray<AnyMessageDefinition>
  readonly emits: ReadonlyArray<AnyMessageDefinition>
  /** Topic patterns the actor receives published events from. */
  readonly subscribes?: ReadonlyArray<string>
  /** The machine, or an Effect that builds it (to close over services it invokes). */
  readonly machine: AnyStateMachine | Effect.Effect<AnyStateMachine, never, R>
  readonly mailboxCapacity?: number
  /** Persist snapshots so a restart resumes where the actor was (default true). */
  readonly persist?: boolean
  /** Context keys never shown by introspection. */
  readonly secretContextKeys?: ReadonlyArray<string>
}

export const defineActor = <R = never>(definition: ActorDefinition<R>): ActorDefinition<R> =>
  definition
