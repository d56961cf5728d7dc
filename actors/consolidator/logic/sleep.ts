/**
 * When the companion "sleeps on" its memories: once the user has been quiet for a while
 * and the machine is not busy, or at the nightly hour (busy or not) — and only when there
 * is something to consolidate.
 */
import { localClock } from "../../initiative/logic/constraints.js"

export interface SleepPolicy {
  readonly idleMs: number
  /** "HH:MM" local time of the nightly run. */
  readonly nightlyAt: string
  readonly timeZone: string
}

export type SleepReason = "idle" | "nightly"

export const sleepReason = (
  policy: SleepPolicy,
  state: {
    readonly now: number
    readonly lastUserAt: number
    readonly pending: number
    readonly busy: boolean
    /** Local date (YYYY-MM-DD) of the last nightly run. */
    readonly lastNightly: string
  },
): SleepReason | undefined => {
  if (state.pending === 0) return undefined
  const clock = localClock(state.now, policy.timeZone)
  const [hh = "3", mm = "0"] = policy.nightlyAt.split(":")
  const nightly = Number(hh) * 60 + Number(mm)
  // The nightly run may start within two hours of its time (a clock that jumped past it,
  // or a service started late in the night), once per local date.
  const sinceNightly = clock.minutes - nightly
  if (sinceNightly >= 0 && sinceNightly < 120 && state.lastNightly !== clock.date) {
    return "nightly"
  }
  if (state.busy) return undefined
  return state.now - state.lastUserAt >= policy.idleMs ? "idle" : undefined
}
