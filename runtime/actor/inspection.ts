/**
 * XState inspection events translated for the introspection endpoint: actor references
 * become addresses, snapshots become plain data with secret context keys redacted.
 */
import type { ActorRefLike, InspectionEvent as XStateInspectionEvent } from "xstate"
import type { InspectionEvent } from "../../schemas/Introspection.js"

const VERSION = "5"

export const redact = (context: unknown, secretKeys: ReadonlySet<string>): unknown => {
  if (
    secretKeys.size === 0 ||
    typeof context !== "object" ||
    context === null ||
    Array.isArray(context)
  ) {
    return context
  }
  return Object.fromEntries(
    Object.entries(context).map(([key, value]) => [
      key,
      secretKeys.has(key) ? "[redacted]" : value,
    ]),
  )
}

/** JSON-safe view of a snapshot: state value, status and (redacted) context. */
export const snapshotView = (snapshot: unknown, secretKeys: ReadonlySet<string>): unknown => {
  if (typeof snapshot !== "object" || snapshot === null) return snapshot
  const view: Record<string, unknown> = {}
  for (const key of ["value", "status", "context", "output"] as const) {
    if (key in snapshot) {
      const value: unknown = Reflect.get(snapshot, key)
      view[key] = key === "context" ? redact(value, secretKeys) : value
    }
  }
  return JSON.parse(JSON.stringify(view)) as unknown
}

/**
 * One part of a snapshot as plain data — its state value, or its (redacted) context —
 * without copying the rest: the supervision tree asks every actor for its state value,
 * and a large context would be copied for nothing.
 */
export const snapshotPart = (
  snapshot: unknown,
  part: "value" | "context",
  secretKeys: ReadonlySet<string>,
): unknown => {
  if (typeof snapshot !== "object" || snapshot === null) return null
  const value: unknown = Reflect.get(snapshot, part)
  const json = JSON.stringify(part === "context" ? redact(value, secretKeys) : value)
  return json === undefined ? null : (JSON.parse(json) as unknown)
}

export const translate = (
  event: XStateInspectionEvent,
  address: string,
  rootSessionId: string | undefined,
  secretKeys: ReadonlySet<string>,
): InspectionEvent | undefined => {
  // Invoked children appear under their actor's address; the actor itself is its address.
  const idOf = (ref: ActorRefLike | undefined) =>
    ref === undefined
      ? undefined
      : ref.sessionId === rootSessionId
        ? address
        : `${address}/${ref.sessionId}`
  const sessionId = idOf(event.actorRef) ?? address
  const createdAt = new Date().toISOString()
  switch (event.type) {
    case "@xstate.actor": {
      const parentId = sessionId === address ? undefined : address
      return {
        type: "@xstate.actor",
        sessionId,
        rootId: address,
        createdAt,
        _version: VERSION,
        ...(parentId === undefined ? {} : { parentId }),
      }
    }
    case "@xstate.event": {
      const sourceId = idOf(event.sourceRef)
      return {
        type: "@xstate.event",
        sessionId,
        rootId: address,
        event: JSON.parse(JSON.stringify(event.event)) as unknown,
        createdAt,
        _version: VERSION,
        ...(sourceId === undefined ? {} : { sourceId }),
      }
    }
    case "@xstate.snapshot":
      return {
        type: "@xstate.snapshot",
        sessionId,
        rootId: address,
        event: JSON.parse(JSON.stringify(event.event)) as unknown,
        snapshot: snapshotView(event.snapshot, secretKeys),
        createdAt,
        _version: VERSION,
      }
    default:
      return undefined
  }
}
