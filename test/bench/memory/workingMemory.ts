/**
 * Working-memory latency on a real LMDB store in a temp dir: 10,000 puts across 100
 * conversations (each synced to disk before it resolves, as in service), then 10,000 `get`s
 * and 10,000 `recent(conversation, 20)` reads, each timed with `performance.now()`.
 */
import { Context, Effect, Layer } from "effect"
import { join } from "node:path"
import * as LmdbWorkingMemory from "../../../platform/workingMemory/LmdbWorkingMemory.js"
import { WorkingMemory } from "../../../platform/workingMemory/WorkingMemory.js"
import { percentile, round } from "../support/stats.js"
import { tempDir } from "../support/tempDir.js"

export interface WorkingMemoryBenchResult {
  readonly wm_get_p50_ms: number
  readonly wm_get_p99_ms: number
  readonly wm_put_p50_ms: number
  readonly wm_put_p99_ms: number
}

const ENTRIES = 10_000
const CONVERSATIONS = 100
const READS = 10_000

const figures = (samples: ReadonlyArray<number>) => ({
  p50: round(percentile(samples, 50), 4),
  p99: round(percentile(samples, 99), 4),
})

const bench = Effect.gen(function* () {
  const path = join(yield* tempDir("aico-bench-wm-"), "working-memory")
  const context = yield* Layer.build(
    LmdbWorkingMemory.layer({
      path,
      ttlMs: 24 * 60 * 60 * 1000,
      compactionIntervalMs: 60 * 60 * 1000,
    }),
  )
  const store = Context.get(context, WorkingMemory)
  const content = "I was thinking about what you said yesterday about the garden. ".repeat(4)

  const ids: Array<readonly [string, string]> = []
  const putMs: Array<number> = []
  for (let i = 0; i < ENTRIES; i++) {
    const conversation = `conversation-${i % CONVERSATIONS}`
    const start = performance.now()
    const entry = yield* store.put(conversation, {
      role: i % 2 === 0 ? "user" : "assistant",
      content,
      metadata: { turn: i },
    })
    putMs.push(performance.now() - start)
    ids.push([conversation, entry.id])
  }

  // Reads are synchronous LMDB look-ups: run each Effect directly to time the read itself.
  const getMs: Array<number> = []
  for (let i = 0; i < READS; i++) {
    const [conversation, id] = ids[(i * 7919) % ids.length]!
    const start = performance.now()
    Effect.runSync(store.get(conversation, id))
    getMs.push(performance.now() - start)
  }
  const recentMs: Array<number> = []
  for (let i = 0; i < READS; i++) {
    const start = performance.now()
    Effect.runSync(store.recent(`conversation-${i % CONVERSATIONS}`, 20))
    recentMs.push(performance.now() - start)
  }
  return { put: figures(putMs), get: figures(getMs), recent: figures(recentMs) }
})

export async function workingMemoryBench(): Promise<WorkingMemoryBenchResult> {
  const { put, get, recent } = await Effect.runPromise(Effect.scoped(bench))
  console.log(
    `working memory: ${ENTRIES} puts over ${CONVERSATIONS} conversations, ${READS} reads each\n` +
      `  put (synced)  p50 ${put.p50} ms  p99 ${put.p99} ms\n` +
      `  get           p50 ${get.p50} ms  p99 ${get.p99} ms\n` +
      `  recent(20)    p50 ${recent.p50} ms  p99 ${recent.p99} ms`,
  )
  return {
    wm_get_p50_ms: get.p50,
    wm_get_p99_ms: get.p99,
    wm_put_p50_ms: put.p50,
    wm_put_p99_ms: put.p99,
  }
}
