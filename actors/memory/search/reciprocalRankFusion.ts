/** One ranked list to fuse: ids best first, and how much the list counts (default 1). */
export interface RankedList<Id> {
  readonly ids: ReadonlyArray<Id>
  readonly weight?: number
}

export interface FusedItem<Id> {
  readonly id: Id
  readonly score: number
  /** The id's 1-based rank in each input list, in input order; undefined where absent. */
  readonly ranks: ReadonlyArray<number | undefined>
  /** What each list added to `score` (0 where the id is absent). */
  readonly contributions: ReadonlyArray<number>
}

/** Cormack, Clarke & Büttcher (2009): k = 60 damps the gap between the very top ranks. */
export const defaultRrfK = 60

/**
 * Reciprocal rank fusion: score(d) = Σ_i w_i / (k + rank_i(d)), rank 1-based, summed over
 * the lists that hold d. It uses ranks only, so lists scored on incomparable scales (BM25
 * scores, cosine distances) fuse without calibration. Only an id's first occurrence in a
 * list counts. Result is best first; ties keep the order in which ids were first seen.
 */
export const reciprocalRankFusion = <Id>(
  lists: ReadonlyArray<RankedList<Id>>,
  options: { readonly k?: number } = {},
): Array<FusedItem<Id>> => {
  const k = options.k ?? defaultRrfK
  const fused = new Map<Id, { ranks: Array<number | undefined>; contributions: Array<number> }>()
  lists.forEach((list, listIndex) => {
    const weight = list.weight ?? 1
    list.ids.forEach((id, index) => {
      let entry = fused.get(id)
      if (entry === undefined) {
        entry = {
          ranks: lists.map(() => undefined),
          contributions: lists.map(() => 0),
        }
        fused.set(id, entry)
      }
      if (entry.ranks[listIndex] !== undefined) return
      entry.ranks[listIndex] = index + 1
      entry.contributions[listIndex] = weight / (k + index + 1)
    })
  })
  const items = Array.from(fused, ([id, { ranks, contributions }]) => ({
    id,
    score: contributions.reduce((sum, c) => sum + c, 0),
    ranks,
    contributions,
  }))
  // Array.prototype.sort is stable, so equal scores stay in first-seen order.
  return items.sort((a, b) => b.score - a.score)
}
