/** Goal statements read from what the user says, and events matched to the right goal. */
import { describe, expect, it } from "@effect/vitest"
import { bestMatch, dueDate, statements } from "../../../actors/goals/logic/extract.js"

// A Monday.
const now = Date.parse("2026-11-02T10:00:00Z")
const day = 24 * 60 * 60 * 1000
const midnight = Date.parse("2026-11-02T00:00:00Z")

describe("goal statements", () => {
  it.each([
    {
      text: "I want to run a marathon by May.",
      expected: [
        { type: "stated", title: "run a marathon", dueAt: Date.parse("2027-05-31T00:00:00Z") },
      ],
    },
    {
      text: "My goal is to learn Spanish. It's hard though!",
      expected: [{ type: "stated", title: "learn Spanish", dueAt: undefined }],
    },
    {
      text: "I'm going to finish the quarterly report by Friday",
      expected: [
        { type: "stated", title: "finish the quarterly report", dueAt: midnight + 4 * day },
      ],
    },
    {
      text: "I need to call my mother tomorrow",
      expected: [{ type: "stated", title: "call my mother", dueAt: midnight + day }],
    },
    {
      text: "I finished the quarterly report!",
      expected: [{ type: "completed", about: "the quarterly report" }],
    },
    {
      text: "I gave up on learning Spanish.",
      expected: [{ type: "abandoned", about: "learning Spanish" }],
    },
    {
      text: "I practiced Spanish for an hour.",
      expected: [{ type: "progressed", about: "Spanish for an hour", amount: 0.2 }],
    },
    {
      text: "I'm halfway through my marathon training plan",
      expected: [
        { type: "progressed", about: "I'm halfway through my marathon training plan", amount: 0.5 },
      ],
    },
    { text: "The weather is nice today.", expected: [] },
    { text: "I want to sleep.", expected: [] },
  ] as const)("$text", ({ expected, text }) => {
    expect(statements(text, now)).toEqual(expected)
  })

  it.each([
    { phrase: "by 2026-12-24", due: Date.parse("2026-12-24T00:00:00Z") },
    { phrase: "in 3 days", due: midnight + 3 * day },
    { phrase: "in two weeks", due: midnight + 14 * day },
    { phrase: "next week", due: midnight + 7 * day },
    { phrase: "by monday", due: midnight + 7 * day },
    { phrase: "by march", due: Date.parse("2027-03-31T00:00:00Z") },
    { phrase: "someday", due: undefined },
  ])("due date of '$phrase'", ({ due, phrase }) => {
    expect(dueDate(phrase, now)).toBe(due)
  })
})

describe("matching events to goals", () => {
  const goals = [
    { id: "1", title: "run a marathon" },
    { id: "2", title: "learn Spanish" },
    { id: "3", title: "finish the quarterly report" },
  ]
  it.each([
    { about: "the quarterly report", id: "3" },
    { about: "learning Spanish", id: "2" },
    { about: "my marathon training plan", id: "1" },
    { about: "the dishes", id: undefined },
  ])("'$about' → goal $id", ({ about, id }) => {
    expect(bestMatch(goals, about)?.id).toBe(id)
  })
})
