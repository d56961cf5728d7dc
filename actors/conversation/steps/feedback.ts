/** Recording a thumbs up or down (`conversation.feedback`); there is nobody to answer. */
import { Effect, Option, Schema } from "effect"
import { MessageId } from "../../../schemas/data/Message.js"
import { UserId } from "../../../schemas/data/User.js"
import type { Feedback } from "../../../schemas/messages/conversation.js"
import type { EngineServices } from "./EngineServices.js"

export const recordFeedback =
  (services: EngineServices) =>
  (input: Feedback): Effect.Effect<void> =>
    Effect.gen(function* () {
      const messageId = yield* Schema.decodeUnknown(MessageId)(input.messageId)
      const userId =
        input.userId === "" ? undefined : yield* Schema.decodeUnknown(UserId)(input.userId)
      const rated = yield* services.feedback.rate({
        messageId,
        rating: input.rating,
        ...(userId === undefined ? {} : { userId }),
        ...(input.comment === "" ? {} : { comment: input.comment }),
      })
      if (Option.isNone(rated))
        yield* Effect.logWarning(`feedback for an unknown message ${input.messageId} was dropped`)
    }).pipe(
      Effect.catchAll((error) => Effect.logWarning(`feedback not recorded: ${error.message}`)),
    )
