/** Why a model could not be listed, pulled or removed, for the person at the terminal. */
import { Data } from "effect"

export class DownloadFailed extends Data.TaggedError("DownloadFailed")<{
  readonly url: string
  readonly reason: string
}> {
  override get message() {
    return `downloading ${this.url} failed: ${this.reason}`
  }
}

/** The download finished but is not a GGUF model (an error page, a wrong link). */
export class NotAModel extends Data.TaggedError("NotAModel")<{
  readonly url: string
  readonly reason: string
}> {
  override get message() {
    return `${this.url} is not a GGUF model: ${this.reason}; nothing was saved`
  }
}

export class UnknownModel extends Data.TaggedError("UnknownModel")<{
  readonly name: string
  readonly hint: string
}> {
  override get message() {
    return `no model ${this.name}: ${this.hint}`
  }
}

/** Ollama did not answer, or answered something AICO cannot read. */
export class OllamaFailed extends Data.TaggedError("OllamaFailed")<{
  readonly host: string
  readonly reason: string
}> {
  override get message() {
    return `Ollama at ${this.host}: ${this.reason}`
  }
}

export class ModelFileError extends Data.TaggedError("ModelFileError")<{
  readonly path: string
  readonly reason: string
}> {
  override get message() {
    return `${this.path}: ${this.reason}`
  }
}

export type ModelsError = DownloadFailed | NotAModel | UnknownModel | OllamaFailed | ModelFileError
