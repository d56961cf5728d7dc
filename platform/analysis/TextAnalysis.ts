/**
 * Reading how a user's message feels: sentiment and a discrete emotion, from
 * transformers.js text-classification models (`analysis.*` config). The conversation
 * engine labels every user turn with it, and emotion appraisal takes it as input.
 */
import { Context, Data, type Effect } from "effect"

export const Sentiment = ["negative", "neutral", "positive"] as const
export type Sentiment = (typeof Sentiment)[number]

export interface Labels {
  readonly sentiment: Sentiment
  /** The classifier's confidence in `sentiment`, 0..1. */
  readonly sentimentScore: number
  /** A discrete emotion such as "joy", "sadness", "anger", "fear", "surprise" or "neutral". */
  readonly emotion: string
  readonly emotionScore: number
}

export class AnalysisError extends Data.TaggedError("AnalysisError")<{
  readonly reason: string
}> {
  override get message() {
    return `text analysis failed: ${this.reason}`
  }
}

export interface Service {
  readonly sentimentModel: string
  readonly emotionModel: string
  readonly classify: (text: string) => Effect.Effect<Labels, AnalysisError>
}

export class TextAnalysis extends Context.Tag("aico/TextAnalysis")<TextAnalysis, Service>() {}
