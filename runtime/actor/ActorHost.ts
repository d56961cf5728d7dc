/**
 * What invoked Effects need from the cell of the actor that invoked them: the node's
 * runtime (its logger and services), the message being processed (for log lines), a
 * place to register their cancellation, and a way to ask other actors as this actor.
 * XState does not stop the invoked children of an actor that failed, so the cell cancels
 * them itself. Cells register by address, which is also the id of their root XState actor.
 */
import type { Runtime } from "effect"
import type { Message } from "../message/MessageDefinition.js"

export interface ActorHost {
  readonly runtime: Runtime.Runtime<never>
  readonly currentMessageId: () => string | undefined
  /** Registers work to cancel when the actor stops or crashes; returns the unregistration. */
  readonly track: (cancel: () => void) => () => void
  /** Asks `to` with this actor as the sender; rejects with an `AskError`. */
  readonly ask: (to: string, message: Message, timeoutMs: number) => Promise<Message>
}

const hosts = new Map<string, ActorHost>()

export const registerHost = (address: string, host: ActorHost): (() => void) => {
  hosts.set(address, host)
  return () => {
    if (hosts.get(address) === host) hosts.delete(address)
  }
}

export const hostOf = (address: string): ActorHost | undefined => hosts.get(address)
