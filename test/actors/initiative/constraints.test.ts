/** When the companion may speak first: each rule, and the reason it gives when it says no. */
import { describe, expect, it } from "@effect/vitest"
import {
  check,
  endOfQuiet,
  inQuietHours,
  type Preferences,
} from "../../../actors/initiative/logic/constraints.js"

const preferences: Preferences = {
  timeZone: "Europe/Berlin",
  quietHours: { start: "22:00", end: "08:00" },
  maxPerDay: 2,
  minGapMs: 3 * 60 * 60 * 1000,
  mutedKinds: ["curiosity"],
  requirePresence: false,
}

// 2026-11-21 is in winter time: Berlin is UTC+1.
const berlin = (hhmm: string, date = "2026-11-21") => Date.parse(`${date}T${hhmm}:00+01:00`)

describe("initiative constraints", () => {
  it.each([
    { time: "21:59", quiet: false },
    { time: "22:00", quiet: true },
    { time: "03:00", quiet: true },
    { time: "07:59", quiet: true },
    { time: "08:00", quiet: false },
    { time: "12:00", quiet: false },
  ])("quiet hours across midnight: $time is quiet: $quiet", ({ quiet, time }) => {
    expect(inQuietHours(berlin(time), preferences)).toBe(quiet)
  })

  it("quiet hours follow the user's time zone, not the machine's", () => {
    const tokyo = { ...preferences, timeZone: "Asia/Tokyo" }
    // 12:00 in Berlin is 20:00 in Tokyo; 15:00 in Berlin is 23:00 there.
    expect(inQuietHours(berlin("12:00"), tokyo)).toBe(false)
    expect(inQuietHours(berlin("15:00"), tokyo)).toBe(true)
  })

  const rows = [
    {
      name: "allowed at noon with nothing sent",
      at: berlin("12:00"),
      sent: [],
      kind: "check_in",
      connected: true,
      verdict: "allowed",
    },
    {
      name: "a muted kind",
      at: berlin("12:00"),
      sent: [],
      kind: "curiosity",
      connected: true,
      verdict: "muted",
    },
    {
      name: "during quiet hours",
      at: berlin("23:30"),
      sent: [],
      kind: "check_in",
      connected: true,
      verdict: "quiet_hours",
    },
    {
      name: "past the daily limit",
      at: berlin("20:00"),
      sent: [berlin("09:00"), berlin("13:00")],
      kind: "check_in",
      connected: true,
      verdict: "daily_limit",
    },
    {
      name: "yesterday's do not count today",
      at: berlin("09:00", "2026-11-22"),
      sent: [berlin("09:00"), berlin("13:00")],
      kind: "check_in",
      connected: true,
      verdict: "allowed",
    },
    {
      name: "too soon after the last one",
      at: berlin("10:00"),
      sent: [berlin("09:00")],
      kind: "check_in",
      connected: true,
      verdict: "too_soon",
    },
    {
      name: "nobody connected when presence is required",
      at: berlin("12:00"),
      sent: [],
      kind: "check_in",
      connected: false,
      verdict: "nobody_there",
      presence: true,
    },
    {
      name: "nobody connected is fine when a notice may wait",
      at: berlin("12:00"),
      sent: [],
      kind: "check_in",
      connected: false,
      verdict: "allowed",
    },
  ] as const

  for (const row of rows) {
    it(row.name, () => {
      const prefs = "presence" in row ? { ...preferences, requirePresence: true } : preferences
      const verdict = check(row.at, row.kind, prefs, { sentAt: row.sent }, row.connected)
      expect(verdict._tag === "allowed" ? "allowed" : verdict.reason).toBe(row.verdict)
    })
  }

  it("says when to ask again", () => {
    const quiet = check(berlin("23:30"), "check_in", preferences, { sentAt: [] }, true)
    expect(quiet._tag === "denied" && quiet.retryAt).toBe(berlin("08:00", "2026-11-22"))
    expect(endOfQuiet(berlin("12:00"), preferences)).toBe(berlin("12:00"))
    const soon = check(
      berlin("10:00"),
      "check_in",
      preferences,
      { sentAt: [berlin("09:00")] },
      true,
    )
    expect(soon._tag === "denied" && soon.retryAt).toBe(berlin("12:00"))
  })
})
