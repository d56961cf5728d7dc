/** Payloads of emotion messages (`emotion.*`). */
import { Schema } from "effect"

const Unit = Schema.Number.pipe(Schema.between(-1, 1))
const EpochMs = Schema.Number.pipe(Schema.nonNegative())

/** The discrete emotions appraisal names (`actors/emotion/appraisal`). */
export const EmotionLabels = [
  "neutral",
  "joy",
  "contentment",
  "interest",
  "surprise",
  "pride",
  "sadness",
  "concern",
  "anger",
  "fear",
  "guilt",
] as const

export const Affect = Schema.Struct({
  valence: Unit,
  arousal: Unit,
  dominance: Unit,
  label: Schema.Literal(...EmotionLabels),
  intensity: Schema.Number.pipe(Schema.between(0, 1)),
  at: EpochMs,
  /** The kind of event whose appraisal produced it ("" for decay alone). */
  cause: Schema.String.pipe(Schema.maxLength(64)),
})
export type Affect = typeof Affect.Type

/** 0 asks for the affect as of the actor's latest clock tick. */
export const GetAffect = Schema.Struct({ now: EpochMs })
