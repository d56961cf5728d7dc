/**
 * The model actor on a real node with the real stories260K model, through messages only:
 * streaming, priorities, the bounded line, cancellation, counting and failures.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import {
  Cancel,
  CountTokens,
  Generate,
  GenerateFailed,
  TokenCounts,
} from "../../../actors/model/messages.js"
import type { Priority } from "../../../schemas/messages/model.js"
import { join } from "node:path"
import { eventually, tempDir } from "../../support/nodes.js"
import { documentedStory, stories } from "../../platform/llm/storiesModel.js"
import { modelView, receivedBy, settings, startModelNode } from "./modelNode.js"

const generate = (requestId: string, priority: Priority = "chat", maxTokens = 0) =>
  Generate.make({
    requestId,
    priority,
    messages: [{ role: "user", content: "Once upon a time" }],
    maxTokens,
    temperature: -1,
  })

describe("model actor", () => {
  it.scopedLive("a generate streams deltas in order to its sender and ends with generated", () =>
    Effect.gen(function* () {
      const system = yield* startModelNode()
      yield* system.tell("client@n", "model@n", generate("story-1"))
      const got = yield* eventually(receivedBy(system, "client"), (r) => r.generated.length === 1)
      const done = got.generated[0]!
      expect(got.failed).toEqual([])
      expect(got.deltas.map((d) => d.seq)).toEqual(got.deltas.map((_, i) => i))
      expect(got.deltas.map((d) => d.text).join("")).toBe(done.text)
      expect(done.text.startsWith(documentedStory)).toBe(true)
      expect(done).toMatchObject({
        requestId: "story-1",
        completionTokens: 60,
        provider: "embedded",
        model: "stories260K.gguf",
      })
      const view = yield* eventually(modelView(system), (v) => v.state === "idle")
      expect([view.generated, view.running.length, view.waiting.length]).toEqual([1, 0, 0])
      expect(view.context).toHaveProperty("prompts", "[redacted]")

      const counts = yield* system.ask(
        "client@n",
        "model@n",
        CountTokens.make({ texts: ["Once upon a time", ""] }),
      )
      expect(counts.type).toBe(TokenCounts.type)
      expect(Schema.decodeUnknownSync(TokenCounts.schema)(counts.payload)).toEqual({
        counts: [4, 0],
        contextSize: 512,
      })
    }),
  )

  it.scopedLive("a chat queued behind background work is served first; a full line is busy", () =>
    Effect.gen(function* () {
      const system = yield* startModelNode({ settings: settings({ queueCapacity: 3 }) })
      yield* system.tell("client@n", "model@n", generate("bg-a", "background", 400))
      yield* eventually(modelView(system), (v) => v.state === "generating")
      yield* system.tell("client@n", "model@n", generate("bg-b", "background", 5))
      yield* system.tell("client@n", "model@n", generate("bg-c", "background", 5))
      yield* system.tell("client@n", "model@n", generate("chat-d", "chat", 5))
      yield* system.tell("client@n", "model@n", generate("chat-e", "chat", 5))
      const got = yield* eventually(receivedBy(system, "client"), (r) => r.generated.length === 4)
      expect(got.generated.map((g) => g.requestId)).toEqual(["bg-a", "chat-d", "bg-b", "bg-c"])
      expect(got.failed).toHaveLength(1)
      expect(got.failed[0]).toMatchObject({ requestId: "chat-e", code: "busy" })
      expect(got.failed[0]?.reason).toContain("3 requests are already waiting")
    }),
  )

  it.scopedLive("cancel mid-stream ends with failed cancelled and frees the model", () =>
    Effect.gen(function* () {
      const system = yield* startModelNode()
      // The canceller cancels on the first delta it receives.
      yield* system.tell("canceller@n", "model@n", generate("cancel-x", "chat", 400))
      const cancelled = yield* eventually(
        receivedBy(system, "canceller"),
        (r) => r.failed.length === 1,
      )
      expect(cancelled.failed[0]).toMatchObject({ requestId: "cancel-x", code: "cancelled" })
      expect(cancelled.generated).toEqual([])
      expect(cancelled.deltas.length).toBeGreaterThan(0)

      yield* system.tell("canceller@n", "model@n", generate("after"))
      const after = yield* eventually(
        receivedBy(system, "canceller"),
        (r) => r.generated.length === 1,
      )
      expect(after.generated[0]?.requestId).toBe("after")
      expect(after.generated[0]?.text.startsWith(documentedStory)).toBe(true)
      // Nothing of the cancelled request arrives after its end.
      expect(after.deltas.filter((d) => d.requestId === "cancel-x")).toEqual(cancelled.deltas)

      // A request still waiting is taken out of the line.
      yield* system.tell("client@n", "model@n", generate("long", "chat", 400))
      yield* system.tell("client@n", "model@n", generate("queued", "background", 5))
      yield* system.tell("test@n", "model@n", Cancel.make({ requestId: "queued" }))
      const line = yield* eventually(receivedBy(system, "client"), (r) => r.generated.length === 1)
      expect(line.generated[0]?.requestId).toBe("long")
      expect(line.failed).toEqual([
        { requestId: "queued", code: "cancelled", reason: "cancelled by request" },
      ])
      const view = yield* eventually(modelView(system), (v) => v.state === "idle")
      expect([view.generated, view.failed]).toEqual([2, 2])
    }),
  )

  it.scopedLive("with concurrency 2, two generations run side by side and both finish", () =>
    Effect.gen(function* () {
      const system = yield* startModelNode({
        settings: settings({ concurrency: 2 }),
        llm: stories({ chatFormat: "plain", sequences: 2 }),
      })
      yield* system.tell("client@n", "model@n", generate("left", "chat", 400))
      yield* system.tell("client@n", "model@n", generate("right", "background", 400))
      const both = yield* eventually(modelView(system), (v) => v.running.length === 2)
      expect(both.state).toBe("generating")
      expect(both.waiting).toEqual([])
      const got = yield* eventually(receivedBy(system, "client"), (r) => r.generated.length === 2)
      const [left, right] = ["left", "right"].map((id) =>
        got.generated.find((g) => g.requestId === id),
      )
      // Greedy on the same prompt: the parallel sequences do not disturb each other.
      expect(left?.text.startsWith(documentedStory)).toBe(true)
      expect(right?.text).toBe(left?.text)
    }),
  )

  it.scopedLive("a missing model file fails with model_missing and says how to get it", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir()
      const missing = join(dir, "models", "qwen.gguf")
      const system = yield* startModelNode({
        llm: stories({ model: "qwen.gguf", modelPath: missing }),
      })
      yield* system.tell("client@n", "model@n", generate("lost"))
      const got = yield* eventually(receivedBy(system, "client"), (r) => r.failed.length === 1)
      expect(got.failed[0]?.code).toBe("model_missing")
      expect(got.failed[0]?.reason).toContain(missing)
      expect(got.failed[0]?.reason).toContain("aico models pull")
      expect(got.deltas).toEqual([])

      const counts = yield* system.ask("client@n", "model@n", CountTokens.make({ texts: ["x"] }))
      expect(counts.type).toBe(GenerateFailed.type)
      expect(Schema.decodeUnknownSync(GenerateFailed.schema)(counts.payload).code).toBe(
        "model_missing",
      )
    }),
  )

  it.scopedLive("a model that stays silent past timeoutMs fails as timeout after its retry", () =>
    Effect.gen(function* () {
      // 1 ms is shorter than loading the model, so every attempt times out.
      const system = yield* startModelNode({ settings: settings({ timeoutMs: 1, retries: 1 }) })
      yield* system.tell("client@n", "model@n", generate("slow"))
      const got = yield* eventually(receivedBy(system, "client"), (r) => r.failed.length === 1)
      expect(got.failed[0]).toMatchObject({ requestId: "slow", code: "timeout" })
      expect(got.failed[0]?.reason).toContain("nothing for 1 ms")
    }),
  )
})
