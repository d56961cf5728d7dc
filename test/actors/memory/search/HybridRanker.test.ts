import { describe, expect, it } from "vitest"
import type { Candidate } from "../../../../actors/memory/search/HybridRanker.js"
import { makeHybridRanker } from "../../../../actors/memory/search/HybridRanker.js"

const DAY = 24 * 60 * 60 * 1000
const now = Date.UTC(2025, 0, 1)
const candidate = (id: string, ageDays = 0, importance = 0): Candidate => ({
  id,
  createdAt: now - ageDays * DAY,
  importance,
})

describe("HybridRanker", () => {
  const ranker = makeHybridRanker({ recencyHalfLifeMs: 10 * DAY })

  it("fuses semantic and keyword rankings with RRF", () => {
    const results = ranker.rank({
      semantic: [
        { id: "a", similarity: 0.9 },
        { id: "b", similarity: 0.8 },
      ],
      keyword: [
        { id: "b", score: 7 },
        { id: "c", score: 3 },
      ],
      candidates: [candidate("a", 1e6), candidate("b", 1e6), candidate("c", 1e6)],
      now,
      limit: 10,
    })
    expect(results.map((r) => r.id)).toEqual(["b", "a", "c"])
    const b = results[0]!
    expect(b.relevance).toBeCloseTo((1 / 62 + 1 / 61) / (2 / 61), 12)
    expect(b.semantic).toEqual({ rank: 2, value: 0.8, rrf: 1 / 62 })
    expect(b.keyword).toEqual({ rank: 1, value: 7, rrf: 1 / 61 })
    expect(results[2]!.semantic).toBeUndefined()
  })

  it("orders semantic hits by distance, ascending", () => {
    const results = ranker.rank({
      semantic: [
        { id: "far", distance: 0.9 },
        { id: "near", distance: 0.1 },
      ],
      keyword: [],
      candidates: [candidate("far"), candidate("near")],
      now,
      limit: 10,
    })
    expect(results.map((r) => [r.id, r.semantic?.value])).toEqual([
      ["near", 0.1],
      ["far", 0.9],
    ])
  })

  it("breaks near-ties by recency, with exponential decay over the half-life", () => {
    const results = ranker.rank({
      semantic: [
        { id: "old", similarity: 0.9 },
        { id: "new", similarity: 0.89 },
      ],
      keyword: [],
      candidates: [candidate("old", 100), candidate("new", 10)],
      now,
      limit: 10,
    })
    expect(results.map((r) => r.id)).toEqual(["new", "old"])
    expect(results[0]!.recency).toBeCloseTo(0.5, 12)
    expect(results[1]!.recency).toBeCloseTo(Math.pow(0.5, 10), 12)
    expect(results[0]!.boost).toBeCloseTo(1.025, 12)
  })

  it("breaks near-ties by importance", () => {
    const results = ranker.rank({
      semantic: [],
      keyword: [
        { id: "trivial", score: 2 },
        { id: "vital", score: 1.9 },
      ],
      candidates: [candidate("trivial", 1e6, 0), candidate("vital", 1e6, 1)],
      now,
      limit: 10,
    })
    expect(results.map((r) => r.id)).toEqual(["vital", "trivial"])
  })

  it("cannot let recency and importance outrank a clearly more relevant memory", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `m${i}`)
    const results = ranker.rank({
      semantic: ids.map((id, i) => ({ id, similarity: 1 - i / 100 })),
      keyword: ids.map((id, i) => ({ id, score: 20 - i })),
      // The seven best matches are ancient and trivial; the rest are new and vital.
      candidates: ids.map((id, i) => (i < 7 ? candidate(id, 1e6, 0) : candidate(id, 0, 1))),
      now,
      limit: 3,
    })
    // m7 (rank 8 in both lists, boosted ×1.1) passes m1 (rank 2) but not m0 (rank 1).
    expect(results.map((r) => r.id)).toEqual(["m0", "m7", "m1"])
  })

  it("drops hits that are not candidates and clamps importance", () => {
    const results = ranker.rank({
      semantic: [
        { id: "gone", similarity: 1 },
        { id: "here", similarity: 0.5 },
      ],
      keyword: [{ id: "gone", score: 1 }],
      candidates: [{ id: "here", createdAt: now + DAY, importance: 7 }],
      now,
      limit: 10,
    })
    expect(results.map((r) => [r.id, r.semantic?.rank, r.recency, r.importance])).toEqual([
      ["here", 1, 1, 1],
    ])
  })
})
