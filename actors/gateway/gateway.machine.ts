/**
 * The gateway actor: the client gateway's foot on the bus. It subscribes to the
 * conversation engine's replies (`conversation.reply`) and the companion's notices
 * (`companion.notice`) and hands each, in the order it arrives, to the client sessions
 * (`GatewaySessions`). What clients send goes out in its name (`gateway@<node>`): chat
 * requests, stops, regenerations and feedback to `conversation@<node>`.
 */
import { Effect } from "effect"
import { assign, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import { actor } from "../../runtime/system/TreeSpec.js"
import { gatewayActorName } from "../../platform/gateway/gatewayActorName.js"
import { GatewaySessions, type ReplyEvent } from "../../platform/gateway/GatewaySessions.js"
import {
  Accepted,
  Feedback,
  Notice,
  noticeTopic,
  Regenerate,
  ReplyDelta,
  ReplyDone,
  ReplyFailed,
  replyTopic,
  Send,
  Stop,
} from "../conversation/messages.js"
import { Presence, presenceTopic } from "../initiative/messages.js"

const accepts = [Accepted, ReplyDelta, ReplyDone, ReplyFailed, Notice] as const

type Event = MessageEvents<typeof accepts>

const replyOf = (event: Event): ReplyEvent | undefined => {
  switch (event.type) {
    case "conversation.accepted":
      return { type: event.type, payload: event.payload }
    case "conversation.delta":
      return { type: event.type, payload: event.payload }
    case "conversation.reply_done":
      return { type: event.type, payload: event.payload }
    case "conversation.reply_failed":
      return { type: event.type, payload: event.payload }
    case "companion.notice":
      return undefined
  }
}

export const gatewayMachine = Effect.map(GatewaySessions, (sessions) =>
  setup({
    types: {
      context: {} as { readonly replies: number; readonly notices: number },
      events: {} as Event,
    },
    actions: {
      // Enqueues on the sessions and returns: a slow client never holds up the mailbox.
      forwardReply: ({ event }) => {
        const reply = replyOf(event)
        if (reply !== undefined) Effect.runSync(sessions.reply(reply))
      },
      forwardNotice: ({ event }) => {
        if (event.type === "companion.notice") Effect.runSync(sessions.notice(event.payload))
      },
      countReply: assign({ replies: ({ context }) => context.replies + 1 }),
      countNotice: assign({ notices: ({ context }) => context.notices + 1 }),
    },
  }).createMachine({
    id: "gateway",
    context: { replies: 0, notices: 0 },
    initial: "forwarding",
    states: {
      forwarding: {
        on: {
          "conversation.accepted": { actions: ["forwardReply", "countReply"] },
          "conversation.delta": { actions: ["forwardReply", "countReply"] },
          "conversation.reply_done": { actions: ["forwardReply", "countReply"] },
          "conversation.reply_failed": { actions: ["forwardReply", "countReply"] },
          "companion.notice": { actions: ["forwardNotice", "countNotice"] },
        },
      },
    },
  }),
)

export const gatewayActor = () =>
  defineActor<GatewaySessions>({
    name: gatewayActorName,
    accepts,
    // Sent by the gateway server in this actor's name.
    emits: [Send, Regenerate, Stop, Feedback, Presence],
    subscribes: [replyTopic, noticeTopic],
    machine: gatewayMachine,
    // Its state is the connected clients, which do not survive a restart of the process.
    persist: false,
  })

/**
 * The gateway's place in a supervision tree, with its topics: it hears replies and notices,
 * and says when clients come and go (`gateway.presence`, for the initiative manager).
 */
export const gatewayTree = () =>
  actor(gatewayActor(), {
    grants: { subscribe: [replyTopic, noticeTopic], publish: [presenceTopic] },
  })
