/**
 * Every client session of this node: opened and resumed by connections, found by resume
 * token, forgotten `resumeTtlMs` after their last connection closed. The hub is also what
 * the gateway actor hands the bus's replies and notices to (`GatewaySessions`): a reply
 * goes to the session whose request it answers, a notice to its user's sessions.
 */
import { Context, Effect, Layer } from "effect"
import type { Client } from "../api/Authentication.js"
import { GatewaySessions, type ReplyEvent } from "../GatewaySessions.js"
import { Session } from "./Session.js"

export interface HubOptions {
  readonly resumeFrames: number
  readonly resumeTtlMs: number
}

export class Hub implements GatewaySessions.Service {
  private readonly sessions = new Map<string, Session>()
  private readonly byToken = new Map<string, Session>()
  /** Open requests by bus request id. */
  private readonly requests = new Map<string, { session: Session; clientId: string }>()
  constructor(private readonly options: HubOptions) {}

  get size(): number {
    return this.sessions.size
  }

  open(client: Client): Session {
    const session = new Session(client, this.options.resumeFrames)
    this.sessions.set(session.id, session)
    this.byToken.set(session.resumeToken, session)
    return session
  }

  /** The session of `token`, if it is still kept and belongs to the same client subject. */
  resume(token: string, client: Client): Session | undefined {
    const session = this.byToken.get(token)
    if (session === undefined || session.client.subject !== client.subject) return undefined
    clearTimeout(session.expiry)
    session.expiry = undefined
    return session
  }

  /** The session lost its connection: keep it for a resume, then forget it. */
  disconnected(session: Session): void {
    clearTimeout(session.expiry)
    session.expiry = setTimeout(() => this.expire(session), this.options.resumeTtlMs)
    session.expiry.unref()
  }

  private expire(session: Session): void {
    if (session.connected) return
    this.sessions.delete(session.id)
    this.byToken.delete(session.resumeToken)
    for (const request of session.requests.values()) this.requests.delete(request.requestId)
  }

  /** Forgets every session (the server is stopping). */
  clear(): void {
    for (const session of this.sessions.values()) clearTimeout(session.expiry)
    this.sessions.clear()
    this.byToken.clear()
    this.requests.clear()
  }

  openRequest(session: Session, clientId: string, conversationId: string): string {
    const requestId = `${session.id}:${clientId}`
    session.requests.set(clientId, { requestId, conversationId })
    this.requests.set(requestId, { session, clientId })
    return requestId
  }

  closeRequest(session: Session, clientId: string): void {
    const open = session.requests.get(clientId)
    if (open === undefined) return
    session.requests.delete(clientId)
    this.requests.delete(open.requestId)
  }

  readonly reply = (event: ReplyEvent): Effect.Effect<void> =>
    Effect.sync(() => {
      const target = this.requests.get(event.payload.requestId)
      if (target === undefined) return
      const { session, clientId: id } = target
      switch (event.type) {
        case "conversation.accepted": {
          const { conversationId, messageId } = event.payload
          const open = session.requests.get(id)
          if (open !== undefined) open.conversationId = conversationId
          return session.push({
            type: "chat.accepted",
            id,
            conversationId,
            ...(messageId === "" ? {} : { messageId }),
          })
        }
        case "conversation.delta": {
          const { conversationId, seq, text } = event.payload
          return session.push({ type: "chat.delta", id, conversationId, index: seq, text })
        }
        case "conversation.reply_done": {
          const { conversationId, messageId, text } = event.payload
          this.closeRequest(session, id)
          return session.push({ type: "chat.done", id, conversationId, messageId, text })
        }
        case "conversation.reply_failed": {
          this.closeRequest(session, id)
          return session.push({
            type: "chat.error",
            id,
            code: event.payload.code,
            message: event.payload.reason,
          })
        }
      }
    })

  readonly notice = (notice: GatewaySessionsNotice): Effect.Effect<void> =>
    Effect.sync(() => {
      for (const session of this.sessions.values()) {
        if (notice.userId !== "" && notice.userId !== session.client.userId) continue
        session.push({
          type: "companion.notice",
          noticeId: notice.noticeId,
          kind: notice.kind,
          text: notice.text,
          at: notice.at,
        })
      }
    })
}

type GatewaySessionsNotice = Parameters<GatewaySessions.Service["notice"]>[0]

/** The hub as the server sees it (sessions, requests). */
export class SessionHub extends Context.Tag("aico/gateway/SessionHub")<SessionHub, Hub>() {}

/**
 * The hub for this node, as both `SessionHub` (for the server) and `GatewaySessions` (for
 * the gateway actor). Build it before the node: the actor needs it to start.
 */
export const layer = (options: HubOptions) =>
  Layer.scopedContext(
    Effect.acquireRelease(
      Effect.sync(() => new Hub(options)),
      (hub) => Effect.sync(() => hub.clear()),
    ).pipe(
      Effect.map((hub) => Context.make(SessionHub, hub).pipe(Context.add(GatewaySessions, hub))),
    ),
  )
