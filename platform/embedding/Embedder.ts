/** Turning texts into vectors for semantic memory. */
import { Context, type Effect } from "effect"
import type { EmbeddingFailedError } from "./EmbeddingError.js"

export interface Embedder {
  readonly model: string
  readonly dimensions: number
  /** One unit-length vector per text, in order. */
  readonly embed: (
    texts: ReadonlyArray<string>,
  ) => Effect.Effect<ReadonlyArray<Float32Array>, EmbeddingFailedError>
}

export const Embedder = Context.GenericTag<Embedder>("aico/Embedder")
