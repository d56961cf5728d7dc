/**
 * Choosing what fits the model's window. The persona and the new message always stay. The
 * rest is taken in priority order — the newest turn, the most relevant memory, the next
 * newest turn, the next memory, and so on — while it fits. A turn is kept or dropped whole,
 * and once one turn does not fit no older turn is taken, so the history the model sees has
 * no gaps; a memory that does not fit is skipped for a smaller, less relevant one.
 */

export interface WindowRequest {
  /** Tokens the prompt may use (the window minus the reply's tokens). */
  readonly budget: number
  /** Tokens of what always stays: persona, affect, the new message, per-message overhead. */
  readonly fixed: number
  /** Tokens of each recalled memory, most relevant first. */
  readonly memories: ReadonlyArray<number>
  /** Tokens of each turn, oldest first. */
  readonly turns: ReadonlyArray<number>
  /** Tokens the memories' header costs once any memory is kept. */
  readonly memoryHeader?: number
}

export interface WindowChoice {
  /** Indices of the kept memories, most relevant first. */
  readonly memories: ReadonlyArray<number>
  /** Index of the oldest kept turn: turns from here on are kept (turns.length keeps none). */
  readonly firstTurn: number
  readonly used: number
}

export const fitWindow = (request: WindowRequest): WindowChoice => {
  let used = request.fixed
  const room = (tokens: number) => used + tokens <= request.budget
  const memories: Array<number> = []
  let firstTurn = request.turns.length
  let turnsClosed = false
  let nextMemory = 0
  const header = request.memoryHeader ?? 0
  const takeTurn = () => {
    if (turnsClosed || firstTurn === 0) return
    const tokens = request.turns[firstTurn - 1]!
    if (room(tokens)) {
      used += tokens
      firstTurn--
    } else {
      turnsClosed = true
    }
  }
  const takeMemory = () => {
    while (nextMemory < request.memories.length) {
      const index = nextMemory++
      const tokens = request.memories[index]! + (memories.length === 0 ? header : 0)
      if (room(tokens)) {
        used += tokens
        memories.push(index)
        return
      }
    }
  }
  while ((!turnsClosed && firstTurn > 0) || nextMemory < request.memories.length) {
    takeTurn()
    takeMemory()
  }
  return { memories, firstTurn, used }
}
