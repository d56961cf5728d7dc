/**
 * Reading a classifier's labels as AICO's sentiments and emotions. Sentiment models name
 * their labels differently ("POSITIVE", "negative", "Neutral"…); two-label models have no
 * neutral. Without an emotion model the emotion is derived from the sentiment — coarse
 * (joy, sadness or neutral), but it lets emotion appraisal run on any setup.
 */
import type { Sentiment } from "./TextAnalysis.js"

/** The sentiment a label stands for, or undefined when it is not a sentiment label. */
export const sentimentOf = (label: string): Sentiment | undefined => {
  const name = label.toLowerCase()
  if (name.startsWith("neg")) return "negative"
  if (name.startsWith("pos")) return "positive"
  if (name.startsWith("neu")) return "neutral"
  return undefined
}

const derived: Readonly<Record<Sentiment, string>> = {
  positive: "joy",
  negative: "sadness",
  neutral: "neutral",
}

/** The emotion a sentiment suggests when no emotion model is configured. */
export const emotionFromSentiment = (sentiment: Sentiment): string => derived[sentiment]
