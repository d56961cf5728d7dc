/**
 * Opening a new conversation for a `conversation.send` without one: the person it is with
 * (the local user when the message names none) and a fresh conversation row.
 */
import { Effect, Option, Schema } from "effect"
import { UserId } from "../../../schemas/data/User.js"
import type { ConversationOptions } from "../ConversationOptions.js"
import { TurnFailed } from "../TurnFailed.js"
import type { EngineServices } from "./EngineServices.js"

export interface OpenInput {
  readonly requestId: string
  /** "" is the local user. */
  readonly userId: string
}

export interface Opened {
  readonly requestId: string
  readonly conversationId: string
  readonly userId: string
}

const internal = (error: { readonly message: string }) =>
  new TurnFailed({ code: "internal", reason: error.message })

export const openConversation =
  (services: EngineServices, options: ConversationOptions) =>
  (input: OpenInput): Effect.Effect<Opened, TurnFailed> =>
    Effect.gen(function* () {
      const user =
        input.userId === ""
          ? yield* services.users.ensure(options.localUser.id, options.localUser.displayName)
          : yield* Schema.decodeUnknown(UserId)(input.userId).pipe(
              Effect.mapError(
                () =>
                  new TurnFailed({ code: "invalid", reason: `"${input.userId}" is no user id` }),
              ),
              Effect.flatMap(services.users.findById),
              Effect.flatMap(
                Option.match({
                  onNone: () =>
                    Effect.fail(
                      new TurnFailed({ code: "not_found", reason: `no user ${input.userId}` }),
                    ),
                  onSome: Effect.succeed,
                }),
              ),
            )
      const conversation = yield* services.conversations.start(user.id)
      return { requestId: input.requestId, conversationId: conversation.id, userId: user.id }
    }).pipe(Effect.catchTag("RepositoryError", (error) => Effect.fail(internal(error))))
