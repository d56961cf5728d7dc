/**
 * What a late inspector is told first: the current tree, in XState's inspection vocabulary,
 * one `@xstate.actor` and one `@xstate.snapshot` per actor (parents before children), so
 * it sees everything that already exists before the live events.
 */
import type {
  ActorDetail,
  ActorInfo,
  ActorStatus,
  InspectionEvent,
} from "../../schemas/Introspection.js"

/** `_version` of the events the server makes up itself; live ones carry the actor system's. */
export const replayVersion = "aico-replay/1"

/** The event a replayed snapshot claims as its cause: it has none, it is the state now. */
export const replayEvent = { type: "@aico.replay" } as const

const xstateStatus = (status: ActorStatus): "active" | "stopped" | "error" => {
  switch (status) {
    case "starting":
    case "running":
    case "restarting":
      return "active"
    case "stopped":
      return "stopped"
    case "failed":
      return "error"
  }
}

const rootOf = (address: string, parents: ReadonlyMap<string, string | null>): string => {
  const seen = new Set<string>()
  let current = address
  for (;;) {
    const parent = parents.get(current)
    // A parent outside the tree (or a cycle) cannot be followed: stop where we are.
    if (parent === null || parent === undefined || seen.has(parent)) return current
    seen.add(current)
    current = parent
  }
}

/**
 * `details` holds what `actor(address)` answered for each actor still there (the context
 * lives only there); an actor missing from it is replayed without context.
 */
export const replayEvents = (
  tree: ReadonlyArray<ActorInfo>,
  details: ReadonlyMap<string, ActorDetail>,
  now: Date,
): ReadonlyArray<InspectionEvent> => {
  const parents = new Map(tree.map((info) => [info.address, info.parent] as const))
  return tree.flatMap((info): ReadonlyArray<InspectionEvent> => {
    const rootId = rootOf(info.address, parents)
    const createdAt = String(now.getTime())
    const detail = details.get(info.address)
    return [
      {
        type: "@xstate.actor",
        sessionId: info.address,
        ...(info.parent === null ? {} : { parentId: info.parent }),
        rootId,
        createdAt: String(now.getTime() - info.uptimeMs),
        _version: replayVersion,
      },
      {
        type: "@xstate.snapshot",
        sessionId: info.address,
        rootId,
        event: replayEvent,
        snapshot: {
          status: xstateStatus(info.status),
          value: info.state,
          context: detail === undefined ? null : detail.context,
          error: info.lastError,
        },
        createdAt,
        _version: replayVersion,
      },
    ]
  })
}
