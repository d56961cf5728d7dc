/**
 * What a reply's context is made of, before it is fitted into the model's window: who the
 * companion is, how it feels, what it remembers, what was just said, and the new message.
 */
import type { ChatMessage } from "../../../schemas/messages/model.js"

export interface Persona {
  readonly name: string
  readonly description: string
}

/** The companion's current emotional state, when emotion appraisal has one. */
export interface Affect {
  /** A word for it: "calm", "curious", "concerned"… */
  readonly label: string
  /** -1 (unpleasant) .. 1 (pleasant). */
  readonly valence: number
  /** 0 (calm) .. 1 (excited). */
  readonly arousal: number
}

/** A semantic memory recalled for this message, best first. */
export interface RecalledMemory {
  readonly id: string
  readonly content: string
  readonly score: number
  /** The conversation it came from, when it came from one. */
  readonly conversationId: string | null
}

/** One exchange of the conversation: a user message and the reply to it (either may be missing). */
export interface Turn {
  readonly messages: ReadonlyArray<ChatMessage>
}

export interface ContextParts {
  readonly persona: Persona
  readonly affect: Affect | undefined
  /** Best first. */
  readonly memories: ReadonlyArray<RecalledMemory>
  /** Oldest first. */
  readonly turns: ReadonlyArray<Turn>
  readonly message: string
}

/** The context as sent, and what was left out to make it fit. */
export interface AssembledContext {
  readonly messages: ReadonlyArray<ChatMessage>
  readonly memories: ReadonlyArray<RecalledMemory>
  readonly turns: number
  readonly droppedMemories: number
  readonly droppedTurns: number
  /** Estimated prompt tokens, and the budget they had to fit. */
  readonly tokens: number
  readonly budget: number
}
