/**
 * Learning which kinds of initiative the user welcomes: Thompson sampling over a Beta
 * posterior per kind. A reply is a success; being ignored a failure; being told to stop
 * counts as several failures, so the companion backs off that kind quickly.
 */
import { beta, type Rng } from "./random.js"

export interface Arm {
  readonly alpha: number
  readonly beta: number
}

export type Outcome = "replied" | "ignored" | "told_to_stop"

/** Uniform prior: nothing known yet. */
export const prior: Arm = { alpha: 1, beta: 1 }

/** How many failures a "stop" weighs. */
export const stopPenalty = 5

export const update = (arm: Arm, outcome: Outcome): Arm =>
  outcome === "replied"
    ? { alpha: arm.alpha + 1, beta: arm.beta }
    : { alpha: arm.alpha, beta: arm.beta + (outcome === "told_to_stop" ? stopPenalty : 1) }

/** The posterior mean: the expected chance of a welcome. */
export const mean = (arm: Arm) => arm.alpha / (arm.alpha + arm.beta)

/** Draws one sample per arm and picks the highest (arms in `kinds` order; ties: the first). */
export const choose = <K extends string>(
  arms: Readonly<Record<K, Arm>>,
  kinds: ReadonlyArray<K>,
  random: Rng,
): K | undefined => {
  let best: K | undefined
  let bestSample = -1
  for (const kind of kinds) {
    const arm = arms[kind]
    const sample = beta(random, arm.alpha, arm.beta)
    if (sample > bestSample) {
      best = kind
      bestSample = sample
    }
  }
  return best
}
