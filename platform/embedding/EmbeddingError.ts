/** Why texts could not be embedded, for a reader. */
import { Data } from "effect"

/** The model could not be loaded: missing files, no network for a download, a bad file. */
export class EmbeddingModelError extends Data.TaggedError("EmbeddingModelError")<{
  readonly model: string
  readonly modelDir: string
  readonly reason: string
}> {
  override get message() {
    const where = this.modelDir === "" ? "the model cache" : this.modelDir
    return `embedding model ${this.model} (in ${where}) could not be loaded: ${this.reason}`
  }
}

/** A batch failed inside the model, or the embedder has stopped. */
export class EmbeddingFailedError extends Data.TaggedError("EmbeddingFailedError")<{
  readonly reason: string
}> {
  override get message() {
    return `embedding failed: ${this.reason}`
  }
}

export type EmbeddingError = EmbeddingModelError | EmbeddingFailedError
