/**
 * Working memory: what was just said, per conversation, kept for a while (a TTL) and then
 * forgotten. `LmdbWorkingMemory.ts` is the implementation.
 */
import { Context, type Effect, type Option } from "effect"
import type {
  WorkingMemoryEntry,
  WorkingMemoryInput,
} from "../../schemas/memory/WorkingMemoryEntry.js"
import type { WorkingMemoryError } from "./WorkingMemoryError.js"

export declare namespace WorkingMemory {
  export interface Stats {
    /** Stored entries, including expired ones not yet compacted away. */
    readonly entries: number
    readonly conversations: number
  }

  export interface Service {
    /** Stores an entry with a fresh sortable id; succeeds once the write is on disk. */
    readonly put: (
      conversationId: string,
      input: WorkingMemoryInput,
    ) => Effect.Effect<WorkingMemoryEntry, WorkingMemoryError>
    /** The newest `limit` unexpired entries of the conversation, oldest first. */
    readonly recent: (
      conversationId: string,
      limit: number,
    ) => Effect.Effect<ReadonlyArray<WorkingMemoryEntry>, WorkingMemoryError>
    /** The entry, unless it is unknown or expired. */
    readonly get: (
      conversationId: string,
      id: string,
    ) => Effect.Effect<Option.Option<WorkingMemoryEntry>, WorkingMemoryError>
    /** Deletes every entry of the conversation; resolves with how many there were. */
    readonly forget: (conversationId: string) => Effect.Effect<number, WorkingMemoryError>
    /** Deletes expired entries; resolves with how many. */
    readonly compact: () => Effect.Effect<number, WorkingMemoryError>
    /** Writes a consistent, compacted copy of the store into `targetDir` (which must not hold one). */
    readonly backup: (targetDir: string) => Effect.Effect<void, WorkingMemoryError>
    readonly stats: () => Effect.Effect<WorkingMemory.Stats, WorkingMemoryError>
  }
}

export class WorkingMemory extends Context.Tag("aico/WorkingMemory")<
  WorkingMemory,
  WorkingMemory.Service
>() {}
