/** Durations as people read them: `45s`, `12m 5s`, `3h 2m`, `4d 1h`. */
export const humanDuration = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const [d, h, m, s] = [
    Math.floor(seconds / 86_400),
    Math.floor((seconds % 86_400) / 3600),
    Math.floor((seconds % 3600) / 60),
    seconds % 60,
  ]
  if (d > 0) return `${d}d ${h}h`
  if (h > 0) return `${h}h ${m}m`
  if (m > 0) return `${m}m ${s}s`
  return `${s}s`
}
