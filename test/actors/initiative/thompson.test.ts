/** Thompson sampling converges on the rewarded arm in simulation; its sampler is sound. */
import { describe, expect, it } from "@effect/vitest"
import { beta, gamma, rng } from "../../../actors/initiative/logic/random.js"
import { type Arm, choose, mean, prior, update } from "../../../actors/initiative/logic/thompson.js"

const kinds = ["check_in", "goal_due", "curiosity"] as const
type Kind = (typeof kinds)[number]

/** Runs `rounds` initiatives against users who reply to each kind with the given odds. */
const simulate = (odds: Readonly<Record<Kind, number>>, rounds: number, seed: number) => {
  const random = rng(seed)
  const world = rng(seed + 1)
  let arms: Record<Kind, Arm> = { check_in: prior, goal_due: prior, curiosity: prior }
  const picks: Array<Kind> = []
  for (let round = 0; round < rounds; round++) {
    const kind = choose(arms, kinds, random)
    if (kind === undefined) throw new Error("no arm chosen")
    picks.push(kind)
    const replied = world.uniform() < odds[kind]
    arms = { ...arms, [kind]: update(arms[kind], replied ? "replied" : "ignored") }
  }
  return { arms, picks }
}

describe("Thompson sampling over initiative kinds", () => {
  it.each([
    { odds: { check_in: 0.2, goal_due: 0.5, curiosity: 0.8 }, best: "curiosity" },
    { odds: { check_in: 0.7, goal_due: 0.3, curiosity: 0.1 }, best: "check_in" },
    { odds: { check_in: 0.4, goal_due: 0.6, curiosity: 0.45 }, best: "goal_due" },
  ] as const)("converges on the rewarded arm ($best)", ({ best, odds }) => {
    for (const seed of [1, 2, 3]) {
      const { arms, picks } = simulate(odds, 1500, seed * 7919)
      const late = picks.slice(-300)
      const share = late.filter((kind) => kind === best).length / late.length
      expect(share).toBeGreaterThan(0.75)
      expect(mean(arms[best])).toBeCloseTo(odds[best], 1)
    }
  })

  it("backs off a kind the user told to stop far faster than one merely ignored", () => {
    const ignored = update(prior, "ignored")
    const stopped = update(prior, "told_to_stop")
    expect(mean(stopped)).toBeLessThan(mean(ignored) / 2)
  })

  it("repeats exactly from the same seed (so a restart from a snapshot continues the run)", () => {
    const a = simulate({ check_in: 0.3, goal_due: 0.3, curiosity: 0.3 }, 200, 42)
    const b = simulate({ check_in: 0.3, goal_due: 0.3, curiosity: 0.3 }, 200, 42)
    expect(a.picks).toEqual(b.picks)
  })

  it("samples Gamma and Beta with the right means", () => {
    const random = rng(12345)
    const n = 20_000
    for (const shape of [0.5, 1, 3, 10]) {
      let sum = 0
      for (let i = 0; i < n; i++) sum += gamma(random, shape)
      expect(sum / n).toBeCloseTo(shape, shape < 2 ? 1 : 0)
    }
    let total = 0
    for (let i = 0; i < n; i++) total += beta(random, 2, 6)
    expect(total / n).toBeCloseTo(0.25, 2)
  })
})
