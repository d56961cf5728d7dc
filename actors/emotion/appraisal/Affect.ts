/**
 * The companion's affect: a point in valence/arousal/dominance space (each -1..1) with the
 * discrete label that best names it and how strongly it is felt. It drifts back toward a
 * baseline mood when nothing happens.
 */
import { EmotionLabels } from "../../../schemas/messages/emotion.js"

export { EmotionLabels }
export type EmotionLabel = (typeof EmotionLabels)[number]

export interface Affect {
  readonly valence: number
  readonly arousal: number
  readonly dominance: number
  readonly label: EmotionLabel
  /** 0..1. */
  readonly intensity: number
  /** Epoch ms of the appraisal (or decay) that produced it. */
  readonly at: number
}

/** A calm, mildly positive, self-possessed mood. */
export const baseline = (at: number): Affect => ({
  valence: 0.1,
  arousal: -0.2,
  dominance: 0.1,
  label: "neutral",
  intensity: 0,
  at,
})

export const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, value))

/** How far two affects are apart in VAD space (0..2√3). */
export const distance = (a: Affect, b: Affect) =>
  Math.hypot(a.valence - b.valence, a.arousal - b.arousal, a.dominance - b.dominance)
