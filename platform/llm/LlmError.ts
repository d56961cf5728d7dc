/** Why a language model could not answer, for a reader and for the model actor's failure codes. */
import { Data } from "effect"

/** The model file (or Ollama model) is not there: it has to be pulled first. */
export class ModelMissing extends Data.TaggedError("ModelMissing")<{
  readonly model: string
  /** Where it was looked for: a file path, or the Ollama host. */
  readonly location: string
}> {
  override get message() {
    return `the model ${this.model} is missing (looked for ${this.location}): run \`aico models pull\` to download it`
  }
}

/** The provider cannot serve: Ollama does not answer, the model process died, a bad model file. */
export class ModelUnavailable extends Data.TaggedError("ModelUnavailable")<{
  readonly provider: string
  readonly reason: string
}> {
  override get message() {
    return `the ${this.provider} language model is unavailable: ${this.reason}`
  }
}

/** No token came for too long. */
export class GenerationTimeout extends Data.TaggedError("GenerationTimeout")<{
  readonly idleMs: number
}> {
  override get message() {
    return `the language model produced nothing for ${this.idleMs} ms`
  }
}

/** The requester stopped the generation. */
export class GenerationCancelled extends Data.TaggedError("GenerationCancelled")<
  Record<never, never>
> {
  override get message() {
    return "the generation was cancelled"
  }
}

/** The prompt does not fit the model's context window. */
export class ContextTooLong extends Data.TaggedError("ContextTooLong")<{
  readonly promptTokens: number
  readonly contextSize: number
}> {
  override get message() {
    return `the prompt is ${this.promptTokens} tokens, more than the model's context of ${this.contextSize}`
  }
}

export type LlmError =
  ModelMissing | ModelUnavailable | GenerationTimeout | GenerationCancelled | ContextTooLong
