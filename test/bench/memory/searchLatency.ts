/**
 * Hybrid search latency with many memories stored. Filling a store with 100,000 memories
 * through the embedder would take most of an hour on two cores, so the stores are filled
 * directly: texts are LoCoMo turns, each with three words drawn from the conversation's
 * vocabulary so that every document differs, and vectors are the turn's real embedding
 * plus a little noise, renormalised. The search itself is the real path: embedding the
 * query, the vector store, BM25, fusion and reading the winners from PostgreSQL.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { randomUUID } from "node:crypto"
import { VectorStore } from "../../../platform/chroma/VectorStore.js"
import { Embedder } from "../../../platform/embedding/Embedder.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import { percentile } from "../support/stats.js"
import type { Locomo } from "./locomo.js"

/** A deterministic generator, so every run stores the same corpus. */
const random = (seed: number) => () => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0
  return seed / 2 ** 32
}

const gaussian = (next: () => number) =>
  Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next())

export interface Corpus {
  readonly texts: ReadonlyArray<string>
  readonly vectors: ReadonlyArray<Float32Array>
  readonly vocabulary: ReadonlyArray<string>
}

export const corpusOf = (locomo: Locomo) =>
  Effect.gen(function* () {
    const embedder = yield* Embedder
    const texts = locomo.turns.map((turn) => turn.document)
    const vectors = yield* embedder.embed(texts)
    const vocabulary = [
      ...new Set(texts.flatMap((text) => text.toLowerCase().match(/[a-z]{4,}/g) ?? [])),
    ]
    return { texts, vectors, vocabulary } satisfies Corpus
  })

/** Adds memories `from`..`to`-1 of the synthetic corpus straight into both stores. */
export const fill = (corpus: Corpus, from: number, to: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const vectors = yield* VectorStore
    const next = random(from + 1)
    const batch = 1_000
    const now = Date.now()
    for (let start = from; start < to; start += batch) {
      const rows = []
      const records = []
      for (let i = start; i < Math.min(to, start + batch); i++) {
        const base = i % corpus.texts.length
        const extra = [0, 1, 2].map(
          () => corpus.vocabulary[Math.floor(next() * corpus.vocabulary.length)] ?? "",
        )
        const content = `${corpus.texts[base]} ${extra.join(" ")}`
        const source = corpus.vectors[base] ?? new Float32Array()
        const embedding = source.map((x) => x + gaussian(next) * 0.02)
        const norm = Math.hypot(...embedding)
        const id = randomUUID()
        rows.push({
          id,
          kind: "turn",
          content,
          importance: Math.round(next() * 100) / 100,
          createdAt: new Date(now - Math.floor(next() * 730) * 86_400_000),
        })
        records.push({
          id,
          embedding: embedding.map((x) => x / norm),
          document: content,
          metadata: { userId: "", kind: "turn" },
        })
      }
      yield* sql`insert into memories ${sql.insert(rows)}`
      yield* vectors.upsert(records)
    }
  })

export interface Latency {
  readonly p50: number
  readonly p95: number
  readonly queries: number
}

/** Times `recall` for each query (after a warm-up), in milliseconds. */
export const timeSearches = (queries: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const memory = yield* SemanticMemory
    for (const query of queries.slice(0, 20)) yield* memory.recall({ query, limit: 10 })
    const samples: Array<number> = []
    for (const query of queries) {
      const started = performance.now()
      yield* memory.recall({ query, limit: 10 })
      samples.push(performance.now() - started)
    }
    return {
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      queries: samples.length,
    } satisfies Latency
  })
