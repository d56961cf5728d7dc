/**
 * The words of the context: the system message (persona, affect, memories) and the chat
 * messages around it. Each piece is its own text so that its tokens can be counted and the
 * piece kept or left out whole.
 */
import type { ChatMessage } from "../../../schemas/messages/model.js"
import type { Affect, Persona, RecalledMemory, Turn } from "./ContextParts.js"

export const personaText = (persona: Persona): string =>
  persona.description.trim() === "" ? `You are ${persona.name}.` : persona.description.trim()

const describe = (value: number, low: string, middle: string, high: string) =>
  value < -0.33 ? low : value > 0.33 ? high : middle

export const affectText = (affect: Affect): string =>
  `How you feel right now: ${affect.label} ` +
  `(${describe(affect.valence, "unpleasant", "neutral", "pleasant")}, ` +
  `${describe(affect.arousal * 2 - 1, "calm", "steady", "excited")}). ` +
  "Let it colour your tone, not what you say is true."

export const memoriesHeader = "What you remember that may matter here:"

/** A memory as one line (a turn document's lines joined), so it is kept or dropped whole. */
export const memoryText = (memory: RecalledMemory): string =>
  `- ${memory.content.replace(/\s*\n\s*/g, " / ").trim()}`

export const systemText = (
  persona: Persona,
  affect: Affect | undefined,
  memories: ReadonlyArray<RecalledMemory>,
): string =>
  [
    personaText(persona),
    ...(affect === undefined ? [] : [affectText(affect)]),
    ...(memories.length === 0 ? [] : [[memoriesHeader, ...memories.map(memoryText)].join("\n")]),
  ].join("\n\n")

/** The messages sent to the model: system, the kept turns, then the new user message. */
export const chatMessages = (
  persona: Persona,
  affect: Affect | undefined,
  memories: ReadonlyArray<RecalledMemory>,
  turns: ReadonlyArray<Turn>,
  message: string,
): ReadonlyArray<ChatMessage> => [
  { role: "system", content: systemText(persona, affect, memories) },
  ...turns.flatMap((turn) => turn.messages),
  { role: "user", content: message },
]
