/**
 * A stand-in for the conversation engine (actors/conversation/, not wired yet), so the
 * gateway can be tested end to end over the real bus: it answers `conversation.send` by
 * publishing on `conversation.reply` what the engine will publish: accepted, one delta
 * per word of "you said: <text>", then done. A message whose text is "hold" is accepted
 * and then left open until `conversation.stop` fails it as cancelled. It remembers the
 * stops and feedback it got, in its context, for tests to read through introspection.
 * Swap in the real engine once it is wired; the tests should not need to change.
 */
import { randomUUID } from "node:crypto"
import { enqueueActions, setup } from "xstate"
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
} from "../../../actors/conversation/messages.js"
import { defineActor, type MessageEvents } from "../../../runtime/actor/ActorDefinition.js"
import * as Outgoing from "../../../runtime/actor/Outgoing.js"
import { actor } from "../../../runtime/system/TreeSpec.js"

const accepts = [Send, Regenerate, Stop, Feedback] as const

export interface ScriptedContext {
  readonly held: ReadonlyArray<{ readonly requestId: string; readonly conversationId: string }>
  readonly stopped: ReadonlyArray<string>
  readonly feedback: ReadonlyArray<string>
}

/** The reply the stand-in streams for `text`, as its deltas. */
export const scriptedDeltas = (text: string) =>
  `you said: ${text}`.split(" ").map((word, index) => (index === 0 ? word : ` ${word}`))

const answer = (requestId: string, conversationId: string, text: string, userMessage: boolean) => {
  const deltas = scriptedDeltas(text)
  return [
    Outgoing.publish(
      replyTopic,
      Accepted.make({ requestId, conversationId, messageId: userMessage ? randomUUID() : "" }),
    ),
    ...deltas.map((delta, seq) =>
      Outgoing.publish(
        replyTopic,
        ReplyDelta.make({ requestId, conversationId, seq, text: delta }),
      ),
    ),
    Outgoing.publish(
      replyTopic,
      ReplyDone.make({ requestId, conversationId, messageId: randomUUID(), text: deltas.join("") }),
    ),
  ]
}

const machine = setup({
  types: {
    context: {} as ScriptedContext,
    events: {} as MessageEvents<typeof accepts>,
    emitted: {} as Outgoing.Outgoing,
  },
  actions: {
    reply: enqueueActions(({ context, enqueue, event }) => {
      if (event.type === "conversation.send") {
        const { requestId, text } = event.payload
        const conversationId =
          event.payload.conversationId === "" ? randomUUID() : event.payload.conversationId
        if (text !== "hold") {
          for (const out of answer(requestId, conversationId, text, true)) enqueue.emit(out)
          return
        }
        enqueue.emit(
          Outgoing.publish(
            replyTopic,
            Accepted.make({ requestId, conversationId, messageId: randomUUID() }),
          ),
        )
        enqueue.assign({ held: [...context.held, { requestId, conversationId }] })
      } else if (event.type === "conversation.regenerate") {
        const { conversationId, requestId } = event.payload
        for (const out of answer(requestId, conversationId, "again", false)) enqueue.emit(out)
      }
    }),
    stop: enqueueActions(({ context, enqueue, event }) => {
      if (event.type !== "conversation.stop") return
      const { requestId } = event.payload
      const held = context.held.find((request) => request.requestId === requestId)
      if (held !== undefined) {
        enqueue.emit(
          Outgoing.publish(
            replyTopic,
            ReplyFailed.make({
              requestId,
              conversationId: held.conversationId,
              code: "cancelled",
              reason: "stopped",
            }),
          ),
        )
      }
      enqueue.assign({
        held: context.held.filter((request) => request.requestId !== requestId),
        stopped: [...context.stopped, requestId],
      })
    }),
    remember: enqueueActions(({ context, enqueue, event }) => {
      if (event.type === "conversation.feedback") {
        enqueue.assign({
          feedback: [...context.feedback, `${event.payload.messageId}:${event.payload.rating}`],
        })
      }
    }),
  },
}).createMachine({
  id: "scriptedConversation",
  context: { held: [], stopped: [], feedback: [] },
  initial: "serving",
  states: {
    serving: {
      on: {
        "conversation.send": { actions: "reply" },
        "conversation.regenerate": { actions: "reply" },
        "conversation.stop": { actions: "stop" },
        "conversation.feedback": { actions: "remember" },
      },
    },
  },
})

/** The stand-in, at `conversation@<node>` like the real engine, with its publish grant. */
export const scriptedConversation = () =>
  actor(
    defineActor({
      name: "conversation",
      accepts,
      emits: [Accepted, ReplyDelta, ReplyDone, ReplyFailed],
      machine,
      persist: false,
    }),
    { grants: { publish: [replyTopic] } },
  )
