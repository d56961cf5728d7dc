/**
 * Turning what other actors report into appraisal checks. The companion appraises from its
 * own point of view, and its first goal is the user's wellbeing: a user's distress is
 * unpleasant and goal-obstructive for it too, and something it can usually help with.
 */
import { clamp } from "./Affect.js"
import { type AppraisalInput, neutralInput } from "./AppraisalInput.js"

export interface UserTurnSignals {
  readonly sentiment: string
  /** The classifier's confidence, 0..1. */
  readonly sentimentScore: number
  readonly emotion: string
  readonly emotionScore: number
  /** How new the turn is against memory (0 = said before, 1 = nothing like it), if known. */
  readonly novelty?: number
}

const negativeEmotions = new Set(["sadness", "fear", "anger", "disgust", "grief", "disappointment"])
const urgentEmotions = new Set(["fear", "anger"])

/** A user's message, as read by the classifier. */
export const fromUserTurn = (signals: UserTurnSignals): AppraisalInput => {
  const sign = signals.sentiment === "positive" ? 1 : signals.sentiment === "negative" ? -1 : 0
  const distressed = negativeEmotions.has(signals.emotion) ? signals.emotionScore : 0
  const pleasantness = clamp(sign * signals.sentimentScore - 0.3 * distressed, -1, 1)
  return {
    ...neutralInput("user_turn"),
    novelty: signals.novelty ?? 0.3,
    pleasantness,
    goalRelevance: clamp(0.4 + 0.5 * Math.abs(pleasantness), 0, 1),
    agent: "world",
    conduciveness: pleasantness,
    discrepancy: clamp(0.2 + 0.4 * Math.abs(pleasantness), 0, 1),
    urgency: urgentEmotions.has(signals.emotion) ? 0.5 * signals.emotionScore + 0.2 : 0.2,
    control: 0.6,
    power: 0.6,
    adjustment: 0.6,
  }
}

/** A goal moved: `delta` of progress (-1..1), `done` when it was reached. */
export const fromGoalProgress = (options: {
  readonly delta: number
  readonly done: boolean
  readonly importance: number
  /** Whether the companion's own initiative brought it about. */
  readonly byCompanion: boolean
}): AppraisalInput => ({
  ...neutralInput("goal_progress"),
  pleasantness: clamp(options.delta, -1, 1) * 0.5,
  goalRelevance: clamp(options.importance, 0, 1),
  agent: options.byCompanion ? "self" : "user",
  intended: true,
  conduciveness: options.done ? 1 : clamp(options.delta * 2, -1, 1),
  discrepancy: options.done ? 0.5 : 0.2,
  urgency: options.done ? 0.6 : 0.2,
  internalStandards: options.byCompanion && options.delta > 0 ? 0.6 : 0,
})

/** No word from the user for `hours`: mild at first, then a growing concern. */
export const fromSilence = (hours: number): AppraisalInput => {
  const weight = clamp(hours / 72, 0, 1)
  return {
    ...neutralInput("long_silence"),
    novelty: 0.1,
    pleasantness: -0.4 * weight,
    goalRelevance: 0.3 + 0.4 * weight,
    agent: "user",
    conduciveness: -0.5 * weight,
    urgency: 0.1 + 0.3 * weight,
    control: 0.4,
    power: 0.5,
    adjustment: 0.7,
  }
}
