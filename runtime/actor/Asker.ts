/**
 * Asking another actor from invoked work. An actor's machine only tells, replies and
 * publishes; a step that needs an answer before it can go on (a token count, the current
 * affect) runs as an invoked Effect and asks through this service, which `fromEffect`
 * provides with the invoking actor as the sender.
 */
import { Context, Effect } from "effect"
import { asAskError, type AskError } from "../bus/AskError.js"
import { UnknownRecipient } from "../bus/BusError.js"
import type { Message } from "../message/MessageDefinition.js"
import type { ActorHost } from "./ActorHost.js"

export declare namespace Asker {
  export interface Service {
    /** Asks `to` and waits at most `timeoutMs` for the answer. */
    readonly ask: (
      to: string,
      message: Message,
      timeoutMs: number,
    ) => Effect.Effect<Message, AskError>
  }
}

export class Asker extends Context.Tag("aico/Asker")<Asker, Asker.Service>() {}

/** The asker of the actor at `address`; without a live cell every ask fails as unknown. */
export const askerOf = (address: string, host: ActorHost | undefined): Asker.Service => ({
  ask: (to, message, timeoutMs) =>
    host === undefined
      ? Effect.fail(new UnknownRecipient({ address }))
      : Effect.tryPromise({
          try: () => host.ask(to, message, timeoutMs),
          catch: asAskError,
        }),
})
