/**
 * Fitting the context into the model's window: table tests of what is kept at and around
 * the limit, and properties that hold for any sizes.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { fitWindow } from "../../../../actors/conversation/context/fitWindow.js"

describe("fitWindow", () => {
  it.each([
    {
      name: "everything fits: all memories, all turns",
      request: { budget: 100, fixed: 20, memories: [10, 10], turns: [10, 10, 10] },
      memories: [0, 1],
      firstTurn: 0,
      used: 70,
    },
    {
      name: "exactly at the limit: still everything",
      request: { budget: 70, fixed: 20, memories: [10, 10], turns: [10, 10, 10] },
      memories: [0, 1],
      firstTurn: 0,
      used: 70,
    },
    {
      name: "one token short: the oldest turn goes first (newest turn, best memory win)",
      request: { budget: 69, fixed: 20, memories: [10, 10], turns: [10, 10, 10] },
      memories: [0, 1],
      firstTurn: 1,
      used: 60,
    },
    {
      name: "turns stay contiguous: an old small turn is not taken past a big one",
      request: { budget: 55, fixed: 20, memories: [], turns: [5, 30, 10] },
      memories: [],
      firstTurn: 2,
      used: 30,
    },
    {
      name: "a memory too big is skipped for a smaller, less relevant one",
      request: { budget: 50, fixed: 20, memories: [25, 5], turns: [10] },
      memories: [1],
      firstTurn: 0,
      used: 35,
    },
    {
      name: "the memories' header is paid once, with the first memory",
      request: { budget: 45, fixed: 20, memories: [10, 10], turns: [], memoryHeader: 5 },
      memories: [0, 1],
      firstTurn: 0,
      used: 45,
    },
    {
      name: "persona and message alone overflow: they stay, nothing else is added",
      request: { budget: 10, fixed: 30, memories: [1], turns: [1] },
      memories: [],
      firstTurn: 1,
      used: 30,
    },
    {
      name: "no history and no memories: just the fixed part",
      request: { budget: 100, fixed: 12, memories: [], turns: [] },
      memories: [],
      firstTurn: 0,
      used: 12,
    },
  ])("$name", ({ firstTurn, memories, request, used }) => {
    expect(fitWindow(request)).toEqual({ memories, firstTurn, used })
  })

  const sizes = fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 20 })
  const requests = fc.record({
    budget: fc.integer({ min: 0, max: 2000 }),
    fixed: fc.integer({ min: 0, max: 500 }),
    memories: sizes,
    turns: sizes,
    memoryHeader: fc.integer({ min: 0, max: 20 }),
  })

  it("never exceeds the budget beyond what always stays, and counts what it keeps", () => {
    fc.assert(
      fc.property(requests, (request) => {
        const choice = fitWindow(request)
        const kept =
          request.fixed +
          choice.memories.reduce((sum, i) => sum + request.memories[i]!, 0) +
          (choice.memories.length > 0 ? request.memoryHeader : 0) +
          request.turns.slice(choice.firstTurn).reduce((sum, n) => sum + n, 0)
        expect(choice.used).toBe(kept)
        expect(choice.used).toBeLessThanOrEqual(Math.max(request.budget, request.fixed))
      }),
    )
  })

  it("keeps memories in relevance order, each at most once", () => {
    fc.assert(
      fc.property(requests, (request) => {
        const { memories } = fitWindow(request)
        expect([...memories].sort((a, b) => a - b)).toEqual(memories)
        expect(new Set(memories).size).toBe(memories.length)
      }),
    )
  })

  it("with room for everything, keeps everything", () => {
    fc.assert(
      fc.property(requests, (request) => {
        const all =
          request.fixed +
          request.memories.reduce((a, b) => a + b, 0) +
          (request.memories.length > 0 ? request.memoryHeader : 0) +
          request.turns.reduce((a, b) => a + b, 0)
        const choice = fitWindow({ ...request, budget: all })
        expect(choice.firstTurn).toBe(0)
        expect(choice.memories).toHaveLength(request.memories.length)
      }),
    )
  })
})
