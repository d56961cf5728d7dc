/**
 * Backoff delays taken from an Effect Schedule: exponential from `baseMs`, capped at
 * `maxMs`. The bus and supervisors step through them by attempt number, so the Schedule is
 * evaluated once up front instead of once per message.
 */
import { Chunk, Duration, Effect, Schedule } from "effect"

export const backoffSchedule = (baseMs: number, maxMs: number) =>
  Schedule.exponential(Duration.millis(baseMs)).pipe(
    Schedule.union(Schedule.spaced(Duration.millis(maxMs))),
    Schedule.delays,
  )

/** The first `count` delays (ms) of a Schedule that outputs its delays. */
export const delaysOf = (
  schedule: Schedule.Schedule<Duration.Duration, number>,
  count: number,
): Array<number> =>
  Chunk.toArray(
    Effect.runSync(
      Schedule.run(
        schedule,
        0,
        Array.from({ length: count }, (_, i) => i),
      ),
    ),
  ).map(Duration.toMillis)

/** A lookup from attempt (0-based) to delay, clamped to the last computed delay. */
export const backoff = (baseMs: number, maxMs: number, levels = 16) => {
  const delays = delaysOf(backoffSchedule(baseMs, maxMs), levels)
  return (attempt: number): number => delays[Math.min(attempt, delays.length - 1)] ?? maxMs
}
