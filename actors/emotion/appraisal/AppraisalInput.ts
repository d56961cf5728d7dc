/**
 * What the appraisal knows about an event, in the terms of Scherer's Component Process
 * Model: the stimulus evaluation checks it needs, each already measured by whoever saw the
 * event (the classifier for a user's message, the goal system for progress, the clock for
 * a silence). Ranges: 0..1 unless said otherwise; -1..1 where a check has a direction.
 */
export type EventKind = "user_turn" | "goal_progress" | "long_silence" | "initiative_outcome"

/** Who or what brought the event about (CPM's causal attribution). */
export type Agent = "user" | "self" | "world"

export interface AppraisalInput {
  readonly kind: EventKind
  /** Relevance: how unexpected/unfamiliar the event is (e.g. the curiosity engine's novelty). */
  readonly novelty: number
  /** Relevance: intrinsic pleasantness, -1..1 (for a user turn, the classifier's sentiment). */
  readonly pleasantness: number
  /** Relevance: how much the event bears on the companion's goals (the user's wellbeing first). */
  readonly goalRelevance: number
  /** Implication: who caused it. */
  readonly agent: Agent
  /** Implication: whether the cause meant it (blame and credit weigh more when intended). */
  readonly intended: boolean
  /** Implication: how likely the outcome is now (1 = it has happened). */
  readonly outcomeProbability: number
  /** Implication: how far it is from what was expected (0 = exactly as expected). */
  readonly discrepancy: number
  /** Implication: helps (+) or hinders (-) the companion's goals, -1..1. */
  readonly conduciveness: number
  /** Implication: how soon something must be done. */
  readonly urgency: number
  /** Coping: whether the outcome can be influenced at all. */
  readonly control: number
  /** Coping: whether the companion can influence it. */
  readonly power: number
  /** Coping: how well the companion can live with it if nothing changes. */
  readonly adjustment: number
  /** Normative significance: against (-) or in line with (+) the companion's own standards. */
  readonly internalStandards: number
  /** Normative significance: against (-) or in line with (+) social norms and the user's values. */
  readonly externalStandards: number
}

/** A neutral event: every check at its resting value; callers override what they know. */
export const neutralInput = (kind: EventKind): AppraisalInput => ({
  kind,
  novelty: 0.2,
  pleasantness: 0,
  goalRelevance: 0.3,
  agent: "world",
  intended: false,
  outcomeProbability: 1,
  discrepancy: 0.1,
  conduciveness: 0,
  urgency: 0.1,
  control: 0.5,
  power: 0.5,
  adjustment: 0.7,
  internalStandards: 0,
  externalStandards: 0,
})
