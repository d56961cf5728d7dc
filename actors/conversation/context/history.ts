/**
 * The conversation so far, from working-memory entries: grouped into turns (a user message
 * and the replies after it), leaving out replies that a regenerated reply replaced and
 * the messages the current request answers itself.
 */
import type { ChatMessage } from "../../../schemas/messages/model.js"
import type { Turn } from "./ContextParts.js"

/** What the engine stores with each working-memory entry. */
export interface HistoryEntry {
  readonly role: "user" | "assistant" | "system"
  readonly content: string
  readonly metadata?: { readonly [key: string]: string | number | boolean }
}

const text = (entry: HistoryEntry, key: string): string | undefined => {
  const value = entry.metadata?.[key]
  return typeof value === "string" && value !== "" ? value : undefined
}

export const messageIdOf = (entry: HistoryEntry) => text(entry, "messageId")

/**
 * Turns, oldest first. `exclude` names messages (by id) that must not appear: the user
 * message being answered and, when regenerating, the reply being replaced.
 */
export const turnsOf = (
  entries: ReadonlyArray<HistoryEntry>,
  exclude: ReadonlyArray<string> = [],
): ReadonlyArray<Turn> => {
  const replaced = new Set(exclude)
  for (const entry of entries) {
    const replaces = text(entry, "replaces")
    if (replaces !== undefined) replaced.add(replaces)
  }
  const turns: Array<Array<ChatMessage>> = []
  for (const entry of entries) {
    const id = messageIdOf(entry)
    if (id !== undefined && replaced.has(id)) continue
    // System entries (notices) are not part of the dialogue the model continues.
    if (entry.role === "system") continue
    const message: ChatMessage = { role: entry.role, content: entry.content }
    const current = turns[turns.length - 1]
    if (entry.role === "user" || current === undefined) turns.push([message])
    else current.push(message)
  }
  return turns.map((messages) => ({ messages }))
}
