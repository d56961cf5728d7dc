/**
 * The memory actor on a real node: `memory.store` and `memory.search` asked over the bus,
 * answered from semantic memory on PostgreSQL, Chroma and all-MiniLM-L6-v2.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Logger, LogLevel, Schema } from "effect"
import { memoryActor } from "../../../actors/memory/memory.machine.js"
import {
  MemoryFailed,
  MemoryResults,
  MemoryStored,
  memoryMessages,
  SearchMemory,
  StoreMemory,
} from "../../../actors/memory/messages.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { memoryStack, stackDirs } from "../../support/memoryStack.js"
import { tempDir } from "../../support/nodes.js"

const store = (content: string, importance = 0) =>
  StoreMemory.make({ content, kind: "", userId: "", conversationId: "", importance })

describe("memory actor", () => {
  it.scopedLive("stores and searches through asks, and answers failures as messages", () =>
    Effect.gen(function* () {
      const dirs = yield* stackDirs
      const dataDir = yield* tempDir()
      // Built in the test's scope, so the stores outlive the node (stopped first).
      const stores = yield* Layer.build(memoryStack(dirs))
      const system = yield* ActorSystem.make({
        nodeId: "n",
        dataDir,
        endpoint: `inproc://memory-${crypto.randomUUID()}`,
        messages: memoryMessages,
        root: supervisor("root", { strategy: "one-for-one" }, [actor(memoryActor())]),
      }).pipe(Effect.provide(stores), Logger.withMinimumLogLevel(LogLevel.None))

      const stored = yield* system.ask(
        "test@n",
        "memory@n",
        store("Caroline adopted a puppy named Biscuit"),
      )
      expect(stored.type).toBe(MemoryStored.type)
      yield* system.ask("test@n", "memory@n", store("The quarterly report is due on Friday", 0.9))

      const answer = yield* system.ask(
        "test@n",
        "memory@n",
        SearchMemory.make({ query: "What is the dog called?", userId: "", limit: 0 }),
      )
      expect(answer.type).toBe(MemoryResults.type)
      const results = Schema.decodeUnknownSync(MemoryResults.schema)(answer.payload)
      expect(results.hits).toHaveLength(2)
      expect(results.hits[0]?.content).toContain("Biscuit")
      expect(results.hits[1]?.importance).toBeCloseTo(0.9)

      const tooLarge = yield* system.ask("test@n", "memory@n", store("x".repeat(20_000)))
      expect(tooLarge.type).toBe(MemoryFailed.type)
      const failure = Schema.decodeUnknownSync(MemoryFailed.schema)(tooLarge.payload)
      expect(failure.code).toBe("too_large")
      expect(failure.reason).toContain("20000 characters")
    }),
  )
})
