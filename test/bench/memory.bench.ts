/**
 * The `memory` suite: working-memory latency, hybrid search latency at 10,000 and 100,000
 * memories, and retrieval quality on LoCoMo. Semantic memory runs as a user gets it by
 * default: embedded PostgreSQL, managed Chroma and all-MiniLM-L6-v2 (int8). See
 * BENCHMARKS.md for what each figure means.
 */
import { Effect, Logger, LogLevel } from "effect"
import { loadLocomo } from "./memory/locomo.js"
import { locomoPath, measureLocomoRecall } from "./memory/locomoRecall.js"
import { corpusOf, fill, timeSearches } from "./memory/searchLatency.js"
import { benchStack } from "./memory/stack.js"
import { workingMemoryBench } from "./memory/workingMemory.js"
import { heading, line, ms, target } from "./support/report.js"
import { round } from "./support/stats.js"
import { tempDir } from "./support/tempDir.js"

const targets = { searchP95Ms: 50, locomo: { 5: 0.588, 10: 0.675, 25: 0.799 } } as const

const recallAndLatency = Effect.gen(function* () {
  heading("LoCoMo conv-26 retrieval (all-MiniLM-L6-v2 + BM25, fused with RRF)")
  const recall = yield* Effect.scoped(
    Effect.gen(function* () {
      const dir = yield* tempDir("aico-bench-locomo-")
      return yield* measureLocomoRecall.pipe(Effect.provide(benchStack(dir)))
    }),
  )
  for (const k of [5, 10, 25] as const) {
    const value = recall.recall[k] ?? 0
    target(
      `recall@${k}`,
      `${(value * 100).toFixed(1)} %`,
      `> ${targets.locomo[k] * 100} % (LoCoMo paper)`,
      value > targets.locomo[k],
    )
  }

  heading("hybrid search latency (embed query + Chroma + BM25 + fusion + PostgreSQL read)")
  const locomo = yield* Effect.promise(() => loadLocomo(locomoPath))
  const queries = locomo.questions.map((q) => q.question)
  const latency = yield* Effect.scoped(
    Effect.gen(function* () {
      const dir = yield* tempDir("aico-bench-search-")
      const stage = <R>(label: string, work: Effect.Effect<void, unknown, R>) =>
        Effect.gen(function* () {
          const started = performance.now()
          yield* work
          console.log(`  ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
        })
      // Each size is measured on freshly started stores, so the indexes are rebuilt from them.
      const corpus = yield* Effect.gen(function* () {
        const corpus = yield* corpusOf(locomo)
        yield* stage("stored 10,000 memories", fill(corpus, 0, 10_000))
        return corpus
      }).pipe(Effect.provide(benchStack(dir)), Effect.scoped)
      const at10k = yield* Effect.gen(function* () {
        const result = yield* timeSearches(queries)
        yield* stage("stored 90,000 more", fill(corpus, 10_000, 100_000))
        return result
      }).pipe(Effect.provide(benchStack(dir)), Effect.scoped)
      const at100k = yield* timeSearches(queries).pipe(
        Effect.provide(benchStack(dir)),
        Effect.scoped,
      )
      return { at10k, at100k }
    }),
  )
  line(
    "search at 10,000",
    `p50 ${ms(latency.at10k.p50)}`,
    `p95 ${ms(latency.at10k.p95)}`,
    `${latency.at10k.queries} queries`,
  )
  line("search at 100,000", `p50 ${ms(latency.at100k.p50)}`, `p95 ${ms(latency.at100k.p95)}`)
  target(
    "search p95 at 100,000",
    ms(latency.at100k.p95),
    `< ${targets.searchP95Ms} ms`,
    latency.at100k.p95 < targets.searchP95Ms,
  )
  return { recall, latency }
})

export const run = async (): Promise<Record<string, number>> => {
  heading("working memory (LMDB, synced puts)")
  const wm = await workingMemoryBench()
  const { recall, latency } = await Effect.runPromise(
    recallAndLatency.pipe(Logger.withMinimumLogLevel(LogLevel.Warning)),
  )
  return {
    wm_get_p50_ms: round(wm.wm_get_p50_ms, 4),
    wm_get_p99_ms: round(wm.wm_get_p99_ms, 4),
    wm_put_p50_ms: round(wm.wm_put_p50_ms, 4),
    wm_put_p99_ms: round(wm.wm_put_p99_ms, 4),
    search_p50_ms_10k: round(latency.at10k.p50, 3),
    search_p95_ms_10k: round(latency.at10k.p95, 3),
    search_p50_ms_100k: round(latency.at100k.p50, 3),
    search_p95_ms_100k: round(latency.at100k.p95, 3),
    locomo_recall_at_5: round(recall.recall[5] ?? 0, 4),
    locomo_recall_at_10: round(recall.recall[10] ?? 0, 4),
    locomo_recall_at_25: round(recall.recall[25] ?? 0, 4),
  }
}
