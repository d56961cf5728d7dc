/**
 * What the memory actor does for each request, as Effects that never fail: every outcome,
 * including a failure, is the message that answers the ask.
 */
import { Effect } from "effect"
import type { Message } from "../../runtime/message/MessageDefinition.js"
import type { MemoryError } from "../../platform/memory/MemoryError.js"
import type { SemanticMemory } from "../../platform/memory/SemanticMemory.js"
import type { SearchMemory, StoreMemory } from "../../schemas/messages/memory.js"
import { MemoryFailed, MemoryResults, MemoryStored } from "./messages.js"

const defaultLimit = 10

const failed = (error: MemoryError): Message =>
  MemoryFailed.make({
    code:
      error._tag === "MemoryTooLargeError"
        ? "too_large"
        : error._tag === "MemoryInvalidError"
          ? "invalid"
          : "unavailable",
    reason: error.message,
  })

const answered = <E extends MemoryError>(effect: Effect.Effect<Message, E>) =>
  effect.pipe(
    Effect.catchAll((error) => Effect.logWarning(error.message).pipe(Effect.as(failed(error)))),
    Effect.catchAllDefect((defect) =>
      Effect.logError("memory request failed", defect).pipe(
        Effect.as(MemoryFailed.make({ code: "internal", reason: String(defect) })),
      ),
    ),
  )

export const store = (memory: SemanticMemory, request: StoreMemory) =>
  answered(
    memory
      .remember({
        content: request.content,
        kind: request.kind === "" ? "note" : request.kind,
        ...(request.userId === "" ? {} : { userId: request.userId }),
        ...(request.conversationId === "" ? {} : { conversationId: request.conversationId }),
        ...(request.importance === 0 ? {} : { importance: request.importance }),
      })
      .pipe(
        Effect.map((stored) =>
          MemoryStored.make({ id: stored.id, createdAt: stored.createdAt.getTime() }),
        ),
      ),
  )

export const search = (memory: SemanticMemory, request: SearchMemory) =>
  answered(
    memory
      .recall({
        query: request.query,
        limit: request.limit === 0 ? defaultLimit : request.limit,
        ...(request.userId === "" ? {} : { userId: request.userId }),
      })
      .pipe(
        Effect.map((hits) =>
          MemoryResults.make({
            hits: hits.map(({ memory: m, score }) => ({
              id: m.id,
              content: m.content,
              kind: m.kind,
              score,
              createdAt: m.createdAt.getTime(),
              importance: m.importance,
            })),
          }),
        ),
      ),
  )
