import { defaultRrfK, reciprocalRankFusion } from "./reciprocalRankFusion.js"
import { topK } from "./topK.js"

/** A memory that may be returned, with the metadata the non-relevance signals use. */
export interface Candidate {
  readonly id: string
  /** Epoch milliseconds. */
  readonly createdAt: number
  /** 0 (trivial) to 1 (vital); values outside are clamped. */
  readonly importance: number
}

/** A vector-store hit: cosine-style `similarity` (higher is better) or `distance` (lower). */
export type SemanticHit =
  | { readonly id: string; readonly similarity: number }
  | { readonly id: string; readonly distance: number }

/** A keyword hit, e.g. from `Bm25Index.search`. */
export interface KeywordHit {
  readonly id: string
  readonly score: number
}

export interface HybridQuery {
  readonly semantic: ReadonlyArray<SemanticHit>
  readonly keyword: ReadonlyArray<KeywordHit>
  /** The memories that may be returned; hits on other ids (deleted, out of scope) drop. */
  readonly candidates: ReadonlyArray<Candidate>
  /** Epoch milliseconds that ages are measured from. */
  readonly now: number
  readonly limit: number
}

export interface HybridRankerOptions {
  /** RRF k (default 60). */
  readonly k?: number
  readonly semanticWeight?: number
  readonly keywordWeight?: number
  /** Age at which the recency signal halves (default 30 days). */
  readonly recencyHalfLifeMs?: number
  /** Largest share recency can add to relevance (default 0.05, i.e. ×1.05 at most). */
  readonly recencyWeight?: number
  /** Largest share importance can add to relevance (default 0.05). */
  readonly importanceWeight?: number
}

/** Why a memory ranked where it did. */
export interface HybridResult {
  readonly id: string
  readonly score: number
  /** Fused RRF score divided by the best possible one (rank 1 in every list): (0, 1]. */
  readonly relevance: number
  /** `value` is the hit's similarity or distance as given. */
  readonly semantic?: { readonly rank: number; readonly value: number; readonly rrf: number }
  readonly keyword?: { readonly rank: number; readonly value: number; readonly rrf: number }
  /** 0.5^(age / half-life), 1 for now or a future timestamp. */
  readonly recency: number
  readonly importance: number
  /** The factor relevance was multiplied by: 1 + wᵣ·recency + wᵢ·importance. */
  readonly boost: number
}

export interface HybridRanker {
  readonly rank: (query: HybridQuery) => ReadonlyArray<HybridResult>
}

const DAY_MS = 24 * 60 * 60 * 1000

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)

const similarityOf = (hit: SemanticHit) => ("similarity" in hit ? hit.similarity : -hit.distance)

/**
 * Hybrid ranking: relevance is the RRF fusion of the semantic and keyword rankings,
 * normalised to (0, 1]; recency and importance then multiply it by a bounded boost,
 *
 *   score = relevance × (1 + wᵣ·recency + wᵢ·importance),   recency, importance ∈ [0, 1].
 *
 * Only memories some retriever found are ranked, and the boost is at most
 * 1 + wᵣ + wᵢ (1.1 by default), so a memory can overtake one that is more relevant only
 * when its relevance is within that factor: they reorder near-ties (ranks 1 and 2 differ
 * by 1.6 % at k = 60) but cannot lift rank 8 in every list (61/68 ≈ 0.90) over rank 1. A
 * multiplicative boost, unlike an additive one, also keeps that bound independent of how
 * many lists are fused or of k.
 */
export const makeHybridRanker = (options: HybridRankerOptions = {}): HybridRanker => {
  const k = options.k ?? defaultRrfK
  const semanticWeight = options.semanticWeight ?? 1
  const keywordWeight = options.keywordWeight ?? 1
  const halfLife = options.recencyHalfLifeMs ?? 30 * DAY_MS
  const recencyWeight = options.recencyWeight ?? 0.05
  const importanceWeight = options.importanceWeight ?? 0.05
  const bestFused = (semanticWeight + keywordWeight) / (k + 1)

  const rank = (query: HybridQuery): ReadonlyArray<HybridResult> => {
    const candidates = new Map(query.candidates.map((c) => [c.id, c]))
    // Sort defensively: the fusion uses order only, and stores disagree on direction.
    const semantic = query.semantic
      .filter((hit) => candidates.has(hit.id))
      .map((hit) => ({
        id: hit.id,
        value: "similarity" in hit ? hit.similarity : hit.distance,
        key: similarityOf(hit),
      }))
      .sort((a, b) => b.key - a.key)
    const keyword = query.keyword
      .filter((hit) => candidates.has(hit.id))
      .map((hit) => ({ id: hit.id, value: hit.score }))
      .sort((a, b) => b.value - a.value)
    const fused = reciprocalRankFusion(
      [
        { ids: semantic.map((hit) => hit.id), weight: semanticWeight },
        { ids: keyword.map((hit) => hit.id), weight: keywordWeight },
      ],
      { k },
    )
    const results = fused.map((item, order): HybridResult & { readonly order: number } => {
      const candidate = candidates.get(item.id)!
      const age = Math.max(0, query.now - candidate.createdAt)
      const recency = halfLife > 0 ? Math.pow(0.5, age / halfLife) : 0
      const importance = clamp01(candidate.importance)
      const boost = 1 + recencyWeight * recency + importanceWeight * importance
      const relevance = bestFused > 0 ? item.score / bestFused : 0
      const [semanticRank, keywordRank] = item.ranks
      const [semanticRrf = 0, keywordRrf = 0] = item.contributions
      return {
        id: item.id,
        score: relevance * boost,
        relevance,
        ...(semanticRank === undefined
          ? {}
          : {
              semantic: {
                rank: semanticRank,
                value: semantic[semanticRank - 1]!.value,
                rrf: semanticRrf,
              },
            }),
        ...(keywordRank === undefined
          ? {}
          : {
              keyword: {
                rank: keywordRank,
                value: keyword[keywordRank - 1]!.value,
                rrf: keywordRrf,
              },
            }),
        recency,
        importance,
        boost,
        order,
      }
    })
    return topK(results, query.limit, (a, b) => a.order < b.order).map(
      ({ order: _order, ...result }) => result,
    )
  }
  return { rank }
}
