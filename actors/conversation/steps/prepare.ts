/**
 * Everything before a reply can be asked for: the request accepted in its conversation
 * (a new message given its id), and the context it is answered from. The new message is
 * not stored here: the conversation stores it while the reply is generated, since neither
 * gathering nor the model needs it stored, and a turn completes only once it is.
 */
import { Effect } from "effect"
import { randomUUID } from "node:crypto"
import type { Asker } from "../../../runtime/actor/Asker.js"
import type { ConversationOptions } from "../ConversationOptions.js"
import type { TurnFailed } from "../TurnFailed.js"
import { type AcceptInput, type Accepted, ownedConversation, previousExchange } from "./accept.js"
import type { EngineServices } from "./EngineServices.js"
import { gatherContext, type Gathered } from "./gather.js"

export interface Prepared {
  readonly turn: Accepted
  readonly gathered: Gathered
  /** The new message to store (none for a regenerate), kept out of the machine's context. */
  readonly newMessage: string | null
}

export const prepareTurn = (services: EngineServices, options: ConversationOptions) => {
  const gather = gatherContext(services, options)
  const owned = ownedConversation(services)
  const previous = previousExchange(services)
  return (input: AcceptInput): Effect.Effect<Prepared, TurnFailed, Asker> =>
    Effect.gen(function* () {
      const { conversationId, userId } = yield* owned(input)
      const generation = randomUUID()
      if (input.kind === "send") {
        const gathered = yield* gather({
          conversationId,
          userId,
          userText: input.text,
          answering: null,
        })
        const userMessageId = randomUUID()
        return {
          turn: { conversationId, userId, generation, userMessageId, replaces: null },
          gathered,
          newMessage: input.text,
        }
      }
      const { replaces, user } = yield* previous(conversationId)
      const answering = { userMessageId: user.id, replaces }
      const gathered = yield* gather({ conversationId, userId, userText: user.content, answering })
      return {
        turn: { conversationId, userId, generation, ...answering },
        gathered,
        newMessage: null,
      }
    })
}
