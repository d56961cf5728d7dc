/**
 * Replies that do not go to plan: stopped mid-stream, the model actor restarted in the
 * middle of a reply, the model file missing. Each request still ends with exactly one
 * `reply_failed` with a typed code, and the conversation answers its next message.
 */
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Layer } from "effect"
import { symlinkSync } from "node:fs"
import { join } from "node:path"
import { Send } from "../../../actors/conversation/messages.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import * as Embedded from "../../../platform/llm/EmbeddedLanguageModel.js"
import { LanguageModel } from "../../../platform/llm/LanguageModel.js"
import type * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { eventually, tempDir } from "../../support/nodes.js"
import { stories, storiesPath } from "../../platform/llm/storiesModel.js"
import {
  ended,
  engineView,
  heardFor,
  modelSettings,
  startConversationNode,
  testOptions,
} from "./conversationNode.js"
import { Stack, stack } from "./stack.js"

const exchange = (
  system: ActorSystem.ActorSystem,
  requestId: string,
  text: string,
  conversationId = "",
) =>
  system
    .tell("gateway@n", "conversation@n", Send.make({ requestId, userId: "", conversationId, text }))
    .pipe(Effect.zipRight(eventually(heardFor(system, requestId), ended, 60_000)))

/** A long reply, so that there is time to disrupt it after its first delta. */
const long = { maxReplyTokens: 320 }

/** A node whose replies run long enough to be disrupted midway. */
const longRepliesNode = (stores: Parameters<typeof startConversationNode>[0]["stores"]) =>
  Effect.flatMap(tempDir(), (dataDir) =>
    startConversationNode({
      stores,
      dataDir,
      conversation: testOptions(long),
      model: modelSettings(long),
    }),
  )

layer(stack, { timeout: 180_000, excludeTestServices: true })(
  "conversation engine disrupted",
  (it) => {
    it.scoped(
      "a reply stopped mid-stream fails as cancelled, is not stored, and the next send is answered",
      () =>
        Effect.gen(function* () {
          const { stores } = yield* Stack
          const system = yield* longRepliesNode(stores)
          // The client stops a request whose id starts with "stop-" at its first delta.
          const stopped = yield* exchange(system, "stop-1", "Once upon a time")
          expect(stopped.done).toEqual([])
          expect(stopped.failed).toEqual([expect.objectContaining({ code: "cancelled" })])
          expect(stopped.deltas.length).toBeGreaterThan(0)
          const conversationId = stopped.accepted[0]!.conversationId

          const next = yield* exchange(system, "after-stop", "Once upon a time", conversationId)
          expect(next.failed).toEqual([])
          expect(next.done).toHaveLength(1)
          const stored = yield* Context.get(stores, MessageRepository).listByConversation(
            ConversationId.make(conversationId),
            { limit: 10 },
          )
          // The stopped reply was dropped: two user messages, one reply.
          expect(stored.map((m) => m.role)).toEqual(["user", "user", "assistant"])
        }),
    )

    it.scoped(
      "the model actor restarted during a reply: the reply fails instead of hanging, and the next send is answered",
      () =>
        Effect.gen(function* () {
          const { stores } = yield* Stack
          const system = yield* startConversationNode({
            stores,
            dataDir: yield* tempDir(),
            conversation: testOptions({ ...long, replyTimeoutMs: 3_000 }),
            model: modelSettings(long),
          })
          // The client crashes the model's sibling at the first delta of a "crash-" request;
          // the one-for-all supervisor restarts the model actor with it.
          const crashed = yield* exchange(system, "crash-1", "Once upon a time")
          expect(crashed.done).toEqual([])
          // The restarted model knows nothing of the reply: nothing more arrives, the watch fires.
          expect(crashed.failed).toEqual([expect.objectContaining({ code: "timeout" })])
          const conversationId = crashed.accepted[0]!.conversationId
          const next = yield* exchange(system, "after-crash", "Once upon a time", conversationId)
          expect(next.failed).toEqual([])
          expect(next.done).toHaveLength(1)
          const view = yield* eventually(
            engineView(system),
            (v) => v.conversations[conversationId]?.phase === "idle",
          )
          expect(view.requests).toEqual({})
        }),
    )

    it.scoped(
      "the model actor restarted by its supervisor during a reply: the engine hears of it and fails the reply at once",
      () =>
        Effect.gen(function* () {
          const { stores } = yield* Stack
          const system = yield* longRepliesNode(stores)
          yield* system.tell(
            "gateway@n",
            "conversation@n",
            Send.make({
              requestId: "restart-1",
              userId: "",
              conversationId: "",
              text: "Once upon a time",
            }),
          )
          yield* eventually(heardFor(system, "restart-1"), (h) => h.deltas.length > 0, 60_000)
          yield* system.restart("model@n")
          const restarted = yield* eventually(heardFor(system, "restart-1"), ended, 60_000)
          expect(restarted.done).toEqual([])
          expect(restarted.failed).toEqual([expect.objectContaining({ code: "model_unavailable" })])
          expect(restarted.failed[0]!.reason).toContain("restarted")
        }),
    )

    it.scoped(
      "a missing model file fails as model_missing; once the file is there the next send is answered",
      () =>
        Effect.gen(function* () {
          const { root, stores } = yield* Stack
          const modelPath = join(root, `missing-${crypto.randomUUID()}.gguf`)
          const llm = yield* Layer.build(Embedded.layer(stories({ modelPath })))
          const system = yield* startConversationNode({
            stores: Context.add(stores, LanguageModel, Context.get(llm, LanguageModel)),
            dataDir: yield* tempDir(),
            conversation: testOptions(),
          })
          const missing = yield* exchange(system, "no-model", "Hello there")
          expect(missing.done).toEqual([])
          expect(missing.failed).toEqual([expect.objectContaining({ code: "model_missing" })])
          expect(missing.failed[0]!.reason).toContain(modelPath)
          const conversationId = missing.accepted[0]!.conversationId
          // The context was fitted with estimated token counts: the model could not count.
          expect((yield* engineView(system)).conversations[conversationId]?.context?.counted).toBe(
            "estimate",
          )

          // The model arrives (a link to the shared file, never a copy).
          symlinkSync(storiesPath, modelPath)
          const next = yield* exchange(system, "model-arrived", "Hello there", conversationId)
          expect(next.failed).toEqual([])
          expect(next.done).toHaveLength(1)
        }),
    )
  },
)
