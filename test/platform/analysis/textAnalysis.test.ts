/**
 * TextAnalysis on a real transformers.js text-classification model in its worker thread:
 * the shared AFINN-165 sentiment classifier (lexicon-based, labels negative / neutral /
 * positive), remote loading off.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, FastCheck as fc } from "effect"
import { Sentiment, TextAnalysis } from "../../../platform/analysis/TextAnalysis.js"
import * as TransformersTextAnalysis from "../../../platform/analysis/TransformersTextAnalysis.js"
import { sharedModels } from "../../support/models.js"

const afinn = (emotionModel = ""): TransformersTextAnalysis.TransformersTextAnalysisOptions => ({
  modelDir: sharedModels,
  sentimentModel: "afinn-165-sentiment",
  emotionModel,
  allowRemote: false,
  dtype: "q8",
})

describe("TransformersTextAnalysis", () => {
  it.scopedLive(
    "labels known sentences with the classifier's sentiment and a derived emotion",
    () =>
      Effect.gen(function* () {
        const analysis = yield* TextAnalysis
        const happy = yield* analysis.classify("I love this wonderful day, I am so happy!")
        expect(happy).toMatchObject({ sentiment: "positive", emotion: "joy" })
        expect(happy.sentimentScore).toBeGreaterThan(0.9)
        expect(happy.emotionScore).toBe(happy.sentimentScore)

        const sad = yield* analysis.classify("This is terrible. I hate it and I feel awful.")
        expect(sad).toMatchObject({ sentiment: "negative", emotion: "sadness" })

        const plain = yield* analysis.classify("The meeting is on Tuesday at the office.")
        expect(plain).toMatchObject({ sentiment: "neutral", emotion: "neutral" })
        expect(analysis.sentimentModel).toBe("afinn-165-sentiment")
      }).pipe(Effect.provide(TransformersTextAnalysis.layer(afinn()))),
  )

  it.scopedLive("an emotion model's own label is used when one is configured", () =>
    Effect.gen(function* () {
      const analysis = yield* TextAnalysis
      // The lexicon model stands in for an emotion model: its label passes through as is.
      const labels = yield* analysis.classify("What a great and beautiful surprise")
      expect(labels.sentiment).toBe("positive")
      expect(labels.emotion).toBe("positive")
      expect(analysis.emotionModel).toBe("afinn-165-sentiment")
    }).pipe(Effect.provide(TransformersTextAnalysis.layer(afinn("afinn-165-sentiment")))),
  )

  it.scopedLive("any text gets a valid label and score (fuzzed through the real worker)", () =>
    Effect.gen(function* () {
      const analysis = yield* TextAnalysis
      const texts = fc.sample(fc.oneof(fc.string(), fc.fullUnicodeString({ maxLength: 300 })), 60)
      for (const text of ["", ...texts]) {
        const labels = yield* analysis.classify(text)
        expect(Sentiment).toContain(labels.sentiment)
        expect(labels.sentimentScore).toBeGreaterThanOrEqual(0)
        expect(labels.sentimentScore).toBeLessThanOrEqual(1)
      }
    }).pipe(Effect.provide(TransformersTextAnalysis.layer(afinn()))),
  )

  it.scopedLive("a model that is not there fails with an AnalysisError naming it", () =>
    Effect.gen(function* () {
      const result = yield* Effect.either(
        Effect.provide(
          TextAnalysis,
          TransformersTextAnalysis.layer({ ...afinn(), sentimentModel: "nobody/no-such-model" }),
        ),
      )
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isLeft(result)) {
        expect(result.left._tag).toBe("AnalysisError")
        expect(result.left.message).toContain("nobody/no-such-model")
      }
    }),
  )
})
