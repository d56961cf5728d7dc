/** Facts, summaries and the sleep rule of the memory consolidator, table by table. */
import { describe, expect, it } from "@effect/vitest"
import { factsOf, sameName } from "../../../actors/consolidator/logic/facts.js"
import { sleepReason } from "../../../actors/consolidator/logic/sleep.js"
import { summarise } from "../../../actors/consolidator/logic/summary.js"

describe("facts from what the user says", () => {
  it.each([
    {
      text: "I live in Hamburg and I work at Acme Corp.",
      facts: [
        { relation: "lives_in", label: "place", name: "Hamburg", singleValued: true },
        { relation: "works_at", label: "organisation", name: "Acme Corp", singleValued: true },
      ],
    },
    {
      text: "Big news: I moved to Berlin last week!",
      facts: [{ relation: "lives_in", label: "place", name: "Berlin", singleValued: true }],
    },
    {
      text: "My dog is called Biscuit and my sister's name is Anna.",
      facts: [
        { relation: "has_dog", label: "pet", name: "Biscuit", singleValued: false },
        { relation: "has_sister", label: "person", name: "Anna", singleValued: false },
      ],
    },
    {
      text: "I work as a nurse. My favourite band is Radiohead",
      facts: [
        { relation: "works_as", label: "occupation", name: "a nurse".slice(2), singleValued: true },
        { relation: "favourite_band", label: "thing", name: "Radiohead", singleValued: true },
      ],
    },
    { text: "my plan is called Tuesday", facts: [] },
    { text: "The weather in Berlin is lovely.", facts: [] },
  ])("$text", ({ facts, text }) => {
    expect(factsOf(text)).toEqual(facts)
  })

  it("names match regardless of case and spacing", () => {
    expect(sameName("New  York", "new york")).toBe(true)
    expect(sameName("Berlin", "Bern")).toBe(false)
  })
})

describe("summaries", () => {
  const date = new Date("2026-11-02T20:00:00Z")
  it("keeps the user's informative sentences, once, within the budget", () => {
    const summary = summarise(
      [
        { role: "user", content: "Hi!", createdAt: 1 },
        { role: "user", content: "I moved to Berlin last week. It is so grey here.", createdAt: 2 },
        { role: "assistant", content: "That sounds like a big change.", createdAt: 3 },
        { role: "user", content: "I moved to Berlin last week. Thanks.", createdAt: 4 },
      ],
      date,
    )
    expect(summary).toBe(
      "On 2026-11-02 the user said: I moved to Berlin last week. It is so grey here.",
    )
    expect(summarise([{ role: "user", content: "ok", createdAt: 1 }], date)).toBeUndefined()
    const long = summarise(
      Array.from({ length: 50 }, (_, i) => ({
        role: "user" as const,
        content: `This is informative sentence number ${i}.`,
        createdAt: i,
      })),
      date,
      200,
    )
    expect(long!.length).toBeLessThanOrEqual(200)
  })
})

describe("when to sleep", () => {
  const policy = { idleMs: 30 * 60 * 1000, nightlyAt: "03:00", timeZone: "UTC" }
  const at = (iso: string) => Date.parse(iso)
  it.each([
    {
      name: "nothing to do",
      now: "2026-11-02T12:00:00Z",
      last: "2026-11-02T10:00:00Z",
      pending: 0,
      busy: false,
      nightly: "",
      reason: undefined,
    },
    {
      name: "user still here",
      now: "2026-11-02T12:00:00Z",
      last: "2026-11-02T11:45:00Z",
      pending: 2,
      busy: false,
      nightly: "2026-11-02",
      reason: undefined,
    },
    {
      name: "user idle",
      now: "2026-11-02T12:00:00Z",
      last: "2026-11-02T11:00:00Z",
      pending: 2,
      busy: false,
      nightly: "2026-11-02",
      reason: "idle",
    },
    {
      name: "idle but the machine is busy",
      now: "2026-11-02T12:00:00Z",
      last: "2026-11-02T11:00:00Z",
      pending: 2,
      busy: true,
      nightly: "2026-11-02",
      reason: undefined,
    },
    {
      name: "the nightly hour",
      now: "2026-11-03T03:05:00Z",
      last: "2026-11-03T03:00:00Z",
      pending: 1,
      busy: true,
      nightly: "2026-11-02",
      reason: "nightly",
    },
    {
      name: "tonight's run already done",
      now: "2026-11-03T03:30:00Z",
      last: "2026-11-03T03:20:00Z",
      pending: 1,
      busy: false,
      nightly: "2026-11-03",
      reason: undefined,
    },
  ] as const)("$name", ({ busy, last, nightly, now, pending, reason }) => {
    expect(
      sleepReason(policy, {
        now: at(now),
        lastUserAt: at(last),
        pending,
        busy,
        lastNightly: nightly,
      }),
    ).toBe(reason)
  })
})
