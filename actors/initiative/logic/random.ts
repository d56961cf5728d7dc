/**
 * Seeded randomness for the initiative manager's sampling: the same seed gives the same
 * draws, so a simulation (and a restart from a snapshot that keeps the seed state) repeats.
 */

/** mulberry32: a small, fast 32-bit generator; the state is one integer. */
export const nextUniform = (state: number): readonly [number, number] => {
  const next = (state + 0x6d2b79f5) | 0
  let t = next
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next]
}

export interface Rng {
  readonly uniform: () => number
  /** The state to persist, to continue the same sequence after a restart. */
  readonly state: () => number
}

export const rng = (seed: number): Rng => {
  let state = seed | 0
  return {
    uniform: () => {
      const [value, next] = nextUniform(state)
      state = next
      // Never exactly 0: the samplers below take logarithms.
      return value === 0 ? Number.MIN_VALUE : value
    },
    state: () => state,
  }
}

const normal = (random: Rng) => {
  const u = random.uniform()
  const v = random.uniform()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

/** Gamma(shape, 1) by Marsaglia and Tsang; shape < 1 by the boost u^(1/shape). */
export const gamma = (random: Rng, shape: number): number => {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(random.uniform(), 1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = normal(random)
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = random.uniform()
    if (u < 1 - 0.0331 * x * x * x * x) return d * v
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}

/** Beta(α, β) as Gamma(α) / (Gamma(α) + Gamma(β)). */
export const beta = (random: Rng, alpha: number, betaParameter: number): number => {
  const x = gamma(random, alpha)
  const y = gamma(random, betaParameter)
  return x / (x + y)
}
