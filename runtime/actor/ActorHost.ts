/**
 * What invoked Effects need from the cell of the actor that invoked them: the node's
 * runtime (its logger and services), the message being processed (for log lines), and a
 * place to register their cancellation. XState does not stop the invoked children of an
 * actor that failed, so the cell cancels them itself. Cells register by address, which is
 * also the id of their root XState actor.
 */
import type { Runtime } from "effect"

export interface ActorHost {
  readonly runtime: Runtime.Runtime<never>
  readonly currentMessageId: () => string | undefined
  /** Registers work to cancel when the actor stops or crashes; returns the unregistration. */
  readonly track: (cancel: () => void) => () => void
}

const hosts = new Map<string, ActorHost>()

export const registerHost = (address: string, host: ActorHost): (() => void) => {
  hosts.set(address, host)
  return () => {
    if (hosts.get(address) === host) hosts.delete(address)
  }
}

export const hostOf = (address: string): ActorHost | undefined => hosts.get(address)
