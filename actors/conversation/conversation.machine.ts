/**
 * One conversation: `idle → recalling → generating → storing → idle`, one request at a
 * time, later ones waiting in a short line. Recalling accepts the request and gathers the
 * context (`steps/prepare.ts`); generating streams the model's deltas out as
 * `conversation.delta` while the user message is stored beside it; storing keeps the turn. Every way out of a request — reply, stop, model failure, silence, a
 * restart of the model or of the engine — ends it with exactly one `reply_done` or
 * `reply_failed`, and the conversation stays usable.
 *
 * The machine runs as a child of the engine (`engine.machine.ts`): it cannot reach the bus
 * itself, so what it sends goes up to the engine as `conversation.out`.
 */
import { and, assertEvent, assign, enqueueActions, sendParent, setup, stateIn } from "xstate"
import * as Out from "../../runtime/actor/Outgoing.js"
import type { ReplyFailureCode } from "../../schemas/messages/conversation.js"
import { Cancel, Generate } from "../model/messages.js"
import {
  modelRequestId,
  type FromConversation,
  type GenerationTiming,
  type Phase,
  type ToConversation,
  type TurnRequest,
} from "./ConversationEvents.js"
import type { ConversationOptions } from "./ConversationOptions.js"
import {
  acceptedReply,
  deltaReply,
  doneReply,
  failedReply,
  finished,
  out,
  turnCompleted,
} from "./replies.js"
import { generationWatch, restartSafeEffect } from "./restartSafe.js"
import { type Accepted as AcceptedTurn, keepUserMessage } from "./steps/accept.js"
import type { EngineServices } from "./steps/EngineServices.js"
import type { Gathered } from "./steps/gather.js"
import { type Prepared, prepareTurn } from "./steps/prepare.js"
import { storeTurn, type Stored } from "./steps/store.js"
import { failureOf, replyCodeOf } from "./TurnFailed.js"

export interface ConversationContext {
  readonly conversationId: string
  readonly queue: ReadonlyArray<TurnRequest>
  /** The request being answered (its text cleared once the message is stored). */
  readonly request: TurnRequest | null
  /**
   * What recalling accepted for it. Message texts stay out of the context (and so out of
   * the persisted snapshot) but while they wait: a message in the line until its turn
   * comes, and a reply generated before its message was stored until the turn is stored.
   * The rest travels in the steps' inputs and outputs, and storing reads the user message
   * back from PostgreSQL.
   */
  readonly turn: AcceptedTurn | null
  /** A reply generated before its message was stored, until the turn is stored. */
  readonly replyText: string | null
  /** How the reply ended when it failed before its message was stored. */
  readonly failure: { readonly code: ReplyFailureCode; readonly reason: string } | null
  /** Whose conversation this is, once a request found out (it never changes). */
  readonly owner: string | null
  readonly userInWorkingMemory: boolean
  /** Whether the client has heard `conversation.accepted` for the request being answered. */
  readonly acceptedSent: boolean
  /** Delta texts generated before that, sent right after it so the client hears it first. */
  readonly heldDeltas: ReadonlyArray<string>
  readonly deltas: number
  readonly timing: GenerationTiming | null
  readonly completed: number
  readonly failed: number
}

type Events =
  | ToConversation
  | { readonly type: "generation.silent" }
  | { readonly type: "generation.interrupted" }
  /** How answering is entered: recalling's output (typed as XState types `onDone`). */
  | { readonly type: "xstate.done.actor.prepare"; readonly output: Prepared }

const up = (event: FromConversation) => event

const current = (context: ConversationContext): TurnRequest => {
  if (context.request === null) throw new Error("no request is being answered")
  return context.request
}

const accepted = (context: ConversationContext): AcceptedTurn => {
  if (context.turn === null) throw new Error("no turn was accepted")
  return context.turn
}

const generationOf = (context: ConversationContext) =>
  context.turn === null ? "" : modelRequestId(context.conversationId, context.turn.generation)

const cleared = {
  request: null,
  turn: null,
  replyText: null,
  failure: null,
  deltas: 0,
  acceptedSent: false,
  heldDeltas: [],
} as const

export const conversationMachine = (services: EngineServices, options: ConversationOptions) =>
  setup({
    types: {
      context: {} as ConversationContext,
      events: {} as Events,
      input: {} as { readonly conversationId: string },
    },
    actors: {
      prepare: restartSafeEffect(prepareTurn(services, options)),
      keep: restartSafeEffect(keepUserMessage(services)),
      store: restartSafeEffect(storeTurn(services)),
      watch: generationWatch,
    },
    delays: {
      retire: options.idleMs,
    },
    guards: {
      queued: ({ context }) => context.queue.length > 0,
      newMessage: ({ context }) => context.request?.kind === "send",
      lineFull: ({ context }) => context.queue.length >= options.queueLimit,
      stopsCurrent: ({ context, event }) =>
        event.type === "turn.stop" && event.requestId === context.request?.requestId,
      stopsQueued: ({ context, event }) =>
        event.type === "turn.stop" &&
        context.queue.some((request) => request.requestId === event.requestId),
      forThisGeneration: ({ context, event }) =>
        (event.type === "model.delta" ||
          event.type === "model.generated" ||
          event.type === "model.failed") &&
        event.payload.requestId === generationOf(context),
    },
    actions: {
      phase: sendParent(({ context }, params: { phase: Phase }) =>
        up({
          type: "conversation.phase",
          conversationId: context.conversationId,
          phase: params.phase,
        }),
      ),
      take: assign(({ event }) => {
        assertEvent(event, "turn.request")
        return { ...cleared, request: event.request }
      }),
      line: assign(({ context, event }) => {
        assertEvent(event, "turn.request")
        return { queue: [...context.queue, event.request] }
      }),
      next: assign(({ context }) => ({
        ...cleared,
        request: context.queue[0] ?? null,
        queue: context.queue.slice(1),
      })),
      refuseBusy: sendParent(({ context, event }) => {
        assertEvent(event, "turn.request")
        return failedReply(
          event.request.requestId,
          context.conversationId,
          "busy",
          `${options.queueLimit} messages of this conversation are already waiting`,
        )
      }),
      dropQueued: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, "turn.stop")
        enqueue.assign({
          queue: context.queue.filter((request) => request.requestId !== event.requestId),
        })
        enqueue.sendParent(
          failedReply(
            event.requestId,
            context.conversationId,
            "cancelled",
            "stopped before it was answered",
          ),
        )
        enqueue.sendParent(finished(context.conversationId, event.requestId))
      }),
      /** A new message is acknowledged once it is stored (`messageKept`); a regenerate now. */
      acceptTurn: enqueueActions(({ context, enqueue }, { turn }: { turn: AcceptedTurn }) => {
        const request = current(context)
        enqueue.assign({
          turn,
          owner: turn.userId,
          request: { ...request, text: "" },
          acceptedSent: request.kind !== "send",
          heldDeltas: [],
        })
        if (request.kind === "send") return
        enqueue.sendParent(acceptedReply(request.requestId, context.conversationId, ""))
      }),
      messageKept: enqueueActions(({ context, enqueue }) => {
        const request = current(context)
        if (request.kind !== "send") return
        enqueue.sendParent(
          acceptedReply(request.requestId, context.conversationId, accepted(context).userMessageId),
        )
        context.heldDeltas.forEach((text, i) =>
          enqueue.sendParent(
            deltaReply(request.requestId, context.conversationId, context.deltas + i, text),
          ),
        )
        enqueue.assign({
          acceptedSent: true,
          heldDeltas: [],
          deltas: context.deltas + context.heldDeltas.length,
        })
      }),
      /** A reply that ended while its message was still being stored: ended once it is. */
      noteFailure: assign(
        (_, params: { readonly code: ReplyFailureCode; readonly reason: string }) => ({
          failure: params,
        }),
      ),
      keepReply: assign(({ event }) => {
        assertEvent(event, "model.generated")
        return { replyText: event.payload.text }
      }),
      generate: enqueueActions(({ context, enqueue }, { gathered }: { gathered: Gathered }) => {
        enqueue.assign({ userInWorkingMemory: gathered.userInWorkingMemory })
        enqueue.sendParent(
          up({
            type: "conversation.assembled",
            conversationId: context.conversationId,
            summary: gathered.summary,
          }),
        )
        enqueue.sendParent(
          out(
            Out.tell(
              options.modelAddress,
              Generate.make({
                requestId: generationOf(context),
                priority: "chat",
                messages: gathered.messages,
                maxTokens: options.maxReplyTokens,
                temperature: options.temperature,
              }),
            ),
          ),
        )
      }),
      forwardDelta: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, "model.delta")
        enqueue.sendTo("watch", { type: "alive" })
        // The model can be faster than storing the message: its deltas wait for `accepted`.
        if (!context.acceptedSent)
          return enqueue.assign({ heldDeltas: [...context.heldDeltas, event.payload.text] })
        enqueue.sendParent(
          deltaReply(
            current(context).requestId,
            context.conversationId,
            context.deltas,
            event.payload.text,
          ),
        )
        enqueue.assign({ deltas: context.deltas + 1 })
      }),
      noteTiming: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, "model.generated")
        const timing = { firstTokenMs: event.payload.firstTokenMs, totalMs: event.payload.totalMs }
        enqueue.assign({ timing })
        enqueue.sendParent(
          up({ type: "conversation.generated", conversationId: context.conversationId, timing }),
        )
      }),
      /** Stops the generation, unless the reply already ended (and stopped it then). */
      cancelModel: enqueueActions(({ context, enqueue }) => {
        if (context.failure !== null) return
        enqueue.sendParent(
          out(Out.tell(options.modelAddress, Cancel.make({ requestId: generationOf(context) }))),
        )
      }),
      /** Ends the request with `reply_failed`. */
      fail: enqueueActions(
        (
          { context, enqueue },
          params: { readonly code: ReplyFailureCode; readonly reason: string },
        ) => {
          const request = current(context)
          enqueue.sendParent(
            failedReply(request.requestId, context.conversationId, params.code, params.reason),
          )
          enqueue.sendParent(
            out(Out.log("info", `request ${request.requestId} failed: ${params.reason}`)),
          )
          enqueue.sendParent(finished(context.conversationId, request.requestId))
          enqueue.assign({ ...cleared, failed: context.failed + 1 })
        },
      ),
      /** Ends the request with `reply_done` and tells everyone the turn is complete. */
      complete: enqueueActions(({ context, enqueue }, { stored }: { stored: Stored }) => {
        const request = current(context)
        enqueue.sendParent(doneReply(request.requestId, context.conversationId, stored))
        enqueue.sendParent(turnCompleted(context.conversationId, accepted(context), stored))
        enqueue.sendParent(finished(context.conversationId, request.requestId))
        enqueue.assign({ ...cleared, completed: context.completed + 1 })
      }),
    },
  }).createMachine({
    id: "conversation",
    context: ({ input }) => ({
      conversationId: input.conversationId,
      queue: [],
      ...cleared,
      owner: null,
      userInWorkingMemory: false,
      timing: null,
      completed: 0,
      failed: 0,
    }),
    initial: "idle",
    on: {
      "turn.request": [{ guard: "lineFull", actions: "refuseBusy" }, { actions: "line" }],
      "turn.stop": { guard: "stopsQueued", actions: "dropQueued" },
    },
    states: {
      idle: {
        entry: { type: "phase", params: { phase: "idle" } },
        always: { guard: "queued", target: "recalling", actions: "next" },
        after: { retire: "retired" },
        on: { "turn.request": { target: "recalling", actions: "take" } },
      },
      recalling: {
        entry: { type: "phase", params: { phase: "recalling" } },
        on: {
          "turn.stop": {
            guard: "stopsCurrent",
            target: "idle",
            actions: {
              type: "fail",
              params: { code: "cancelled", reason: "stopped before the reply began" },
            },
          },
        },
        invoke: {
          id: "prepare",
          src: "prepare",
          input: ({ context }) => ({
            ...current(context),
            conversationId: context.conversationId,
            owner: context.owner,
          }),
          onDone: {
            target: "answering",
            actions: [
              { type: "acceptTurn", params: ({ event }) => ({ turn: event.output.turn }) },
              { type: "generate", params: ({ event }) => ({ gathered: event.output.gathered }) },
            ],
          },
          onError: {
            target: "idle",
            actions: { type: "fail", params: ({ event }) => failureOf(event.error) },
          },
        },
      },
      // The reply is asked for at once; the new message is stored meanwhile. Both must be
      // done before the turn is stored, and either failing ends the request.
      answering: {
        type: "parallel",
        onDone: [
          {
            guard: ({ context }) => context.failure !== null,
            target: "idle",
            actions: {
              type: "fail",
              params: ({ context }) => context.failure ?? { code: "internal", reason: "failed" },
            },
          },
          { target: "storing" },
        ],
        states: {
          message: {
            initial: "keeping",
            states: {
              keeping: {
                invoke: {
                  id: "keep",
                  src: "keep",
                  // The text comes from recalling's output, never from the context.
                  input: ({ context, event }) => {
                    assertEvent(event, "xstate.done.actor.prepare")
                    return {
                      conversationId: context.conversationId,
                      messageId: event.output.turn.userMessageId,
                      requestId: current(context).requestId,
                      text: event.output.newMessage,
                    }
                  },
                  onDone: { target: "kept", actions: "messageKept" },
                  onError: {
                    target: "#conversation.idle",
                    actions: [
                      "cancelModel",
                      { type: "fail", params: ({ event }) => failureOf(event.error) },
                    ],
                  },
                },
              },
              kept: { id: "messageKept", type: "final" },
            },
          },
          reply: {
            initial: "generating",
            states: {
              generating: {
                entry: [
                  { type: "phase", params: { phase: "generating" } },
                  assign({ deltas: 0, timing: null }),
                ],
                invoke: { id: "watch", src: "watch", input: { timeoutMs: options.replyTimeoutMs } },
                on: {
                  "model.delta": { guard: "forThisGeneration", actions: "forwardDelta" },
                  // Stored at once when its message is; otherwise the text waits in the context.
                  "model.generated": [
                    {
                      guard: and(["forThisGeneration", stateIn("#messageKept")]),
                      target: "#conversation.storing",
                      actions: "noteTiming",
                    },
                    {
                      guard: "forThisGeneration",
                      target: "generated",
                      actions: ["noteTiming", "keepReply"],
                    },
                  ],
                  "model.failed": {
                    guard: "forThisGeneration",
                    target: "failed",
                    actions: {
                      type: "noteFailure",
                      params: ({ event }) => {
                        assertEvent(event, "model.failed")
                        return {
                          code: replyCodeOf(event.payload.code),
                          reason: `the model failed: ${event.payload.reason}`,
                        }
                      },
                    },
                  },
                  // The partial reply is dropped: a stopped reply is not part of the conversation.
                  "turn.stop": {
                    guard: "stopsCurrent",
                    target: "failed",
                    actions: [
                      "cancelModel",
                      { type: "noteFailure", params: { code: "cancelled", reason: "stopped" } },
                    ],
                  },
                  "generation.silent": {
                    target: "failed",
                    actions: [
                      "cancelModel",
                      {
                        type: "noteFailure",
                        params: {
                          code: "timeout",
                          reason: `the model sent nothing for ${options.replyTimeoutMs} ms`,
                        },
                      },
                    ],
                  },
                  "generation.interrupted": {
                    target: "failed",
                    actions: [
                      "cancelModel",
                      {
                        type: "noteFailure",
                        params: {
                          code: "internal",
                          reason: "the conversation engine restarted during the reply",
                        },
                      },
                    ],
                  },
                  "model.down": {
                    target: "failed",
                    actions: {
                      type: "noteFailure",
                      params: ({ event }) => {
                        assertEvent(event, "model.down")
                        return { code: "model_unavailable", reason: event.reason }
                      },
                    },
                  },
                },
              },
              generated: { type: "final" },
              failed: { type: "final" },
            },
          },
        },
      },
      storing: {
        entry: { type: "phase", params: { phase: "storing" } },
        invoke: {
          id: "store",
          src: "store",
          input: ({ context, event }) => {
            const turn = accepted(context)
            return {
              conversationId: context.conversationId,
              userId: turn.userId,
              requestId: current(context).requestId,
              userMessageId: turn.userMessageId,
              replyText:
                context.replyText ?? (event.type === "model.generated" ? event.payload.text : ""),
              replaces: turn.replaces,
              writeUserEntry: !context.userInWorkingMemory,
              remember: turn.replaces === null,
              speaker: options.persona.name,
            }
          },
          onDone: {
            target: "idle",
            actions: { type: "complete", params: ({ event }) => ({ stored: event.output }) },
          },
          onError: {
            target: "idle",
            actions: { type: "fail", params: ({ event }) => failureOf(event.error) },
          },
        },
      },
      retired: { type: "final" },
    },
  })

export type ConversationMachine = ReturnType<typeof conversationMachine>
