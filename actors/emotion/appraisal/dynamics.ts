/**
 * How affect changes between events: it decays toward the baseline mood exponentially
 * (half-life in minutes), and a new appraisal is blended in by its intensity so one
 * strong event moves the companion more than several faint ones.
 */
import { type Affect, clamp } from "./Affect.js"

/** Below this intensity an emotion is no longer named: the label returns to neutral. */
export const fadedBelow = 0.1

/** `affect` as it has decayed by `now` toward `baseline`, with the given half-life. */
export const decay = (
  affect: Affect,
  baseline: Affect,
  now: number,
  halfLifeMs: number,
): Affect => {
  const elapsed = Math.max(0, now - affect.at)
  if (elapsed === 0) return affect
  const remaining = Math.pow(0.5, elapsed / halfLifeMs)
  const toward = (from: number, to: number) => to + (from - to) * remaining
  const intensity = affect.intensity * remaining
  return {
    valence: toward(affect.valence, baseline.valence),
    arousal: toward(affect.arousal, baseline.arousal),
    dominance: toward(affect.dominance, baseline.dominance),
    label: intensity < fadedBelow ? "neutral" : affect.label,
    intensity: intensity < fadedBelow ? 0 : intensity,
    at: now,
  }
}

/**
 * The state after a new appraisal: the current (decayed) state moved toward the appraised
 * affect by the appraisal's intensity. The label is the new one when it is felt more
 * strongly than what remains of the old one.
 */
export const blend = (current: Affect, appraised: Affect): Affect => {
  const weight = clamp(0.3 + 0.7 * appraised.intensity, 0, 1)
  const mix = (a: number, b: number) => clamp(a + (b - a) * weight, -1, 1)
  const newWins = appraised.intensity >= current.intensity * 0.8 || current.label === "neutral"
  return {
    valence: mix(current.valence, appraised.valence),
    arousal: mix(current.arousal, appraised.arousal),
    dominance: mix(current.dominance, appraised.dominance),
    label:
      appraised.label === "neutral" ? current.label : newWins ? appraised.label : current.label,
    intensity: clamp(Math.max(appraised.intensity, current.intensity * (1 - weight * 0.5)), 0, 1),
    at: appraised.at,
  }
}
