/**
 * The part of the node's actor system the gateway server uses: telling and asking actors
 * in the gateway actor's name, the introspection model, restarts and dead letters.
 */
import { Context, type Effect } from "effect"
import type { SendError } from "../../runtime/bus/Bus.js"
import type { ActorNotFound, Introspection } from "../../runtime/introspection/Introspection.js"
import type { DeadLetter } from "../../runtime/journal/DeadLetterStore.js"
import type { Message } from "../../runtime/message/MessageDefinition.js"
import type { ActorSystem, AskError } from "../../runtime/system/ActorSystem.js"
import { gatewayActorName } from "./gatewayActorName.js"

export declare namespace GatewayNode {
  export interface Service {
    readonly nodeId: string
    /** The gateway actor's address, which the server's messages are sent from. */
    readonly address: string
    readonly tell: (to: string, message: Message) => Effect.Effect<void, SendError>
    /** Publishes in the gateway actor's name (its grants say on which topics). */
    readonly publish: (topic: string, message: Message) => Effect.Effect<void, SendError>
    readonly ask: (
      to: string,
      message: Message,
      timeoutMs?: number,
    ) => Effect.Effect<Message, AskError>
    readonly introspection: Introspection.Service
    readonly restart: (address: string) => Effect.Effect<void, ActorNotFound>
    readonly deadLetters: Effect.Effect<ReadonlyArray<DeadLetter>>
    readonly replayDeadLetter: (id: string) => Effect.Effect<void, AskError>
  }
}

export class GatewayNode extends Context.Tag("aico/GatewayNode")<
  GatewayNode,
  GatewayNode.Service
>() {}

/** The gateway's view of a running actor system. */
export const fromSystem = (system: ActorSystem): GatewayNode.Service => {
  const address = `${gatewayActorName}@${system.nodeId}`
  return {
    nodeId: system.nodeId,
    address,
    tell: (to, message) => system.tell(address, to, message),
    publish: (topic, message) => system.publish(address, topic, message),
    ask: (to, message, timeoutMs) => system.ask(address, to, message, timeoutMs),
    introspection: system.introspection,
    restart: system.restart,
    deadLetters: system.deadLetters,
    replayDeadLetter: system.replayDeadLetter,
  }
}
