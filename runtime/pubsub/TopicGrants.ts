/**
 * Topic permissions: publishing and subscribing are denied unless granted. Grants name a
 * principal (an actor's address, or a non-actor sender such as a client) and topic
 * patterns; they come from whoever builds the tree (the supervision tree's specs, the
 * system's options), never from the actor itself. The bus checks them: a publish that is
 * not granted is refused with `PermissionDenied`, a subscription that is not granted is
 * refused when the tree is built.
 */
import { matches } from "./Topic.js"

export interface TopicGrants {
  /** Patterns of topics the principal may publish on. */
  readonly publish?: ReadonlyArray<string>
  /** Patterns the principal may subscribe to (and any narrower pattern). */
  readonly subscribe?: ReadonlyArray<string>
}

/** Whether every topic `requested` can match is also matched by `granted`. */
export const covers = (granted: string, requested: string): boolean => {
  const g = granted.split(".")
  const r = requested.split(".")
  for (let i = 0; i < g.length; i++) {
    const part = g[i]!
    if (part === ">") return r.length > i
    if (i >= r.length || r[i] === ">") return false
    if (part !== "*" && part !== r[i]) return false
  }
  return g.length === r.length
}

export class Permissions {
  private readonly publish = new Map<string, Array<string>>()
  private readonly subscribe = new Map<string, Array<string>>()
  // Decisions per principal and topic: publishing is on the hot path.
  private readonly decided = new Map<string, boolean>()

  grant(principal: string, grants: TopicGrants): void {
    const add = (
      table: Map<string, Array<string>>,
      patterns: ReadonlyArray<string> | undefined,
    ) => {
      if (patterns === undefined || patterns.length === 0) return
      table.set(principal, [...(table.get(principal) ?? []), ...patterns])
    }
    add(this.publish, grants.publish)
    add(this.subscribe, grants.subscribe)
    this.decided.clear()
  }

  mayPublish(principal: string, topic: string): boolean {
    const key = `${principal}\u0000${topic}`
    let allowed = this.decided.get(key)
    if (allowed === undefined) {
      allowed = (this.publish.get(principal) ?? []).some((pattern) => matches(pattern, topic))
      if (this.decided.size > 10_000) this.decided.clear()
      this.decided.set(key, allowed)
    }
    return allowed
  }

  maySubscribe(principal: string, pattern: string): boolean {
    return (this.subscribe.get(principal) ?? []).some((granted) => covers(granted, pattern))
  }
}
