/** What can go wrong with the vector store, each failure as data naming the operation. */
import { Data } from "effect"

export type VectorStoreOperation =
  "open" | "upsert" | "query" | "remove" | "count" | "page" | "clear"

/** The store could not do what was asked: unreachable, refused, or an undecodable answer. */
export class VectorStoreError extends Data.TaggedError("VectorStoreError")<{
  readonly operation: VectorStoreOperation
  readonly reason: string
  readonly cause?: unknown
}> {
  override get message() {
    return `vector store ${this.operation} failed: ${this.reason}`
  }
}

/**
 * Embeddings whose length differs from each other's or from the collection's; refused
 * before anything was written.
 */
export class VectorDimensionMismatch extends Data.TaggedError("VectorDimensionMismatch")<{
  readonly operation: VectorStoreOperation
  readonly expected: number
  readonly actual: number
  /** The offending record, when one record differs from the rest of the call. */
  readonly id?: string
}> {
  override get message() {
    const which = this.id === undefined ? "" : ` (record ${JSON.stringify(this.id)})`
    return `vector store ${this.operation}: expected embeddings of ${this.expected} dimensions, got ${this.actual}${which}`
  }
}
