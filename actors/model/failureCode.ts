/** The bus failure code for each way a language model can fail. */
import type { LlmError } from "../../platform/llm/LlmError.js"
import type { FailureCode } from "../../schemas/messages/model.js"

export const failureCode = (error: LlmError): FailureCode => {
  switch (error._tag) {
    case "ModelMissing":
      return "model_missing"
    case "ModelUnavailable":
      return "unavailable"
    case "GenerationTimeout":
      return "timeout"
    case "GenerationCancelled":
      return "cancelled"
    case "ContextTooLong":
      return "context_too_long"
  }
}
