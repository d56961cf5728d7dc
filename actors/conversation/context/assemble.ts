/**
 * Assembling the context: the pieces to count (`pieces`), then — with their token counts
 * from the model — what fits (`assemble`). Kept apart so the counting, which asks the
 * model, stays outside this pure code.
 */
import type { AssembledContext, ContextParts } from "./ContextParts.js"
import { fitWindow } from "./fitWindow.js"
import { affectText, chatMessages, memoriesHeader, memoryText, personaText } from "./prompt.js"

/** Tokens a chat template adds around each message (role markers, separators). */
export const messageOverhead = 8
/**
 * The share of the window left unused: chat templates differ from our per-message guess,
 * and a runtime such as node-llama-cpp refuses a prompt that leaves it no room to shift
 * its context, failing the reply instead of trimming it.
 */
export const headroom = 0.1
/** Tokens the separator before a piece of the system message costs. */
const separator = 1

/**
 * Every text whose tokens are counted, in a fixed order: persona, affect (when there is
 * one), the memories' header, each memory, each turn's messages, the new message.
 */
export const pieces = (parts: ContextParts): ReadonlyArray<string> => [
  personaText(parts.persona),
  ...(parts.affect === undefined ? [] : [affectText(parts.affect)]),
  memoriesHeader,
  ...parts.memories.map(memoryText),
  ...parts.turns.flatMap((turn) => turn.messages.map((message) => message.content)),
  parts.message,
]

/** The context that fits `budget` tokens, given the counts of `pieces(parts)`. */
export const assemble = (
  parts: ContextParts,
  counts: ReadonlyArray<number>,
  budget: number,
): AssembledContext => {
  let at = 0
  const next = () => counts[at++] ?? 0
  const persona = next() + messageOverhead
  const affect = parts.affect === undefined ? 0 : next() + separator
  const header = next() + separator
  const memories = parts.memories.map(() => next() + separator)
  const turns = parts.turns.map((turn) =>
    turn.messages.reduce((sum) => sum + next() + messageOverhead, 0),
  )
  const message = next() + messageOverhead
  const choice = fitWindow({
    budget,
    fixed: persona + affect + message,
    memories,
    turns,
    memoryHeader: header,
  })
  const kept = choice.memories.map((index) => parts.memories[index]!)
  const keptTurns = parts.turns.slice(choice.firstTurn)
  return {
    messages: chatMessages(parts.persona, parts.affect, kept, keptTurns, parts.message),
    memories: kept,
    turns: keptTurns.length,
    droppedMemories: parts.memories.length - kept.length,
    droppedTurns: choice.firstTurn,
    tokens: choice.used,
    budget,
  }
}

/**
 * The prompt's budget: the configured context (the model's whole window when it is 0, and
 * never more than the model's window when that is known) minus the reply's tokens and the
 * headroom.
 */
export const promptBudget = (options: {
  readonly contextTokens: number
  readonly modelContextSize: number
  readonly maxReplyTokens: number
}): number => {
  const { contextTokens, modelContextSize } = options
  const window =
    modelContextSize <= 0
      ? contextTokens
      : contextTokens > 0
        ? Math.min(contextTokens, modelContextSize)
        : modelContextSize
  return Math.max(0, window - options.maxReplyTokens - Math.ceil(window * headroom))
}

/**
 * A rough count for when the model cannot count (it is restarting or missing): about
 * three characters a token, which overestimates for English, so the context still fits.
 */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 3)
