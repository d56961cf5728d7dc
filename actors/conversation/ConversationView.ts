/**
 * What introspection shows of each live conversation in the engine's context: its phase,
 * what its last context held and how long the model took — ids, phases and sizes, never
 * message text.
 */
import type { GenerationTiming, Phase } from "./ConversationEvents.js"
import type { ContextSummary } from "./steps/gather.js"

export interface ConversationView {
  readonly phase: Phase
  readonly context: ContextSummary | null
  readonly timing: GenerationTiming | null
}

export type ConversationViews = Readonly<Record<string, ConversationView>>

const fresh: ConversationView = { phase: "idle", context: null, timing: null }

/** The views with one conversation's view changed (made when it has none yet). */
export const updated = (
  views: ConversationViews,
  conversationId: string,
  change: Partial<ConversationView>,
): ConversationViews => ({
  ...views,
  [conversationId]: { ...(views[conversationId] ?? fresh), ...change },
})

/** A record without one key. */
export const without = <A>(record: Readonly<Record<string, A>>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))
