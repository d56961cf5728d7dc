import { FastCheck } from "effect"
import { describe, expect, it } from "vitest"
import { Bm25Index } from "../../../../actors/memory/search/Bm25Index.js"
import { makeTokenizer } from "../../../../actors/memory/search/tokenize.js"

// Whitespace words, no stopwords or stemming: scores below can be checked by hand.
const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0)

const bm25 = (idf: number, tf: number, length: number, average: number, k1 = 1.2, b = 0.75) =>
  (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / average))

const idf = (total: number, n: number) => Math.log(1 + (total - n + 0.5) / (n + 0.5))

describe("Bm25Index", () => {
  const corpus = () => {
    const index = new Bm25Index({ tokenize: words })
    index.add("a", "cat sat mat")
    index.add("b", "cat cat dog")
    index.add("c", "dog park sunny day")
    index.add("d", "bird")
    return index
  }

  it("scores with BM25 and ranks by score", () => {
    const index = corpus()
    const average = 11 / 4
    const hits = index.search("cat", 10)
    expect(hits.map((h) => h.id)).toEqual(["b", "a"])
    expect(hits[0]!.score).toBeCloseTo(bm25(idf(4, 2), 2, 3, average), 12)
    expect(hits[1]!.score).toBeCloseTo(bm25(idf(4, 2), 1, 3, average), 12)
  })

  it("sums over query terms and prefers shorter documents at equal tf", () => {
    const index = corpus()
    const average = 11 / 4
    const hits = index.search("dog sat", 10)
    // a: sat (n=1); b: dog in 3 words; c: dog in 4 words.
    expect(hits.map((h) => h.id)).toEqual(["a", "b", "c"])
    expect(hits[0]!.score).toBeCloseTo(bm25(idf(4, 1), 1, 3, average), 12)
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score)
  })

  it("ignores a term found in every document, unless it is the only term", () => {
    const index = new Bm25Index({ tokenize: words })
    index.add("1", "note apple")
    index.add("2", "note note note pear")
    index.add("3", "note plum")
    expect(index.search("note apple", 10)).toEqual([
      { id: "1", score: bm25(idf(3, 1), 1, 2, 8 / 3) },
    ])
    expect(index.search("note", 10).map((h) => h.id)).toEqual(["2", "1", "3"])
  })

  it("respects limit and returns nothing for unknown terms", () => {
    const index = corpus()
    expect(index.search("cat dog", 1).map((h) => h.id)).toEqual(["b"])
    expect(index.search("zebra", 10)).toEqual([])
    expect(index.search("cat", 0)).toEqual([])
  })

  it("removes documents and replaces on re-add", () => {
    const index = corpus()
    expect(index.remove("b")).toBe(true)
    expect(index.remove("b")).toBe(false)
    expect(index.size).toBe(3)
    expect(index.search("cat", 10).map((h) => h.id)).toEqual(["a"])
    index.add("a", "dog")
    expect(index.size).toBe(3)
    expect(index.search("cat", 10)).toEqual([])
    // After removals the statistics equal those of a fresh index of the same documents.
    const fresh = new Bm25Index({ tokenize: words })
    fresh.add("c", "dog park sunny day")
    fresh.add("d", "bird")
    fresh.add("a", "dog")
    expect(index.search("dog park", 10)).toEqual(fresh.search("dog park", 10))
  })

  it("breaks ties by insertion order", () => {
    const index = new Bm25Index({ tokenize: words })
    for (const id of ["x", "y", "z"]) index.add(id, "same words")
    index.add("w", "other")
    expect(index.search("same", 10).map((h) => h.id)).toEqual(["x", "y", "z"])
  })

  it("uses the default English tokenizer", () => {
    const index = new Bm25Index()
    index.add("1", "Melanie painted a sunrise last year")
    index.add("2", "Caroline went to a support group")
    expect(index.search("When did Melanie paint?", 5).map((h) => h.id)).toEqual(["1"])
  })

  it("agrees with an unpruned scan on random corpora (property)", () => {
    const vocabulary = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    const doc = FastCheck.array(FastCheck.constantFrom(...vocabulary), { maxLength: 12 })
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(doc, { maxLength: 60 }),
        FastCheck.array(FastCheck.nat({ max: 59 }), { maxLength: 10 }),
        doc,
        FastCheck.integer({ min: 0, max: 15 }),
        (docs, removals, query, limit) => {
          const index = new Bm25Index({ tokenize: words, minIdf: 0 })
          docs.forEach((d, i) => index.add(`d${i}`, d.join(" ")))
          const removed = new Set(removals.filter((i) => i < docs.length))
          for (const i of removed) index.remove(`d${i}`)
          const live = docs.flatMap((d, i) => (removed.has(i) ? [] : [{ id: `d${i}`, d }]))
          expect(index.size).toBe(live.length)

          const hits = index.search(query.join(" "), limit)
          expect(hits.length).toBeLessThanOrEqual(limit)
          for (let i = 1; i < hits.length; i++)
            expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score)

          // Reference: score every live document directly.
          const average = live.reduce((s, x) => s + x.d.length, 0) / live.length || 1
          const terms = [...new Set(query)]
          const expected = live
            .map(({ id, d }) => {
              let score = 0
              for (const t of terms) {
                const n = live.filter((x) => x.d.includes(t)).length
                const tf = d.filter((w) => w === t).length
                if (tf > 0) score += bm25(idf(live.length, n), tf, d.length, average)
              }
              return { id, score }
            })
            .filter((x) => x.score > 0)
            .sort((x, y) => y.score - x.score)
            .slice(0, limit)
          expect(hits.map((h) => h.score)).toEqual(
            expected.map((e) => expect.closeTo(e.score, 9) as unknown as number),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it("never throws on arbitrary text with the default tokenizer (property)", () => {
    const tokenizer = makeTokenizer()
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(FastCheck.string({ unit: "grapheme", maxLength: 40 }), { maxLength: 30 }),
        FastCheck.string({ unit: "grapheme", maxLength: 40 }),
        (texts, query) => {
          const index = new Bm25Index({ tokenize: tokenizer })
          texts.forEach((t, i) => index.add(String(i), t))
          const hits = index.search(query, 5)
          expect(hits.length).toBeLessThanOrEqual(5)
          for (const h of hits) expect(Number.isFinite(h.score) && h.score > 0).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})
