/** Goal priorities order goals as specified: importance × urgency × emotional salience. */
import { describe, expect, it } from "@effect/vitest"
import type { Goal } from "../../../actors/goals/logic/Goal.js"
import { byPriority, priorityOf, urgencyOf } from "../../../actors/goals/logic/priority.js"
import { applyEvent } from "../../../actors/goals/logic/progress.js"

const day = 24 * 60 * 60 * 1000
const now = 100 * day

const goal = (id: string, fields: Partial<Goal> = {}): Goal => ({
  id,
  title: id,
  origin: "user_stated",
  status: "active",
  importance: 0.5,
  emotionalSalience: 0.5,
  progress: 0,
  dueAt: undefined,
  createdAt: 0,
  updatedAt: 0,
  ...fields,
})

describe("goal priority", () => {
  it.each([
    { dueAt: undefined, expected: 0.3 },
    { dueAt: now - day, expected: 1 },
    { dueAt: now + 7 * day, expected: 0.5 },
    { dueAt: now + 60 * day, expected: 0.1 },
  ])("urgency of a goal due at $dueAt is $expected", ({ dueAt, expected }) => {
    expect(urgencyOf(dueAt, now)).toBeCloseTo(expected, 10)
  })

  const cases: ReadonlyArray<{
    readonly name: string
    readonly goals: ReadonlyArray<Goal>
    readonly order: ReadonlyArray<string>
  }> = [
    {
      name: "more important first, all else equal",
      goals: [goal("low", { importance: 0.2 }), goal("high", { importance: 0.9 })],
      order: ["high", "low"],
    },
    {
      name: "due tomorrow beats undated",
      goals: [goal("someday"), goal("tomorrow", { dueAt: now + day })],
      order: ["tomorrow", "someday"],
    },
    {
      name: "what the user felt strongly about rises",
      goals: [
        goal("flat", { emotionalSalience: 0.1 }),
        goal("heartfelt", { emotionalSalience: 0.9 }),
      ],
      order: ["heartfelt", "flat"],
    },
    {
      name: "stated by the user beats inferred and self-generated at equal weights",
      goals: [
        goal("self", { origin: "self_generated" }),
        goal("inferred", { origin: "inferred" }),
        goal("stated", { origin: "user_stated" }),
      ],
      order: ["stated", "inferred", "self"],
    },
    {
      name: "done and dropped goals drop out; ties keep the older first",
      goals: [
        goal("finished", { status: "done" }),
        goal("b", { createdAt: 2 }),
        goal("given-up", { status: "dropped" }),
        goal("a", { createdAt: 1 }),
      ],
      order: ["a", "b"],
    },
    {
      name: "an important but distant goal yields to a moderately important urgent one",
      goals: [
        goal("marathon", { importance: 0.9, dueAt: now + 90 * day }),
        goal("tax return", { importance: 0.5, dueAt: now + 2 * day }),
      ],
      order: ["tax return", "marathon"],
    },
  ]
  for (const { goals, name, order } of cases) {
    it(name, () => {
      expect(byPriority(goals, now).map((g) => g.id)).toEqual(order)
    })
  }

  it("is the product of its factors, and zero once finished", () => {
    const g = goal("g", { importance: 0.8, emotionalSalience: 1, dueAt: now - 1 })
    expect(priorityOf(g, now)).toBeCloseTo(0.8 * 1 * 1, 10)
    expect(priorityOf({ ...g, status: "done" }, now)).toBe(0)
  })
})

describe("goal progress", () => {
  it("is tracked from proposed through active to done", () => {
    const proposed = goal("run", { status: "proposed" })
    const refused = applyEvent(proposed, { type: "completed", at: 1 })
    expect(refused._tag).toBe("refused")
    const accepted = applyEvent(proposed, { type: "accepted", at: 1 })
    if (accepted._tag !== "changed") throw new Error("accept refused")
    expect(accepted.goal.status).toBe("active")
    const half = applyEvent(accepted.goal, { type: "progressed", amount: 0.5, at: 2 })
    if (half._tag !== "changed") throw new Error("progress refused")
    expect(half.goal).toMatchObject({ status: "active", progress: 0.5 })
    const done = applyEvent(half.goal, { type: "progressed", amount: 0.7, at: 3 })
    if (done._tag !== "changed") throw new Error("progress refused")
    expect(done.goal).toMatchObject({ status: "done", progress: 1, updatedAt: 3 })
    expect(applyEvent(done.goal, { type: "abandoned", at: 4 })._tag).toBe("refused")
    expect(applyEvent(done.goal, { type: "progressed", amount: 0.1, at: 4 })._tag).toBe("refused")
  })

  it("a mention moves salience toward the latest feeling", () => {
    const mentioned = applyEvent(goal("g", { emotionalSalience: 0 }), {
      type: "mentioned",
      salience: 1,
      at: 5,
    })
    expect(mentioned._tag === "changed" && mentioned.goal.emotionalSalience).toBeCloseTo(0.6, 10)
  })
})
