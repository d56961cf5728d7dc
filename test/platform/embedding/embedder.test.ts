import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { Embedder } from "../../../platform/embedding/Embedder.js"
import * as TransformersEmbedder from "../../../platform/embedding/TransformersEmbedder.js"
import { miniLm, projectModels } from "../../support/models.js"

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0)

describe("TransformersEmbedder with all-MiniLM-L6-v2", () => {
  it.scopedLive("embeds by meaning, with unit vectors, in order across batches", () =>
    Effect.gen(function* () {
      const embedder = yield* Embedder
      expect(embedder.dimensions).toBe(384)
      const [dog, puppy, stocks] = yield* embedder.embed([
        "I adopted a dog",
        "I got a new puppy",
        "The stock market fell",
      ])
      if (!dog || !puppy || !stocks) throw new Error("three vectors expected")
      expect(Math.abs(dot(dog, dog) - 1)).toBeLessThan(1e-3)
      expect(dot(dog, puppy)).toBeGreaterThan(dot(dog, stocks) + 0.3)

      // 70 texts cross two batch boundaries; each must match its own single embedding.
      const texts = Array.from({ length: 70 }, (_, i) => `memory number ${i} about topic ${i % 7}`)
      const together = yield* embedder.embed(texts)
      expect(together).toHaveLength(70)
      for (const i of [0, 31, 32, 69]) {
        const [alone] = yield* embedder.embed([texts[i] ?? ""])
        expect(dot(alone ?? new Float32Array(), together[i] ?? new Float32Array())).toBeGreaterThan(
          0.999,
        )
      }
    }).pipe(Effect.provide(TransformersEmbedder.layer(miniLm()))),
  )

  it.scopedLive("a model that is not there is a typed error naming it", () =>
    Effect.gen(function* () {
      const result = yield* Effect.either(
        Effect.provide(
          Embedder,
          TransformersEmbedder.layer({
            modelDir: projectModels,
            model: "nobody/no-such-model",
            allowRemote: false,
            dtype: "q8",
          }),
        ),
      )
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isLeft(result)) {
        expect(result.left._tag).toBe("EmbeddingModelError")
        expect(result.left.message).toContain("nobody/no-such-model")
      }
    }),
  )
})
