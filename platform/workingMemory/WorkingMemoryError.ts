/** What can go wrong with the working-memory store, each failure as data with a readable message. */
import { Data } from "effect"

/** The store's file is not a usable LMDB file: garbage, truncated, or damaged inside. */
export class WorkingMemoryCorrupted extends Data.TaggedError("WorkingMemoryCorrupted")<{
  readonly file: string
  readonly reason: string
}> {
  override get message() {
    return `working memory ${this.file} is corrupted: ${this.reason}`
  }
}

/** One stored record could not be decoded; the rest of the store may be fine. */
export class WorkingMemoryRecordInvalid extends Data.TaggedError("WorkingMemoryRecordInvalid")<{
  readonly path: string
  readonly key: string
  readonly reason: string
}> {
  override get message() {
    return `working memory ${this.path}: record ${this.key} is undecodable: ${this.reason}`
  }
}

/** The store is encrypted and was opened without a key. */
export class WorkingMemoryLocked extends Data.TaggedError("WorkingMemoryLocked")<{
  readonly path: string
}> {
  override get message() {
    return `working memory ${this.path} is encrypted; open it with its database key`
  }
}

/** The store is encrypted under another key than the one it was opened with. */
export class WorkingMemoryKeyMismatch extends Data.TaggedError("WorkingMemoryKeyMismatch")<{
  readonly path: string
  readonly reason: string
}> {
  override get message() {
    return `working memory ${this.path} does not open with the given key: ${this.reason}`
  }
}

/** Refused before anything was written. */
export class WorkingMemoryEntryTooLarge extends Data.TaggedError("WorkingMemoryEntryTooLarge")<{
  readonly conversationId: string
  readonly bytes: number
  readonly maxBytes: number
}> {
  override get message() {
    return `working memory entry for conversation ${JSON.stringify(this.conversationId)} is ${this.bytes} bytes; at most ${this.maxBytes} are allowed`
  }
}

/** The caller's conversation id or entry does not match the schema. */
export class WorkingMemoryInvalidInput extends Data.TaggedError("WorkingMemoryInvalidInput")<{
  readonly reason: string
}> {
  override get message() {
    return `invalid working memory input: ${this.reason}`
  }
}

export class WorkingMemoryClosed extends Data.TaggedError("WorkingMemoryClosed")<{
  readonly path: string
}> {
  override get message() {
    return `working memory ${this.path} is closed`
  }
}

export class WorkingMemoryIoError extends Data.TaggedError("WorkingMemoryIoError")<{
  readonly path: string
  readonly operation: string
  readonly reason: string
}> {
  override get message() {
    return `working memory ${this.path}: ${this.operation} failed: ${this.reason}`
  }
}

export type WorkingMemoryError =
  | WorkingMemoryCorrupted
  | WorkingMemoryRecordInvalid
  | WorkingMemoryLocked
  | WorkingMemoryKeyMismatch
  | WorkingMemoryEntryTooLarge
  | WorkingMemoryInvalidInput
  | WorkingMemoryClosed
  | WorkingMemoryIoError
