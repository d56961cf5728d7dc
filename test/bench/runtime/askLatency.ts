/**
 * `ask` round-trip latency across two processes, paced: one ask every `intervalMs` on a
 * fixed schedule (open loop: a slow answer does not delay the next ask, so slow answers
 * are not hidden), each timed from the call to its answer with `performance.now()`.
 */
import { CountQuery } from "../../../actors/demo/messages.js"
import { percentile } from "../support/stats.js"
import type { TwoNodes } from "./twoNodes.js"

export interface LatencyResult {
  readonly samples: number
  readonly failed: number
  readonly p50: number
  readonly p90: number
  readonly p99: number
  readonly max: number
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Times `request` fired every `intervalMs` on a fixed schedule, `count` times. */
export const measurePaced = async (
  options: { readonly count: number; readonly intervalMs: number },
  request: () => Promise<unknown>,
): Promise<LatencyResult> => {
  // Preallocated, and no array of every request's promise: what the harness keeps alive
  // is copied by each of its process's young-generation collections, whose pauses land in
  // the figures too.
  const latencies = new Float64Array(options.count)
  let measured = 0
  let failed = 0
  let settled = 0
  let allSettled: () => void = () => {}
  const done = new Promise<void>((resolve) => (allSettled = resolve))
  const settle = () => {
    if (++settled === options.count) allSettled()
  }
  const start = performance.now()
  for (let i = 0; i < options.count; i++) {
    const wait = start + i * options.intervalMs - performance.now()
    if (wait > 0) await sleep(wait)
    const sentAt = performance.now()
    request().then(
      () => {
        latencies[measured++] = performance.now() - sentAt
        settle()
      },
      () => {
        failed++
        settle()
      },
    )
  }
  if (options.count > 0) await done
  const samples = Array.from(latencies.subarray(0, measured))
  return {
    samples: samples.length,
    failed,
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
  }
}

export const measureAskLatency = (
  nodes: TwoNodes,
  options: { readonly asks: number; readonly intervalMs: number },
): Promise<LatencyResult> =>
  measurePaced({ count: options.asks, intervalMs: options.intervalMs }, () =>
    nodes.a.bus.ask(nodes.from, nodes.counter, CountQuery.make({}), 5000),
  )
