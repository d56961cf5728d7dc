import { Posting } from "./Posting.js"
import type { Tokenizer } from "./tokenize.js"
import { tokenize as defaultTokenizer } from "./tokenize.js"
import type { Scored } from "./topK.js"
import { topK } from "./topK.js"

export interface Bm25Options {
  /** Term-frequency saturation; 1.2 is the usual default. */
  readonly k1?: number
  /** Length normalisation, 0 (none) to 1 (full); 0.75 is the usual default. */
  readonly b?: number
  /**
   * Query terms whose IDF is below this are ignored, unless that would leave none. With
   * the IDF used here, ln(1 + (N − n + 0.5) / (n + 0.5)), the default ln 2 drops terms
   * found in more than half of the documents (a speaker's name on every turn she wrote).
   */
  readonly minIdf?: number
  readonly tokenize?: Tokenizer
}

/**
 * An incremental BM25 index over short texts (Robertson–Walker BM25 with Lucene's
 * non-negative IDF). Postings map each term to the document slots holding it with their
 * term frequency, so a search touches only the postings of its query terms; each slot
 * keeps its document's length and term frequencies so `remove` can take it back out.
 *
 * Search is term-at-a-time with MaxScore pruning (Turtle & Flood, 1995): terms are
 * scored rarest first, and once the terms left could not lift an unseen document into
 * the top `limit` even together, they only update documents already scored (a hash
 * lookup each) instead of walking their long postings. Results stay exact.
 */
export class Bm25Index {
  private readonly k1: number
  private readonly b: number
  private readonly minIdf: number
  private readonly tokenize: Tokenizer
  private readonly slotOf = new Map<string, number>()
  // Per slot; freed slots are reused, `seq` keeps ties in insertion order regardless.
  private ids: Array<string | undefined> = []
  private lengths: Array<number> = []
  private seqs: Array<number> = []
  private termFrequencies: Array<ReadonlyMap<string, number> | undefined> = []
  private readonly freeSlots: Array<number> = []
  private readonly postings = new Map<string, Posting>()
  private scores = new Float64Array(1024)
  private totalLength = 0
  private nextSeq = 0

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2
    this.b = options.b ?? 0.75
    this.minIdf = options.minIdf ?? Math.LN2
    this.tokenize = options.tokenize ?? defaultTokenizer
  }

  /** The number of documents indexed. */
  get size(): number {
    return this.slotOf.size
  }

  /** Indexes `text` under `id`, replacing what `id` held before. */
  add(id: string, text: string): void {
    this.remove(id)
    const frequencies = new Map<string, number>()
    const terms = this.tokenize(text)
    for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
    const slot = this.freeSlots.pop() ?? this.ids.length
    this.slotOf.set(id, slot)
    this.ids[slot] = id
    this.lengths[slot] = terms.length
    this.seqs[slot] = this.nextSeq++
    this.termFrequencies[slot] = frequencies
    this.totalLength += terms.length
    for (const [term, tf] of frequencies) {
      let posting = this.postings.get(term)
      if (posting === undefined) {
        posting = new Posting()
        this.postings.set(term, posting)
      }
      posting.add(slot, tf)
    }
  }

  /** Drops `id` from the index; returns whether it was there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return false
    this.slotOf.delete(id)
    for (const term of this.termFrequencies[slot]!.keys()) {
      const posting = this.postings.get(term)
      posting?.remove(slot)
      if (posting?.size === 0) this.postings.delete(term)
    }
    this.totalLength -= this.lengths[slot]!
    this.ids[slot] = undefined
    this.termFrequencies[slot] = undefined
    this.freeSlots.push(slot)
    return true
  }

  /** Inverse document frequency of a term held by `n` of the indexed documents. */
  idf(n: number): number {
    const total = this.slotOf.size
    return Math.log(1 + (total - n + 0.5) / (n + 0.5))
  }

  /**
   * The `limit` documents scoring highest for `query`, best first; documents sharing no
   * (kept) term with the query are not returned. Repeated query terms count once.
   */
  search(query: string, limit: number): Array<Scored<string>> {
    if (this.slotOf.size === 0 || limit <= 0) return []
    const terms: Array<{ readonly posting: Posting; readonly idf: number }> = []
    for (const term of new Set(this.tokenize(query))) {
      const posting = this.postings.get(term)
      if (posting !== undefined) terms.push({ posting, idf: this.idf(posting.size) })
    }
    const discriminating = terms.filter((term) => term.idf >= this.minIdf)
    const kept = (discriminating.length > 0 ? discriminating : terms).sort((x, y) => y.idf - x.idf)

    const { k1, b, lengths } = this
    const averageLength = this.totalLength / this.slotOf.size || 1
    if (this.scores.length < this.ids.length) this.scores = new Float64Array(this.ids.length * 2)
    const scores = this.scores
    const touched: Array<number> = []
    const termScore = (idf: number, tf: number, slot: number) =>
      (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[slot]!) / averageLength))
    // A term adds at most idf·(k1 + 1) to any document, whatever its tf and length.
    let remainingBound = kept.reduce((sum, term) => sum + term.idf * (k1 + 1), 0)
    for (const { posting, idf } of kept) {
      if (touched.length >= limit && posting.size > touched.length) {
        const best = topK(
          touched.map((slot) => ({ score: scores[slot]! })),
          limit,
          () => false,
        )
        if (remainingBound < best[best.length - 1]!.score) {
          for (const slot of touched) {
            const tf = posting.frequency(slot)
            if (tf !== undefined) scores[slot]! += termScore(idf, tf, slot)
          }
          remainingBound -= idf * (k1 + 1)
          continue
        }
      }
      const { slots, frequencies, size } = posting
      for (let i = 0; i < size; i++) {
        const slot = slots[i]!
        if (scores[slot] === 0) touched.push(slot)
        scores[slot]! += termScore(idf, frequencies[i]!, slot)
      }
      remainingBound -= idf * (k1 + 1)
    }
    const candidates = touched.map((slot) => ({ slot, score: scores[slot]! }))
    for (const slot of touched) scores[slot] = 0
    const { ids, seqs } = this
    return topK(candidates, limit, (x, y) => seqs[x.slot]! < seqs[y.slot]!).map((c) => ({
      id: ids[c.slot]!,
      score: c.score,
    }))
  }
}
