/**
 * Appraisal of crafted events gives the expected affect: each row is an event as the
 * companion would see it, and the label and the signs of valence/arousal/dominance it must
 * produce.
 */
import { describe, expect, it } from "@effect/vitest"
import { baseline, type EmotionLabel } from "../../../actors/emotion/appraisal/Affect.js"
import {
  type AppraisalInput,
  neutralInput,
} from "../../../actors/emotion/appraisal/AppraisalInput.js"
import { appraise } from "../../../actors/emotion/appraisal/appraise.js"
import { blend, decay } from "../../../actors/emotion/appraisal/dynamics.js"
import {
  fromGoalProgress,
  fromSilence,
  fromUserTurn,
} from "../../../actors/emotion/appraisal/inputs.js"

type Sign = "+" | "-" | "any"

interface Row {
  readonly event: string
  readonly input: AppraisalInput
  readonly label: EmotionLabel
  readonly valence: Sign
  readonly arousal?: Sign
  readonly dominance?: Sign
}

const rows: ReadonlyArray<Row> = [
  {
    event: "the user says they lost their job (sad, confident)",
    input: fromUserTurn({
      sentiment: "negative",
      sentimentScore: 0.95,
      emotion: "sadness",
      emotionScore: 0.9,
    }),
    label: "concern",
    valence: "-",
    dominance: "+",
  },
  {
    event: "the user shares good news",
    input: fromUserTurn({
      sentiment: "positive",
      sentimentScore: 0.9,
      emotion: "joy",
      emotionScore: 0.8,
    }),
    label: "joy",
    valence: "+",
    arousal: "+",
  },
  {
    event: "the user says something mildly pleasant",
    input: fromUserTurn({
      sentiment: "positive",
      sentimentScore: 0.5,
      emotion: "joy",
      emotionScore: 0.4,
      novelty: 0.2,
    }),
    label: "contentment",
    valence: "+",
  },
  {
    event: "a small-talk message",
    input: fromUserTurn({
      sentiment: "neutral",
      sentimentScore: 0.6,
      emotion: "neutral",
      emotionScore: 0.6,
      novelty: 0.1,
    }),
    label: "neutral",
    valence: "any",
  },
  {
    event: "something entirely new, neither good nor bad",
    input: fromUserTurn({
      sentiment: "neutral",
      sentimentScore: 0.5,
      emotion: "neutral",
      emotionScore: 0.5,
      novelty: 0.9,
    }),
    label: "interest",
    valence: "any",
  },
  {
    event: "a goal the user set is reached",
    input: fromGoalProgress({ delta: 0.3, done: true, importance: 0.9, byCompanion: false }),
    label: "joy",
    valence: "+",
    arousal: "+",
  },
  {
    event: "a goal reached thanks to the companion's own reminder",
    input: fromGoalProgress({ delta: 0.4, done: true, importance: 0.8, byCompanion: true }),
    label: "pride",
    valence: "+",
  },
  {
    event: "three days without a word",
    input: fromSilence(72),
    label: "concern",
    valence: "-",
  },
  {
    event: "an hour without a word",
    input: fromSilence(1),
    label: "neutral",
    valence: "any",
  },
  {
    event: "an urgent threat nobody can do anything about",
    input: {
      ...neutralInput("user_turn"),
      pleasantness: -0.8,
      goalRelevance: 0.9,
      conduciveness: -0.9,
      urgency: 0.9,
      control: 0.1,
      power: 0.1,
      adjustment: 0.2,
    },
    label: "fear",
    valence: "-",
    arousal: "+",
    dominance: "-",
  },
  {
    event: "an intended insult the companion can answer",
    input: {
      ...neutralInput("user_turn"),
      pleasantness: -0.7,
      goalRelevance: 0.7,
      agent: "user",
      intended: true,
      conduciveness: -0.6,
      externalStandards: -0.8,
      control: 0.8,
      power: 0.8,
    },
    label: "anger",
    valence: "-",
    dominance: "+",
  },
  {
    event: "the companion's own initiative upset the user",
    input: {
      ...neutralInput("initiative_outcome"),
      pleasantness: -0.5,
      goalRelevance: 0.7,
      agent: "self",
      intended: true,
      conduciveness: -0.6,
      internalStandards: -0.7,
    },
    label: "guilt",
    valence: "-",
  },
  {
    event: "a big surprise that is neither good nor bad",
    input: { ...neutralInput("user_turn"), novelty: 0.9, discrepancy: 0.9, goalRelevance: 0.5 },
    label: "surprise",
    valence: "any",
    arousal: "+",
  },
]

const hasSign = (value: number, sign: Sign) =>
  sign === "any" ? true : sign === "+" ? value > 0 : value < 0

describe("emotion appraisal (Scherer's CPM)", () => {
  for (const row of rows) {
    it(row.event, () => {
      const { affect, relevance } = appraise(row.input, 1000)
      expect(affect.label).toBe(row.label)
      expect(hasSign(affect.valence, row.valence)).toBe(true)
      if (row.arousal !== undefined) expect(hasSign(affect.arousal, row.arousal)).toBe(true)
      if (row.dominance !== undefined) expect(hasSign(affect.dominance, row.dominance)).toBe(true)
      for (const value of [affect.valence, affect.arousal, affect.dominance]) {
        expect(value).toBeGreaterThanOrEqual(-1)
        expect(value).toBeLessThanOrEqual(1)
      }
      expect(relevance.relevance).toBeGreaterThanOrEqual(0)
      expect(affect.intensity === 0).toBe(row.label === "neutral")
    })
  }

  it("a stronger event of the same kind is felt more intensely", () => {
    const mild = appraise(
      fromUserTurn({
        sentiment: "negative",
        sentimentScore: 0.5,
        emotion: "sadness",
        emotionScore: 0.4,
      }),
      0,
    )
    const strong = appraise(
      fromUserTurn({
        sentiment: "negative",
        sentimentScore: 0.99,
        emotion: "sadness",
        emotionScore: 0.95,
      }),
      0,
    )
    expect(strong.affect.intensity).toBeGreaterThan(mild.affect.intensity)
    expect(strong.affect.valence).toBeLessThan(mild.affect.valence)
  })
})

describe("affect dynamics", () => {
  const hour = 60 * 60 * 1000
  const sad = appraise(
    fromUserTurn({
      sentiment: "negative",
      sentimentScore: 0.95,
      emotion: "sadness",
      emotionScore: 0.9,
    }),
    0,
  ).affect

  it("decays toward the baseline: halfway after one half-life, neutral once faded", () => {
    const rest = baseline(0)
    const half = decay(sad, rest, 2 * hour, 2 * hour)
    expect(half.valence).toBeCloseTo(rest.valence + (sad.valence - rest.valence) / 2, 10)
    expect(half.intensity).toBeCloseTo(sad.intensity / 2, 10)
    expect(half.label).toBe("concern")
    const later = decay(sad, rest, 24 * hour, 2 * hour)
    expect(later.label).toBe("neutral")
    expect(later.intensity).toBe(0)
    expect(Math.abs(later.valence - rest.valence)).toBeLessThan(0.01)
  })

  it("a strong new appraisal takes over the label; a faint one only nudges", () => {
    const happy = appraise(
      fromGoalProgress({ delta: 0.3, done: true, importance: 0.9, byCompanion: false }),
      10,
    ).affect
    const afterHappy = blend(sad, happy)
    expect(afterHappy.label).toBe("joy")
    expect(afterHappy.valence).toBeGreaterThan(sad.valence)
    const faint = appraise(fromSilence(1), 10).affect
    const afterFaint = blend(sad, faint)
    expect(afterFaint.label).toBe("concern")
  })
})
