/**
 * The conversation engine (`conversation@<node>`): one child machine per conversation
 * (`conversation.machine.ts`), spawned when a conversation is first spoken to, routed its
 * requests and its model's messages, and given up when it has been idle a while.
 *
 * Why XState children rather than an actor per conversation in the runtime's tree: a
 * conversation is a handful of states that come and go by the thousand, and has nothing
 * worth its own mailbox, bus address or snapshot row — the model answers one address, and
 * all a conversation keeps is in PostgreSQL and working memory. Spawned children give each
 * conversation its own machine, persisted inside the engine's snapshot and visible to the
 * inspector, while the engine supervises them: a child that fails is answered for
 * (`reply_failed` for its requests) and started afresh on its next request.
 */
import { Effect, Schema } from "effect"
import { assertEvent, assign, emit, enqueueActions, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import * as Out from "../../runtime/actor/Outgoing.js"
import { SupervisionEvent } from "../../runtime/message/systemMessages.js"
import {
  Cancel,
  CountTokens,
  Delta,
  Generate,
  GenerateFailed,
  Generated,
} from "../model/messages.js"
import { conversationMachine } from "./conversation.machine.js"
import {
  conversationChildId,
  conversationChildPrefix,
  conversationOfModelRequest,
  type FromConversation,
  type ToConversation,
  type TurnRequest,
} from "./ConversationEvents.js"
import type { ConversationOptions } from "./ConversationOptions.js"
import { updated, without, type ConversationViews } from "./ConversationView.js"
import {
  Accepted,
  Feedback,
  Regenerate,
  ReplyDelta,
  ReplyDone,
  ReplyFailed,
  replyTopic,
  Send,
  Stop,
  TurnCompleted,
} from "./messages.js"
import { restartSafeEffect } from "./restartSafe.js"
import { engineServices, type EngineRequirements } from "./steps/EngineServices.js"
import { recordFeedback } from "./steps/feedback.js"
import { openConversation, type Opened } from "./steps/open.js"
import { failureOf } from "./TurnFailed.js"

const accepts = [
  Send,
  Regenerate,
  Stop,
  Feedback,
  Delta,
  Generated,
  GenerateFailed,
  SupervisionEvent,
] as const

export interface EngineContext {
  /** Requests in flight: their conversation, "" while a new one is being opened. */
  readonly requests: Readonly<Record<string, string>>
  /** Requests stopped while their new conversation was being opened. */
  readonly stopped: ReadonlyArray<string>
  readonly conversations: ConversationViews
}

type Events =
  | MessageEvents<typeof accepts>
  | FromConversation
  /** A send whose new conversation is now open, routed like any other. */
  | {
      readonly type: "engine.route"
      readonly conversationId: string
      readonly request: TurnRequest
    }
  | { readonly type: `xstate.done.actor.${string}`; readonly output?: unknown }
  | { readonly type: `xstate.error.actor.${string}`; readonly error?: unknown }

const openPrefix = "open:"
const OpenedOutput = Schema.Struct({
  requestId: Schema.String,
  conversationId: Schema.String,
  userId: Schema.String,
  text: Schema.String,
})
const isOpened = Schema.is(OpenedOutput)

const childOf = (type: string, kind: "done" | "error") => type.slice(`xstate.${kind}.actor.`.length)

const failed = (requestId: string, conversationId: string, code: ReplyFailed, reason: string) =>
  Out.publish(replyTopic, ReplyFailed.make({ requestId, conversationId, code, reason }))
type ReplyFailed = Parameters<typeof ReplyFailed.make>[0]["code"]

export const engineMachine = (options: ConversationOptions) =>
  Effect.gen(function* () {
    const services = yield* engineServices
    const conversation = conversationMachine(services, options)
    const open = (input: {
      readonly requestId: string
      readonly userId: string
      readonly text: string
    }) =>
      openConversation(
        services,
        options,
      )(input).pipe(Effect.map((opened: Opened) => ({ ...opened, text: input.text })))
    return setup({
      types: {
        context: {} as EngineContext,
        events: {} as Events,
        emitted: {} as Out.Outgoing,
      },
      actors: {
        conversation,
        open: restartSafeEffect(open),
        feedback: restartSafeEffect(recordFeedback(services)),
      },
      actions: {
        /** A request for a conversation: its child is started if need be and handed it. */
        route: enqueueActions(
          (
            { context, enqueue, self },
            params: { readonly conversationId: string; readonly request: TurnRequest },
          ) => {
            const id = conversationChildId(params.conversationId)
            const child = self.getSnapshot().children[id]
            if (child === undefined || child.getSnapshot().status !== "active") {
              if (child !== undefined) enqueue.stopChild(id)
              enqueue.spawnChild("conversation", {
                id,
                input: { conversationId: params.conversationId },
              })
            }
            enqueue.sendTo(id, { type: "turn.request", request: params.request })
            enqueue.assign({
              requests: { ...context.requests, [params.request.requestId]: params.conversationId },
            })
          },
        ),
        open: enqueueActions(({ context, event, enqueue }) => {
          assertEvent(event, "conversation.send")
          const { requestId, text, userId } = event.payload
          enqueue.spawnChild("open", {
            id: `${openPrefix}${requestId}`,
            input: { requestId, userId, text },
          })
          enqueue.assign({ requests: { ...context.requests, [requestId]: "" } })
        }),
        stop: enqueueActions(({ context, event, enqueue }) => {
          assertEvent(event, "conversation.stop")
          const { requestId } = event.payload
          const conversationId = context.requests[requestId]
          if (conversationId === undefined) return
          if (conversationId === "") {
            enqueue.assign({ stopped: [...context.stopped, requestId] })
            return
          }
          enqueue.sendTo(conversationChildId(conversationId), { type: "turn.stop", requestId })
        }),
        feedback: enqueueActions(({ event, enqueue }) => {
          assertEvent(event, "conversation.feedback")
          enqueue.spawnChild("feedback", { id: `feedback:${event.meta.id}`, input: event.payload })
        }),
        /** Model messages go to the conversation whose generation they belong to. */
        toModelRequester: enqueueActions(({ event, enqueue, self }) => {
          assertEvent(event, ["model.delta", "model.generated", "model.failed"])
          const id = conversationChildId(conversationOfModelRequest(event.payload.requestId))
          if (self.getSnapshot().children[id] === undefined) return
          const forwarded: ToConversation =
            event.type === "model.delta"
              ? { type: event.type, payload: event.payload }
              : event.type === "model.generated"
                ? { type: event.type, payload: event.payload }
                : { type: event.type, payload: event.payload }
          enqueue.sendTo(id, forwarded)
        }),
        modelDown: enqueueActions(({ event, enqueue, self }) => {
          assertEvent(event, "system.supervision")
          const reason = `the model service was ${event.payload.directive === "restart" ? "restarted" : "stopped"}: ${event.payload.reason}`
          for (const id of Object.keys(self.getSnapshot().children)) {
            if (id.startsWith(conversationChildPrefix))
              enqueue.sendTo(id, { type: "model.down", reason })
          }
        }),
        send: emit(({ event }) => {
          assertEvent(event, "conversation.out")
          return event.outgoing
        }),
        phase: assign(({ context, event }) => {
          assertEvent(event, "conversation.phase")
          return {
            conversations: updated(context.conversations, event.conversationId, {
              phase: event.phase,
            }),
          }
        }),
        assembled: assign(({ context, event }) => {
          assertEvent(event, "conversation.assembled")
          return {
            conversations: updated(context.conversations, event.conversationId, {
              context: event.summary,
            }),
          }
        }),
        timed: assign(({ context, event }) => {
          assertEvent(event, "conversation.generated")
          return {
            conversations: updated(context.conversations, event.conversationId, {
              timing: event.timing,
            }),
          }
        }),
        finished: assign(({ context, event }) => {
          assertEvent(event, "conversation.finished")
          return { requests: without(context.requests, event.requestId) }
        }),
        /** A new conversation is open: its send goes on, unless it was stopped meanwhile. */
        opened: enqueueActions(({ context, event, enqueue }) => {
          const child = childOf(event.type, "done")
          // A finished spawned child stays in the snapshot (with its output) until stopped.
          enqueue.stopChild(child)
          if (child.startsWith(conversationChildPrefix)) {
            // A conversation retired after being idle: it is started again when spoken to.
            const conversationId = child.slice(conversationChildPrefix.length)
            enqueue.assign({ conversations: without(context.conversations, conversationId) })
            return
          }
          if (!child.startsWith(openPrefix) || !("output" in event) || !isOpened(event.output))
            return
          const { conversationId, requestId, text, userId } = event.output
          if (context.stopped.includes(requestId)) {
            enqueue.emit(
              failed(requestId, conversationId, "cancelled", "stopped before it was answered"),
            )
            enqueue.assign({
              stopped: context.stopped.filter((id) => id !== requestId),
              requests: without(context.requests, requestId),
            })
            return
          }
          enqueue.raise({
            type: "engine.route",
            conversationId,
            request: { kind: "send", requestId, userId, text },
          })
        }),
        /** Invoked work or a conversation failed: its requests are answered, nothing hangs. */
        crashed: enqueueActions(({ context, event, enqueue }) => {
          const child = childOf(event.type, "error")
          const error = "error" in event ? event.error : undefined
          enqueue.stopChild(child)
          if (child.startsWith(openPrefix)) {
            const requestId = child.slice(openPrefix.length)
            const { code, reason } = failureOf(error)
            enqueue.emit(failed(requestId, "", code, reason))
            enqueue.assign({
              requests: without(context.requests, requestId),
              stopped: context.stopped.filter((id) => id !== requestId),
            })
            return
          }
          if (child.startsWith(conversationChildPrefix)) {
            const conversationId = child.slice(conversationChildPrefix.length)
            const lost = Object.entries(context.requests).filter(([, c]) => c === conversationId)
            for (const [requestId] of lost) {
              enqueue.emit(
                failed(
                  requestId,
                  conversationId,
                  "internal",
                  `the conversation failed: ${failureOf(error).reason}`,
                ),
              )
            }
            enqueue.emit(
              Out.log(
                "error",
                `conversation ${conversationId} failed and was reset: ${failureOf(error).reason}`,
              ),
            )
            enqueue.assign({
              requests: Object.fromEntries(
                Object.entries(context.requests).filter(([, c]) => c !== conversationId),
              ),
              conversations: without(context.conversations, conversationId),
            })
            return
          }
          enqueue.emit(Out.log("warning", `${child} failed: ${failureOf(error).reason}`))
        }),
      },
      guards: {
        newConversation: ({ event }) =>
          event.type === "conversation.send" && event.payload.conversationId === "",
        aboutTheModel: ({ event }) =>
          event.type === "system.supervision" &&
          event.payload.child === options.modelAddress &&
          event.payload.directive !== "ignore",
      },
    }).createMachine({
      id: "conversationEngine",
      context: { requests: {}, stopped: [], conversations: {} },
      initial: "serving",
      states: {
        serving: {
          on: {
            "conversation.send": [
              { guard: "newConversation", actions: "open" },
              {
                actions: {
                  type: "route",
                  params: ({ event }) => {
                    assertEvent(event, "conversation.send")
                    const { conversationId, requestId, text, userId } = event.payload
                    return { conversationId, request: { kind: "send", requestId, userId, text } }
                  },
                },
              },
            ],
            "conversation.regenerate": {
              actions: {
                type: "route",
                params: ({ event }) => {
                  assertEvent(event, "conversation.regenerate")
                  const { conversationId, requestId, userId } = event.payload
                  return {
                    conversationId,
                    request: { kind: "regenerate", requestId, userId, text: "" },
                  }
                },
              },
            },
            "engine.route": {
              actions: {
                type: "route",
                params: ({ event }) => {
                  assertEvent(event, "engine.route")
                  return { conversationId: event.conversationId, request: event.request }
                },
              },
            },
            "conversation.stop": { actions: "stop" },
            "conversation.feedback": { actions: "feedback" },
            "model.delta": { actions: "toModelRequester" },
            "model.generated": { actions: "toModelRequester" },
            "model.failed": { actions: "toModelRequester" },
            "system.supervision": { guard: "aboutTheModel", actions: "modelDown" },
            "conversation.out": { actions: "send" },
            "conversation.phase": { actions: "phase" },
            "conversation.assembled": { actions: "assembled" },
            "conversation.generated": { actions: "timed" },
            "conversation.finished": { actions: "finished" },
            "xstate.done.actor.*": { actions: "opened" },
            "xstate.error.actor.*": { actions: "crashed" },
          },
        },
      },
    })
  })

/** The conversation engine as an actor definition, named `conversation` unless told otherwise. */
export const conversationActor = (options: ConversationOptions, name = "conversation") =>
  defineActor<EngineRequirements>({
    name,
    accepts,
    emits: [
      Accepted,
      ReplyDelta,
      ReplyDone,
      ReplyFailed,
      TurnCompleted,
      Generate,
      Cancel,
      CountTokens,
    ],
    subscribes: ["system.supervision"],
    machine: engineMachine(options),
  })
