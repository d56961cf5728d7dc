/**
 * The model service actor (`model@<node>`): generations wait in a bounded line (a chat
 * before background work), `concurrency` of them run at a time, each streaming
 * `model.delta` tells to its requester and ending with exactly one `model.generated` or
 * `model.failed`. `model.cancel` takes a request out of the line or stops it mid-stream.
 * Introspection shows `idle` or `generating`, what runs and what waits (never the prompts).
 */
import { Effect } from "effect"
import { type AnyActorRef, assertEvent, emit, enqueueActions, setup } from "xstate"
import {
  defineActor,
  type MessageEvents,
  type MessageMeta,
} from "../../runtime/actor/ActorDefinition.js"
import { fromEffect } from "../../runtime/actor/fromEffect.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import type { Message } from "../../runtime/message/MessageDefinition.js"
import { LanguageModel } from "../../platform/llm/LanguageModel.js"
import type * as Model from "../../schemas/messages/model.js"
import { countTokens } from "./countTokens.js"
import { generate } from "./generation.js"
import {
  Cancel,
  CountTokens,
  Delta,
  Generate,
  GenerateFailed,
  Generated,
  TokenCounts,
} from "./messages.js"
import type { ModelSettings } from "./ModelSettings.js"
import { enqueue, find, without, type Waiting } from "./modelQueue.js"

const accepts = [Generate, Cancel, CountTokens] as const

interface Context {
  readonly waiting: ReadonlyArray<Waiting>
  readonly running: ReadonlyArray<Waiting>
  /** The requests' messages, by request id: kept out of introspection (`secretContextKeys`). */
  readonly prompts: Readonly<Record<string, Model.Generate>>
  readonly generated: number
  readonly failed: number
}

/** A delta from a running generation, sent to the machine by its invoked Effect. */
interface DeltaEvent {
  readonly type: "generation.delta"
  readonly requestId: string
  readonly seq: number
  readonly text: string
}

type Output =
  | { readonly kind: "generation"; readonly requestId: string; readonly message: Message }
  | { readonly kind: "count"; readonly message: Message; readonly meta: MessageMeta }

type Events =
  | MessageEvents<typeof accepts>
  | DeltaEvent
  | { type: `xstate.done.actor.${string}`; output: Output }
  | { type: `xstate.error.actor.${string}`; error: unknown }

const childId = (requestId: string) => `generation:${requestId}`
const prefix = "generation:"

const failed = (requestId: string, code: Model.FailureCode, reason: string) =>
  GenerateFailed.make({ requestId, code, reason })

const dropPrompt = (prompts: Context["prompts"], requestId: string) =>
  Object.fromEntries(Object.entries(prompts).filter(([id]) => id !== requestId))

export const modelMachine = (settings: ModelSettings) =>
  Effect.gen(function* () {
    const llm = yield* LanguageModel
    return setup({
      types: {
        context: {} as Context,
        events: {} as Events,
        emitted: {} as Outgoing.Outgoing,
      },
      actors: {
        generation: fromEffect(
          (input: { request: Model.Generate; parent: AnyActorRef }): Effect.Effect<Output> =>
            generate(llm, settings, input.request, (seq, text) =>
              input.parent.send({
                type: "generation.delta",
                requestId: input.request.requestId,
                seq,
                text,
              }),
            ).pipe(
              Effect.map((message) => ({
                kind: "generation" as const,
                requestId: input.request.requestId,
                message,
              })),
            ),
        ),
        count: fromEffect(
          (input: { request: Model.CountTokens; meta: MessageMeta }): Effect.Effect<Output> =>
            countTokens(llm, input.request).pipe(
              Effect.map((message) => ({ kind: "count" as const, message, meta: input.meta })),
            ),
        ),
      },
      guards: {
        busy: ({ context }) => context.running.length > 0,
        free: ({ context }) => context.running.length === 0,
        duplicate: ({ context, event }) => {
          assertEvent(event, "model.generate")
          const id = event.payload.requestId
          return find(context.waiting, id) !== undefined || find(context.running, id) !== undefined
        },
        lineFull: ({ context }) => context.waiting.length >= settings.queueCapacity,
      },
      actions: {
        refuse: emit(({ event }) => {
          assertEvent(event, "model.generate")
          return Outgoing.tell(
            event.meta.sender,
            failed(
              event.payload.requestId,
              "busy",
              `the model is busy: ${settings.queueCapacity} requests are already waiting`,
            ),
          )
        }),
        refuseDuplicate: emit(({ event }) => {
          assertEvent(event, "model.generate")
          return Outgoing.log(
            "warning",
            `request ${event.payload.requestId} is already waiting or running; the repeat is ignored`,
          )
        }),
        line: enqueueActions(({ context, event, enqueue: act }) => {
          assertEvent(event, "model.generate")
          const { requestId, priority } = event.payload
          act.assign({
            waiting: enqueue(context.waiting, { requestId, priority, sender: event.meta.sender }),
            prompts: { ...context.prompts, [requestId]: event.payload },
          })
        }),
        /** Starts waiting requests while fewer than `concurrency` run. */
        startWaiting: enqueueActions(({ context, enqueue: act, self }) => {
          const free = Math.max(0, settings.concurrency - context.running.length)
          const starting = context.waiting.slice(0, free)
          if (starting.length === 0) return
          for (const entry of starting) {
            const request = context.prompts[entry.requestId]
            if (request === undefined) continue
            act.spawnChild("generation", {
              id: childId(entry.requestId),
              input: { request, parent: self },
            })
          }
          act.assign({
            waiting: context.waiting.slice(starting.length),
            running: [...context.running, ...starting],
          })
        }),
        cancel: enqueueActions(({ context, event, enqueue: act }) => {
          assertEvent(event, "model.cancel")
          const id = event.payload.requestId
          const entry = find(context.waiting, id) ?? find(context.running, id)
          if (entry === undefined) return
          if (find(context.running, id) !== undefined) act.stopChild(childId(id))
          act.emit(Outgoing.tell(entry.sender, failed(id, "cancelled", "cancelled by request")))
          act.assign({
            waiting: without(context.waiting, id),
            running: without(context.running, id),
            prompts: dropPrompt(context.prompts, id),
            failed: context.failed + 1,
          })
        }),
        forwardDelta: enqueueActions(({ context, event, enqueue: act }) => {
          assertEvent(event, "generation.delta")
          // A generation stopped by a cancel may still deliver a delta it had in hand.
          const entry = find(context.running, event.requestId)
          if (entry === undefined) return
          const { requestId, seq, text } = event
          act.emit(Outgoing.tell(entry.sender, Delta.make({ requestId, seq, text })))
        }),
        countTokens: enqueueActions(({ event, enqueue: act }) => {
          assertEvent(event, "model.count_tokens")
          act.spawnChild("count", { input: { request: event.payload, meta: event.meta } })
        }),
        finish: enqueueActions(({ context, event, enqueue: act }) => {
          if (!("output" in event)) return
          const output = event.output
          if (output.kind === "count") return act.emit(Outgoing.reply(output.message, output.meta))
          const entry = find(context.running, output.requestId)
          if (entry === undefined) return
          const ok = output.message.type === Generated.type
          act.emit(Outgoing.tell(entry.sender, output.message))
          act.assign({
            running: without(context.running, output.requestId),
            prompts: dropPrompt(context.prompts, output.requestId),
            generated: context.generated + (ok ? 1 : 0),
            failed: context.failed + (ok ? 0 : 1),
          })
        }),
        /** Invoked work that died instead of answering (a defect): the request still ends. */
        crashed: enqueueActions(({ context, event, enqueue: act }) => {
          const id = event.type.slice("xstate.error.actor.".length)
          if (!id.startsWith(prefix)) {
            return act.emit(Outgoing.log("error", `invoked work failed: ${event.type}`))
          }
          const requestId = id.slice(prefix.length)
          const entry = find(context.running, requestId)
          if (entry === undefined) return
          const reason = "error" in event ? String(event.error) : "unknown"
          act.emit(Outgoing.tell(entry.sender, failed(requestId, "internal", reason)))
          act.assign({
            running: without(context.running, requestId),
            prompts: dropPrompt(context.prompts, requestId),
            failed: context.failed + 1,
          })
        }),
      },
    }).createMachine({
      id: "model",
      context: { waiting: [], running: [], prompts: {}, generated: 0, failed: 0 },
      initial: "idle",
      on: {
        "model.generate": [
          { guard: "duplicate", actions: "refuseDuplicate" },
          { guard: "lineFull", actions: "refuse" },
          { actions: ["line", "startWaiting"] },
        ],
        "model.cancel": { actions: ["cancel", "startWaiting"] },
        "model.count_tokens": { actions: "countTokens" },
        "generation.delta": { actions: "forwardDelta" },
        "xstate.done.actor.*": { actions: ["finish", "startWaiting"] },
        "xstate.error.actor.*": { actions: ["crashed", "startWaiting"] },
      },
      states: {
        idle: { always: { guard: "busy", target: "generating" } },
        generating: { always: { guard: "free", target: "idle" } },
      },
    })
  })

/** The model service actor; `settingsFromConfig(config)` gives it the `llm.*` settings. */
export const modelActor = (settings: ModelSettings, name = "model") =>
  defineActor<LanguageModel>({
    name,
    accepts,
    emits: [Delta, Generated, GenerateFailed, TokenCounts],
    machine: modelMachine(settings),
    // Generations in flight cannot resume after a restart: their requesters hear nothing
    // more and time out; a new request starts afresh.
    persist: false,
    secretContextKeys: ["prompts"],
  })
