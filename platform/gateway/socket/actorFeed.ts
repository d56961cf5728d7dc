/**
 * `actors.subscribe`: live actor state for operators, from the node's introspection model.
 * The client first gets every (listed) actor's current state, then each change: an
 * actor's own snapshots and its supervisor's decisions, as `actor.state` frames in the
 * introspection endpoint's status vocabulary.
 */
import { Effect } from "effect"
import type { Introspection } from "../../../runtime/introspection/Introspection.js"
import type { ActorStatus, InspectionEvent } from "../../../schemas/Introspection.js"
import type { Session } from "./Session.js"

const statusOfSnapshot = (snapshot: unknown): ActorStatus => {
  const status: unknown =
    typeof snapshot === "object" && snapshot !== null ? Reflect.get(snapshot, "status") : undefined
  switch (status) {
    case "active":
      return "running"
    case "error":
      return "failed"
    default:
      return "stopped"
  }
}

const statusOfDirective = (directive: string): ActorStatus =>
  directive === "restart" ? "restarting" : directive === "escalate" ? "failed" : "stopped"

const valueOf = (snapshot: unknown): unknown =>
  typeof snapshot === "object" && snapshot !== null
    ? (Reflect.get(snapshot, "value") ?? null)
    : null

/** Starts (or replaces) the session's feed; the returned effect completes once it is live. */
export const subscribe = (
  introspection: Introspection.Service,
  session: Session,
  addresses: ReadonlyArray<string> | undefined,
): Effect.Effect<void> =>
  Effect.gen(function* () {
    session.actorFeed?.()
    const wanted = addresses === undefined ? undefined : new Set(addresses)
    const shown = (address: string) => wanted === undefined || wanted.has(address)
    // Called on the actors' hot path: it only encodes and enqueues.
    const listener = (event: InspectionEvent) => {
      if (event.type === "@xstate.snapshot") {
        if (event.sessionId !== event.rootId || !shown(event.sessionId)) return
        session.push({
          type: "actor.state",
          address: event.sessionId,
          status: statusOfSnapshot(event.snapshot),
          state: valueOf(event.snapshot),
          at: Date.parse(event.createdAt),
        })
      } else if (event.type === "@aico.supervision" && shown(event.child)) {
        session.push({
          type: "actor.state",
          address: event.child,
          status: statusOfDirective(event.directive),
          state: null,
          at: Date.parse(event.createdAt),
        })
      }
    }
    // Subscribed before the tree is read: a change in between is sent twice, never missed.
    session.actorFeed = introspection.subscribe(listener)
    const now = Date.now()
    for (const info of yield* introspection.tree) {
      if (!shown(info.address)) continue
      session.push({
        type: "actor.state",
        address: info.address,
        status: info.status,
        state: info.state,
        at: now,
      })
    }
  })

export const unsubscribe = (session: Session): void => {
  session.actorFeed?.()
  session.actorFeed = undefined
}
