import { describe, expect, it } from "vitest"
import { reciprocalRankFusion } from "../../../../actors/memory/search/reciprocalRankFusion.js"

describe("reciprocalRankFusion", () => {
  it("sums 1 / (k + rank) over lists", () => {
    const fused = reciprocalRankFusion([{ ids: ["a", "b", "c"] }, { ids: ["b", "d"] }])
    expect(fused.map((f) => f.id)).toEqual(["b", "a", "d", "c"])
    expect(fused[0]).toEqual({
      id: "b",
      score: 1 / 62 + 1 / 61,
      ranks: [2, 1],
      contributions: [1 / 62, 1 / 61],
    })
    expect(fused[1]!.score).toBe(1 / 61)
    expect(fused[3]).toEqual({
      id: "c",
      score: 1 / 63,
      ranks: [3, undefined],
      contributions: [1 / 63, 0],
    })
  })

  it("applies per-list weights and k", () => {
    const fused = reciprocalRankFusion([{ ids: ["a"] }, { ids: ["b"], weight: 2 }], { k: 1 })
    expect(fused).toMatchObject([
      { id: "b", score: 1 },
      { id: "a", score: 0.5 },
    ])
  })

  it("counts only the first occurrence of an id in a list", () => {
    const fused = reciprocalRankFusion([{ ids: ["a", "a", "b"] }])
    expect(fused.map((f) => [f.id, f.score])).toEqual([
      ["a", 1 / 61],
      ["b", 1 / 63],
    ])
  })

  it("keeps first-seen order on ties and handles no lists", () => {
    expect(reciprocalRankFusion([{ ids: ["x"] }, { ids: ["y"] }]).map((f) => f.id)).toEqual([
      "x",
      "y",
    ])
    expect(reciprocalRankFusion([])).toEqual([])
  })
})
