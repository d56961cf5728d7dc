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

/**
 * Warms `request` up with `count` paced requests split over `runs` separate runs. A run's
 * closures are new each time, so V8's code from a single warm-up run is deoptimized by the
 * next run (new call targets, code after the loop reached for the first time) and compiled
 * again while it is measured: about 16 ms of compilation on a V8 worker thread during the
 * measured asks (BENCHMARKS.md, tenth round). After two or more runs those call sites are
 * generic already.
 */
export const warmUpPaced = async (
  options: { readonly count: number; readonly runs: number; readonly intervalMs: number },
  request: () => Promise<unknown>,
): Promise<void> => {
  const perRun = Math.ceil(options.count / options.runs)
  for (let done = 0; done < options.count; done += perRun) {
    await measurePaced(
      { count: Math.min(perRun, options.count - done), intervalMs: options.intervalMs },
      request,
    )
  }
}

const askCounter = (nodes: TwoNodes) => () =>
  nodes.a.bus.ask(nodes.from, nodes.counter, CountQuery.make({}), 5000)

/** Warms the ask path up in both processes, as `warmUpPaced` does. */
export const warmUpAsks = (
  nodes: TwoNodes,
  options: { readonly asks: number; readonly runs: number; readonly intervalMs: number },
): Promise<void> =>
  warmUpPaced(
    { count: options.asks, runs: options.runs, intervalMs: options.intervalMs },
    askCounter(nodes),
  )

export const measureAskLatency = (
  nodes: TwoNodes,
  options: { readonly asks: number; readonly intervalMs: number },
): Promise<LatencyResult> =>
  measurePaced({ count: options.asks, intervalMs: options.intervalMs }, askCounter(nodes))
