/**
 * When the companion may speak first. Every rule that says no gives its reason, so the
 * initiative manager can show on introspection why it is waiting.
 */
export interface QuietHours {
  /** "HH:MM" in the user's time zone; a window may cross midnight (22:00–08:00). */
  readonly start: string
  readonly end: string
}

export interface Preferences {
  readonly timeZone: string
  readonly quietHours: QuietHours
  readonly maxPerDay: number
  readonly minGapMs: number
  /** Kinds the user asked not to get (told to stop, or turned off). */
  readonly mutedKinds: ReadonlyArray<string>
  /** Whether a notice may wait for a client (false: only speak to someone connected). */
  readonly requirePresence: boolean
}

export interface History {
  /** Epoch ms of the initiatives taken, newest last. */
  readonly sentAt: ReadonlyArray<number>
}

export type Verdict =
  | { readonly _tag: "allowed" }
  | {
      readonly _tag: "denied"
      readonly reason: "quiet_hours" | "daily_limit" | "too_soon" | "muted" | "nobody_there"
      readonly detail: string
      /** When asking again could succeed, if that is known. */
      readonly retryAt?: number
    }

const minutesOf = (hhmm: string) => {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm)
  if (match === null) throw new RangeError(`not a time of day: ${hhmm}`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** Minutes since local midnight in `timeZone`, and the local date as YYYY-MM-DD. */
export const localClock = (at: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(at))
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00"
  return {
    minutes: Number(get("hour")) * 60 + Number(get("minute")),
    date: `${get("year")}-${get("month")}-${get("day")}`,
  }
}

export const inQuietHours = (at: number, preferences: Preferences) => {
  const { minutes } = localClock(at, preferences.timeZone)
  const start = minutesOf(preferences.quietHours.start)
  const end = minutesOf(preferences.quietHours.end)
  if (start === end) return false
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end
}

/** The first minute at or after `at` outside quiet hours (scans by minute, at most a day). */
export const endOfQuiet = (at: number, preferences: Preferences) => {
  const minute = 60_000
  let probe = Math.ceil(at / minute) * minute
  for (let step = 0; step < 24 * 60 && inQuietHours(probe, preferences); step++) probe += minute
  return probe
}

export const check = (
  at: number,
  kind: string,
  preferences: Preferences,
  history: History,
  clientConnected: boolean,
): Verdict => {
  if (preferences.mutedKinds.includes(kind)) {
    return { _tag: "denied", reason: "muted", detail: `the user turned off "${kind}"` }
  }
  if (inQuietHours(at, preferences)) {
    const { start, end } = preferences.quietHours
    return {
      _tag: "denied",
      reason: "quiet_hours",
      detail: `quiet hours ${start}–${end} (${preferences.timeZone})`,
      retryAt: endOfQuiet(at, preferences),
    }
  }
  const today = localClock(at, preferences.timeZone).date
  const sentToday = history.sentAt.filter(
    (sent) => localClock(sent, preferences.timeZone).date === today,
  ).length
  if (sentToday >= preferences.maxPerDay) {
    return {
      _tag: "denied",
      reason: "daily_limit",
      detail: `${sentToday} of at most ${preferences.maxPerDay} today`,
    }
  }
  const last = history.sentAt.at(-1)
  if (last !== undefined && at - last < preferences.minGapMs) {
    return {
      _tag: "denied",
      reason: "too_soon",
      detail: `the last one was ${Math.round((at - last) / 60_000)} min ago`,
      retryAt: last + preferences.minGapMs,
    }
  }
  if (preferences.requirePresence && !clientConnected) {
    return { _tag: "denied", reason: "nobody_there", detail: "no client is connected" }
  }
  return { _tag: "allowed" }
}
