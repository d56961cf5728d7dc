/**
 * What the `gateway` actor hands over to the client sessions: the reply events the
 * conversation engine publishes on `conversation.reply`, and the companion's notices from
 * `companion.notice`. The gateway server implements it (`socket/SessionHub.ts`); the actor
 * depends only on this tag.
 */
import { Context, type Effect } from "effect"
import type * as Conversation from "../../schemas/messages/conversation.js"

export type ReplyEvent =
  | { readonly type: "conversation.accepted"; readonly payload: Conversation.Accepted }
  | { readonly type: "conversation.delta"; readonly payload: Conversation.ReplyDelta }
  | { readonly type: "conversation.reply_done"; readonly payload: Conversation.ReplyDone }
  | { readonly type: "conversation.reply_failed"; readonly payload: Conversation.ReplyFailed }

export declare namespace GatewaySessions {
  export interface Service {
    /**
     * Forwards a reply event to the session whose request it answers; events for requests
     * of other nodes or of sessions that are gone are ignored. Only enqueues: never waits.
     */
    readonly reply: (event: ReplyEvent) => Effect.Effect<void>
    /** Forwards a notice to the sessions of its user (of every user when it names none). */
    readonly notice: (notice: Conversation.Notice) => Effect.Effect<void>
  }
}

export class GatewaySessions extends Context.Tag("aico/GatewaySessions")<
  GatewaySessions,
  GatewaySessions.Service
>() {}
