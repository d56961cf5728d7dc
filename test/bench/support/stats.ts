/** Small statistics over measured samples. */

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export const percentile = (samples: ReadonlyArray<number>, p: number): number => {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export const median = (samples: ReadonlyArray<number>): number => percentile(samples, 50)

/** Messages per second for `count` messages over `ms` milliseconds. */
export const perSecond = (count: number, ms: number): number => (count * 1000) / ms

/** Rounds for the JSON line: rates to whole messages, milliseconds to microseconds. */
export const round = (value: number, decimals = 0): number => {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
