/**
 * Appraisal in the four stages of Scherer's Component Process Model. Each stage is its own
 * function so a test (or the introspection view) can see where an emotion came from:
 * relevance gates everything after it, implication sets the direction, coping potential
 * sets dominance, and normative significance colours self- and other-directed emotions.
 */
import { type Affect, clamp, type EmotionLabel } from "./Affect.js"
import type { AppraisalInput } from "./AppraisalInput.js"

export interface Relevance {
  /** 0..1: how much the event matters at all. */
  readonly relevance: number
}

export interface Implication {
  /** -1..1: good or bad for the companion's goals, weighted by how sure it is. */
  readonly outcome: number
  /** 0..1. */
  readonly urgency: number
  /** 0..1: the surprise in it. */
  readonly discrepancy: number
}

export interface Coping {
  /** -1..1: the companion's sense of being able to deal with it. */
  readonly potential: number
}

export interface Normative {
  /** -1..1. */
  readonly internal: number
  readonly external: number
}

export interface Appraisal {
  readonly relevance: Relevance
  readonly implication: Implication
  readonly coping: Coping
  readonly normative: Normative
  readonly affect: Affect
}

export const relevanceOf = (input: AppraisalInput): Relevance => ({
  relevance: clamp(
    Math.max(input.goalRelevance, 0.6 * input.novelty, 0.8 * Math.abs(input.pleasantness)),
    0,
    1,
  ),
})

export const implicationOf = (input: AppraisalInput): Implication => {
  // Credit and blame weigh more when the cause meant it.
  const agency = input.agent === "world" ? 0.8 : input.intended ? 1 : 0.9
  return {
    outcome: clamp(
      (0.6 * input.conduciveness + 0.4 * input.pleasantness) * input.outcomeProbability * agency,
      -1,
      1,
    ),
    urgency: clamp(input.urgency, 0, 1),
    discrepancy: clamp(input.discrepancy, 0, 1),
  }
}

export const copingOf = (input: AppraisalInput): Coping => ({
  potential: clamp(
    (0.35 * input.control + 0.4 * input.power + 0.25 * input.adjustment) * 2 - 1,
    -1,
    1,
  ),
})

export const normativeOf = (input: AppraisalInput): Normative => ({
  internal: clamp(input.internalStandards, -1, 1),
  external: clamp(input.externalStandards, -1, 1),
})

/**
 * The discrete label, from Scherer's prototypical appraisal patterns reduced to the checks
 * above. Order matters: the more specific patterns (self-caused, norm-laden) come first.
 */
export const labelOf = (
  input: AppraisalInput,
  relevance: Relevance,
  implication: Implication,
  coping: Coping,
  normative: Normative,
): EmotionLabel => {
  if (relevance.relevance < 0.15) return "neutral"
  const { outcome, urgency, discrepancy } = implication
  if (input.agent === "self" && normative.internal < -0.3 && outcome < 0) return "guilt"
  if (input.agent === "self" && normative.internal > 0.3 && outcome > 0) return "pride"
  if (outcome <= -0.15) {
    if (input.agent !== "self" && input.intended && normative.external < -0.2) {
      return coping.potential > 0 ? "anger" : "fear"
    }
    if (urgency > 0.6 && coping.potential < 0) return "fear"
    // Bad news for someone the companion cares about, that it can still help with.
    if (input.agent === "user" || input.kind === "user_turn") {
      return coping.potential >= -0.2 ? "concern" : "sadness"
    }
    return "sadness"
  }
  if (discrepancy > 0.6 && Math.abs(outcome) < 0.3) return "surprise"
  if (outcome >= 0.3) return urgency > 0.5 || discrepancy > 0.4 ? "joy" : "contentment"
  if (input.novelty > 0.5) return "interest"
  return outcome > 0.1 ? "contentment" : "neutral"
}

/** Appraises one event into an affect, keeping each stage's result. */
export const appraise = (input: AppraisalInput, at: number): Appraisal => {
  const relevance = relevanceOf(input)
  const implication = implicationOf(input)
  const coping = copingOf(input)
  const normative = normativeOf(input)
  const r = relevance.relevance
  const valence = clamp(
    r * (0.85 * implication.outcome + (0.15 * (normative.internal + normative.external)) / 2),
    -1,
    1,
  )
  const arousal = clamp(
    r * (0.4 * implication.urgency + 0.35 * implication.discrepancy + 0.25 * input.novelty) * 2 -
      0.3,
    -1,
    1,
  )
  const dominance = clamp(coping.potential * (0.5 + 0.5 * r), -1, 1)
  const label = labelOf(input, relevance, implication, coping, normative)
  const intensity =
    label === "neutral"
      ? 0
      : clamp(r * (0.5 * Math.abs(valence) + 0.3 * Math.max(arousal, 0) + 0.2) * 1.4, 0, 1)
  return {
    relevance,
    implication,
    coping,
    normative,
    affect: { valence, arousal, dominance, label, intensity, at },
  }
}
