/**
 * Hierarchical topics: dot-separated segments (`conversation.turn_completed`). A pattern
 * segment `*` matches exactly one segment; a final `>` matches one or more remaining
 * segments (`conversation.>` is everything under `conversation`).
 */
import { Schema } from "effect"

const segment = /^[a-z0-9_-]+$/

export const Topic = Schema.String.pipe(
  Schema.filter(
    (s) => s.split(".").every((part) => segment.test(part)) || "dot-separated lowercase segments",
  ),
)

export const TopicPattern = Schema.String.pipe(
  Schema.filter((s) => {
    const parts = s.split(".")
    return (
      parts.every(
        (part, i) => segment.test(part) || part === "*" || (part === ">" && i === parts.length - 1),
      ) || "dot-separated segments, `*` for one segment, a final `>` for the rest"
    )
  }),
)

export const matches = (pattern: string, topic: string): boolean => {
  const p = pattern.split(".")
  const t = topic.split(".")
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!
    if (part === ">") return t.length > i
    if (i >= t.length) return false
    if (part !== "*" && part !== t[i]) return false
  }
  return p.length === t.length
}

/** Subscriptions of local actors, with matching cached per topic. */
export class SubscriptionTable {
  private readonly patterns = new Map<string, Set<string>>()
  private cache = new Map<string, ReadonlyArray<string>>()

  add(pattern: string, subscriber: string): void {
    let subscribers = this.patterns.get(pattern)
    if (subscribers === undefined) this.patterns.set(pattern, (subscribers = new Set()))
    subscribers.add(subscriber)
    this.cache = new Map()
  }

  remove(pattern: string, subscriber: string): void {
    this.patterns.get(pattern)?.delete(subscriber)
    this.cache = new Map()
  }

  removeSubscriber(subscriber: string): void {
    for (const subscribers of this.patterns.values()) subscribers.delete(subscriber)
    this.cache = new Map()
  }

  /** Every subscriber whose pattern matches the topic, each once. */
  subscribers(topic: string): ReadonlyArray<string> {
    const cached = this.cache.get(topic)
    if (cached !== undefined) return cached
    const found = new Set<string>()
    for (const [pattern, subscribers] of this.patterns) {
      if (matches(pattern, topic)) for (const s of subscribers) found.add(s)
    }
    const result = [...found]
    this.cache.set(topic, result)
    return result
  }
}
