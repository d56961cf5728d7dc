/** Why a memory could not be stored or searched, for a reader and for a program. */
import { Data } from "effect"

/** Longer than `memory.maxDocumentChars`: refused whole, never truncated. */
export class MemoryTooLargeError extends Data.TaggedError("MemoryTooLargeError")<{
  readonly chars: number
  readonly maxChars: number
}> {
  override get message() {
    return `the memory has ${this.chars} characters; at most ${this.maxChars} are allowed`
  }
}

export class MemoryInvalidError extends Data.TaggedError("MemoryInvalidError")<{
  readonly reason: string
}> {
  override get message() {
    return `invalid memory request: ${this.reason}`
  }
}

/** A store behind semantic memory (database, vector store, embedder) failed. */
export class MemoryUnavailableError extends Data.TaggedError("MemoryUnavailableError")<{
  readonly operation: string
  readonly cause: unknown
}> {
  override get message() {
    const detail = this.cause instanceof Error ? this.cause.message : String(this.cause)
    return `${this.operation} failed: ${detail}`
  }
}

export type MemoryError = MemoryTooLargeError | MemoryInvalidError | MemoryUnavailableError
