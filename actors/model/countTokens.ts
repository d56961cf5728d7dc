/**
 * Answers `model.count_tokens`: the tokens of each text for the current model, and its
 * context window. The ask's only answer type is `model.token_counts`, so a model that
 * cannot count answers `model.failed` (request id "count_tokens") with the reason.
 */
import { Effect } from "effect"
import type { Service as LanguageModel } from "../../platform/llm/LanguageModel.js"
import type { Message } from "../../runtime/message/MessageDefinition.js"
import type { CountTokens } from "../../schemas/messages/model.js"
import { failureCode } from "./failureCode.js"
import { GenerateFailed, TokenCounts } from "./messages.js"

export const countTokens = (llm: LanguageModel, request: CountTokens): Effect.Effect<Message> =>
  Effect.all([llm.countTokens(request.texts), llm.contextSize]).pipe(
    Effect.map(([counts, contextSize]) => TokenCounts.make({ counts, contextSize })),
    Effect.catchAll((error) =>
      Effect.succeed(
        GenerateFailed.make({
          requestId: "count_tokens",
          code: failureCode(error),
          reason: error.message,
        }),
      ),
    ),
  )
