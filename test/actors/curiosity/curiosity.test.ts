/** Novelty against what memory holds, and an interest model that decays. */
import { describe, expect, it } from "@effect/vitest"
import {
  curiousAbout,
  decayed,
  mention,
  type TopicInterest,
} from "../../../actors/curiosity/logic/interest.js"
import { cosine, novelty } from "../../../actors/curiosity/logic/novelty.js"

const unit = (...values: Array<number>) => {
  const norm = Math.hypot(...values)
  return Float32Array.from(values.map((v) => v / norm))
}

describe("novelty", () => {
  it.each([
    { name: "nothing known: entirely new", known: [], expected: 1 },
    { name: "said before: not new", known: [unit(1, 0, 0)], expected: 0 },
    {
      name: "orthogonal to all known: entirely new",
      known: [unit(0, 1, 0), unit(0, 0, 1)],
      expected: 1,
    },
    { name: "halfway", known: [unit(1, 1, 0)], expected: 1 - Math.SQRT1_2 },
  ])("$name", ({ expected, known }) => {
    expect(novelty(unit(1, 0, 0), known)).toBeCloseTo(expected, 6)
  })

  it("uses the k nearest only", () => {
    const known = [unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1)]
    expect(novelty(unit(1, 0, 0), known, 1)).toBeCloseTo(0, 6)
    expect(novelty(unit(1, 0, 0), known, 3)).toBeCloseTo(2 / 3, 6)
    expect(cosine([0, 0], [1, 0])).toBe(0)
  })
})

describe("interest model", () => {
  const hour = 60 * 60 * 1000
  const halfLife = 24 * hour

  it("rises with novel, emotional mentions and decays by its half-life", () => {
    let model: ReadonlyMap<string, TopicInterest> = new Map()
    model = mention(model, "pottery", { novelty: 0.9, salience: 0.8, at: 0 }, halfLife)
    model = mention(model, "weather", { novelty: 0.1, salience: 0.1, at: 0 }, halfLife)
    const pottery = model.get("pottery")
    const weather = model.get("weather")
    expect(pottery?.interest).toBeGreaterThan(weather?.interest ?? 1)
    const later = decayed(pottery!, halfLife, halfLife)
    expect(later.interest).toBeCloseTo((pottery?.interest ?? 0) / 2, 10)
  })

  it("asks about what interests it and what it knows little about", () => {
    let model: ReadonlyMap<string, TopicInterest> = new Map()
    model = mention(model, "pottery", { novelty: 0.9, salience: 0.9, at: 0 }, halfLife)
    model = mention(model, "weather", { novelty: 0.1, salience: 0.0, at: 0 }, halfLife)
    for (let i = 0; i < 6; i++) {
      model = mention(model, "work", { novelty: 0.9, salience: 0.9, at: i }, halfLife)
    }
    expect(curiousAbout(model, 10, halfLife).map((t) => t.topic)).toEqual(["pottery"])
    // A week later everything has faded below the threshold.
    expect(curiousAbout(model, 7 * 24 * hour, halfLife)).toEqual([])
  })
})
