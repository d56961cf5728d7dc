/**
 * The conversation engine through its messages, on a real node: PostgreSQL, LMDB, Chroma,
 * all-MiniLM-L6-v2, the afinn classifier and the model actor on stories260K.
 */
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Logger, LogLevel, Option, Schema } from "effect"
import { createActor, type Snapshot } from "xstate"
import { engineMachine } from "../../../actors/conversation/engine.machine.js"
import {
  Accepted,
  Feedback,
  Regenerate,
  ReplyFailed,
  Send,
  Stop,
} from "../../../actors/conversation/messages.js"
import { Cancel, Generate } from "../../../actors/model/messages.js"
import type { MessageMeta } from "../../../runtime/actor/ActorDefinition.js"
import { registerHost } from "../../../runtime/actor/ActorHost.js"
import * as Outgoing from "../../../runtime/actor/Outgoing.js"
import { Kind } from "../../../runtime/codec/Envelope.js"
import { FeedbackRepository } from "../../../platform/database/repositories/FeedbackRepository.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import { WorkingMemory } from "../../../platform/workingMemory/WorkingMemory.js"
import type * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { MessageId } from "../../../schemas/data/Message.js"
import { eventually, tempDir } from "../../support/nodes.js"
import {
  type ConversationStores,
  ended,
  engineView,
  heardFor,
  startConversationNode,
  testOptions,
} from "./conversationNode.js"
import { Stack, stack } from "./stack.js"

const send = (
  system: ActorSystem.ActorSystem,
  requestId: string,
  text: string,
  conversationId = "",
) =>
  system.tell(
    "gateway@n",
    "conversation@n",
    Send.make({ requestId, userId: "", conversationId, text }),
  )

/** Sends and waits until the request ended, returning what the client heard. */
const exchange = (
  system: ActorSystem.ActorSystem,
  requestId: string,
  text: string,
  conversationId = "",
) =>
  send(system, requestId, text, conversationId).pipe(
    Effect.zipRight(eventually(heardFor(system, requestId), ended, 60_000)),
  )

const node = Effect.gen(function* () {
  const { stores } = yield* Stack
  const dataDir = yield* tempDir()
  return yield* startConversationNode({ stores, dataDir, conversation: testOptions() })
})

const service = <I extends ConversationStores, S>(tag: Context.Tag<I, S>) =>
  Effect.map(Stack, ({ stores }) => Context.get(stores, tag))

layer(stack, { timeout: 180_000, excludeTestServices: true })("conversation engine", (it) => {
  it.scoped(
    "a send is accepted, streamed in order and completed; the turn is kept in PostgreSQL and working memory",
    () =>
      Effect.gen(function* () {
        const system = yield* node
        const heard = yield* exchange(system, "first", "I love sunny mornings in the park.")
        expect(heard.failed).toEqual([])
        expect(heard.types[0]).toBe("conversation.accepted")
        expect(heard.types.at(-1)).toBe("conversation.reply_done")
        const accepted = heard.accepted[0]!
        const done = heard.done[0]!
        expect(heard.accepted).toHaveLength(1)
        expect(heard.done).toHaveLength(1)
        expect(heard.deltas.length).toBeGreaterThan(0)
        expect(heard.deltas.map((d) => d.seq)).toEqual(heard.deltas.map((_, i) => i))
        expect(heard.deltas.map((d) => d.text).join("")).toBe(done.text)
        expect(done.text.length).toBeGreaterThan(0)
        expect(done.conversationId).toBe(accepted.conversationId)

        const conversationId = ConversationId.make(accepted.conversationId)
        const stored = yield* Effect.flatMap(service(MessageRepository), (messages) =>
          messages.listByConversation(conversationId, { limit: 10 }),
        )
        expect(stored.map((m) => [m.id, m.role, m.content])).toEqual([
          [accepted.messageId, "user", "I love sunny mornings in the park."],
          [done.messageId, "assistant", done.text],
        ])
        const working = yield* Effect.flatMap(service(WorkingMemory), (memory) =>
          memory.recent(accepted.conversationId, 10),
        )
        expect(working.map((e) => [e.role, e.content, e.metadata?.["messageId"]])).toEqual([
          ["user", "I love sunny mornings in the park.", accepted.messageId],
          ["assistant", done.text, done.messageId],
        ])

        // Everyone else hears that the turn is complete, with the classifier's reading.
        const turn = (yield* eventually(heardFor(system, "first"), (h) =>
          h.turns.some((t) => t.replyMessageId === done.messageId),
        )).turns.find((t) => t.replyMessageId === done.messageId)!
        expect(turn).toMatchObject({
          conversationId: accepted.conversationId,
          userMessageId: accepted.messageId,
          userText: "I love sunny mornings in the park.",
          replyText: done.text,
          sentiment: "positive",
        })
        expect(turn.sentimentScore).toBeGreaterThan(0)

        const view = yield* eventually(
          engineView(system),
          (v) => v.conversations[accepted.conversationId]?.phase === "idle",
        )
        expect(view.requests).toEqual({})
        expect(view.conversations[accepted.conversationId]?.context?.counted).toBe("model")
      }),
  )

  it.scoped(
    "a message in another conversation recalls a fact from an earlier one through semantic memory",
    () =>
      Effect.gen(function* () {
        const system = yield* node
        const told = yield* exchange(
          system,
          "tell-fact",
          "My sister Caroline moved to Lisbon and teaches sailing there.",
        )
        expect(told.done).toHaveLength(1)
        const earlier = told.accepted[0]!.conversationId

        const asked = yield* exchange(system, "ask-fact", "Where does my sister Caroline live?")
        expect(asked.done).toHaveLength(1)
        const later = asked.accepted[0]!.conversationId
        expect(later).not.toBe(earlier)

        const view = yield* engineView(system)
        const context = view.conversations[later]?.context
        expect(context?.memories.map((m) => m.conversationId)).toContain(earlier)
      }),
  )

  it.scoped(
    "a regenerate answers the last message again and replaces the reply; feedback is kept per message",
    () =>
      Effect.gen(function* () {
        const system = yield* node
        const first = yield* exchange(system, "before-regenerate", "Tell me a story about a cat.")
        const conversationId = first.accepted[0]!.conversationId
        const replaced = first.done[0]!.messageId

        yield* system.tell(
          "gateway@n",
          "conversation@n",
          Regenerate.make({ requestId: "regenerate", userId: "", conversationId }),
        )
        const again = yield* eventually(heardFor(system, "regenerate"), ended, 60_000)
        expect(again.failed).toEqual([])
        expect(again.accepted[0]?.messageId).toBe("")
        const reply = again.done[0]!
        expect(reply.messageId).not.toBe(replaced)

        const stored = yield* Effect.flatMap(service(MessageRepository), (messages) =>
          messages.listByConversation(ConversationId.make(conversationId), { limit: 10 }),
        )
        expect(stored.map((m) => m.role)).toEqual(["user", "assistant", "assistant"])
        expect(stored[2]?.metadata).toMatchObject({ replaces: replaced })
        const working = yield* Effect.flatMap(service(WorkingMemory), (memory) =>
          memory.recent(conversationId, 10),
        )
        expect(working.map((e) => e.role)).toEqual(["user", "assistant", "assistant"])
        expect(working[2]?.metadata).toMatchObject({
          messageId: reply.messageId,
          replaces: replaced,
        })

        // A third message's history holds one exchange: the replaced reply is left out.
        const next = yield* exchange(system, "after-regenerate", "And then?", conversationId)
        expect(next.done).toHaveLength(1)
        expect((yield* engineView(system)).conversations[conversationId]?.context?.turns).toBe(1)

        yield* system.tell(
          "gateway@n",
          "conversation@n",
          Feedback.make({
            messageId: reply.messageId,
            userId: "",
            rating: "up",
            comment: "lovely",
          }),
        )
        const feedback = yield* service(FeedbackRepository)
        const rated = yield* eventually(
          feedback.findByMessage(MessageId.make(reply.messageId)),
          Option.isSome,
        )
        expect(Option.getOrThrow(rated)).toMatchObject({ rating: "up", comment: "lovely" })
        // A second rating of the same message replaces the first.
        yield* system.tell(
          "gateway@n",
          "conversation@n",
          Feedback.make({ messageId: reply.messageId, userId: "", rating: "down", comment: "" }),
        )
        const changed = yield* eventually(
          feedback.findByMessage(MessageId.make(reply.messageId)),
          (found) => Option.isSome(found) && found.value.rating === "down",
        )
        expect(Option.getOrThrow(changed).comment).toBe("")
      }),
  )

  it.scoped(
    "messages sent while a reply is being made wait their turn and are answered in order",
    () =>
      Effect.gen(function* () {
        const system = yield* node
        const opened = yield* exchange(system, "open-line", "Good morning!")
        const conversationId = opened.accepted[0]!.conversationId
        yield* send(system, "line-1", "What is the weather like?", conversationId)
        yield* send(system, "line-2", "And tomorrow?", conversationId)
        const second = yield* eventually(heardFor(system, "line-2"), ended, 60_000)
        const first = yield* heardFor(system, "line-1")
        expect(first.done).toHaveLength(1)
        expect(second.done).toHaveLength(1)
        // One request at a time: the second is accepted only after the first is done.
        expect(second.accepted[0]!.at).toBeGreaterThan(first.done[0]!.at)
        const stored = yield* Effect.flatMap(service(MessageRepository), (messages) =>
          messages.listByConversation(ConversationId.make(conversationId), { limit: 10 }),
        )
        expect(stored.map((m) => m.content).slice(2)).toEqual([
          "What is the weather like?",
          first.done[0]!.text,
          "And tomorrow?",
          second.done[0]!.text,
        ])
      }),
  )

  it.scoped("a send to a conversation that does not exist fails as not_found", () =>
    Effect.gen(function* () {
      const system = yield* node
      const missing = "00000000-0000-4000-8000-00000000dead"
      const heard = yield* exchange(system, "nowhere", "Hello?", missing)
      expect(heard.failed).toEqual([
        expect.objectContaining({ code: "not_found", conversationId: missing }),
      ])
      expect(heard.accepted).toEqual([])
      expect(Schema.is(Schema.String)(heard.failed[0]?.reason)).toBe(true)
    }),
  )
})

/** A tell from the gateway, as the cell hands it to the machine. */
const metaOf = (id: string): MessageMeta => ({
  id,
  sender: "gateway@n",
  kind: "tell",
  topic: "",
  correlationId: "",
  attempt: 1,
  durable: false,
  replyTo: { sender: "gateway@n", id, kind: Kind.KIND_TELL },
})

/** The engine's machine run directly, its outgoing messages collected. */
const runEngine = (address: string, snapshot?: Snapshot<unknown>) =>
  Effect.gen(function* () {
    const { stores } = yield* Stack
    const machine = yield* engineMachine(testOptions()).pipe(Effect.provide(stores))
    // Its invoked steps run quietly, as on a node, under the actor's address.
    const runtime = yield* Effect.runtime<never>().pipe(Logger.withMinimumLogLevel(LogLevel.None))
    yield* Effect.acquireRelease(
      Effect.sync(() =>
        registerHost(address, {
          runtime,
          currentMessageId: () => undefined,
          track: () => () => {},
          ask: () => Promise.reject(new Error("no bus here")),
        }),
      ),
      (unregister) => Effect.sync(unregister),
    )
    const sent: Array<Outgoing.Outgoing> = []
    const engine = createActor(machine, {
      id: address,
      ...(snapshot === undefined ? {} : { snapshot }),
    })
    engine.on("*", (emitted) => {
      if (Outgoing.isOutgoing(emitted)) sent.push(emitted)
    })
    engine.start()
    yield* Effect.addFinalizer(() => Effect.sync(() => engine.stop()))
    return { engine, sent }
  })

const told = (sent: ReadonlyArray<Outgoing.Outgoing>, type: string) =>
  sent.flatMap((o) => (o.type === "@aico.tell" && o.message.type === type ? [o.message] : []))
const published = (sent: ReadonlyArray<Outgoing.Outgoing>, type: string) =>
  sent.flatMap((o) => (o.type === "@aico.publish" && o.message.type === type ? [o.message] : []))

layer(stack, { timeout: 180_000, excludeTestServices: true })(
  "conversation engine, restarted",
  (it) => {
    it.scoped(
      "a reply in flight when the engine stopped ends with reply_failed after the restart, and no message text was persisted",
      () =>
        Effect.gen(function* () {
          const text = "A secret only the database may keep"
          const address = `conversation@restore-${crypto.randomUUID()}`
          const persisted = yield* Effect.scoped(
            Effect.gen(function* () {
              const { engine, sent } = yield* runEngine(address)
              engine.send({
                type: "conversation.send",
                payload: Send.make({ requestId: "in-flight", userId: "", conversationId: "", text })
                  .payload,
                meta: metaOf("m1"),
              })
              yield* eventually(
                Effect.sync(() => told(sent, Generate.type)),
                (generates) => generates.length > 0,
              )
              return JSON.parse(JSON.stringify(engine.getPersistedSnapshot())) as Snapshot<unknown>
            }),
          )
          expect(JSON.stringify(persisted)).not.toContain(text)

          const { engine, sent } = yield* runEngine(address, persisted)
          const failed = yield* eventually(
            Effect.sync(() => published(sent, ReplyFailed.type)),
            (messages) => messages.length > 0,
          )
          expect(failed.map((m) => m.payload)).toEqual([
            expect.objectContaining({ requestId: "in-flight", code: "internal" }),
          ])
          expect(told(sent, Cancel.type)).toHaveLength(1)
          const context = Schema.decodeUnknownSync(
            Schema.Struct({
              requests: Schema.Record({ key: Schema.String, value: Schema.String }),
              conversations: Schema.Record({
                key: Schema.String,
                value: Schema.Struct({ phase: Schema.String }),
              }),
            }),
          )(engine.getSnapshot().context)
          expect(context.requests).toEqual({})
          expect(Object.values(context.conversations).map((c) => c.phase)).toEqual(["idle"])
        }),
    )

    it.scoped(
      "a stop while the context is gathered ends the request before the model is asked",
      () =>
        Effect.gen(function* () {
          const { engine, sent } = yield* runEngine(`conversation@stop-${crypto.randomUUID()}`)
          const tell = (type: string, payload: unknown, id: string) =>
            engine.send({ type, payload, meta: metaOf(id) } as Parameters<typeof engine.send>[0])
          // A first request opens the conversation; the model here never answers, so it is stopped.
          tell(
            "conversation.send",
            Send.make({ requestId: "first", userId: "", conversationId: "", text: "Hi" }).payload,
            "s1",
          )
          const accepted = yield* eventually(
            Effect.sync(() => published(sent, Accepted.type)),
            (messages) => messages.length > 0,
          )
          const conversationId = Schema.decodeUnknownSync(Accepted.schema)(
            accepted[0]!.payload,
          ).conversationId
          tell("conversation.stop", Stop.make({ requestId: "first", conversationId }).payload, "s2")
          yield* eventually(
            Effect.sync(() => published(sent, ReplyFailed.type)),
            (messages) => messages.length === 1,
          )
          // The second request is stopped in the same breath: it is still being prepared.
          tell(
            "conversation.send",
            Send.make({ requestId: "second", userId: "", conversationId, text: "Again" }).payload,
            "s3",
          )
          tell(
            "conversation.stop",
            Stop.make({ requestId: "second", conversationId }).payload,
            "s4",
          )
          const failed = yield* eventually(
            Effect.sync(() => published(sent, ReplyFailed.type)),
            (messages) => messages.length === 2,
          )
          expect(failed[1]!.payload).toMatchObject({
            requestId: "second",
            code: "cancelled",
            reason: "stopped before the reply began",
          })
          expect(told(sent, Generate.type)).toHaveLength(1)
        }),
    )

    it.scoped(
      "a restart of the model actor ends the replies it was generating as model_unavailable",
      () =>
        Effect.gen(function* () {
          const { engine, sent } = yield* runEngine(
            `conversation@model-down-${crypto.randomUUID()}`,
          )
          engine.send({
            type: "conversation.send",
            payload: Send.make({
              requestId: "generating",
              userId: "",
              conversationId: "",
              text: "Hi",
            }).payload,
            meta: metaOf("m2"),
          })
          yield* eventually(
            Effect.sync(() => told(sent, Generate.type)),
            (generates) => generates.length > 0,
          )
          engine.send({
            type: "system.supervision",
            payload: {
              supervisor: "root@n",
              child: "model@n",
              directive: "restart",
              reason: "model crashed",
              restarts: 1,
              at: Date.now(),
            },
            meta: {
              ...metaOf("m3"),
              kind: "publish",
              topic: "system.supervision",
              sender: "root@n",
            },
          })
          const failed = yield* eventually(
            Effect.sync(() => published(sent, ReplyFailed.type)),
            (messages) => messages.length > 0,
          )
          expect(failed.map((m) => m.payload)).toEqual([
            expect.objectContaining({ requestId: "generating", code: "model_unavailable" }),
          ])
        }),
    )
  },
)
