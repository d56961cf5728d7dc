/**
 * The curiosity engine's `NoveltyProbe` on semantic memory: the turn is embedded, its
 * nearest memories found in the vector store, those of the same conversation left out,
 * and novelty is one minus the mean cosine similarity of the nearest three.
 */
import { Effect, Layer } from "effect"
import { NoveltyProbe, NoveltyProbeError } from "../../actors/curiosity/NoveltyProbe.js"
import { VectorStore } from "../chroma/VectorStore.js"
import { MemoryRepository } from "../database/repositories/MemoryRepository.js"
import { Embedder } from "../embedding/Embedder.js"
import { MemoryId } from "../../schemas/data/Memory.js"

const nearest = 3
// Room for the turn's own conversation among the nearest.
const candidates = 12

export const make = Effect.gen(function* () {
  const embedder = yield* Embedder
  const vectors = yield* VectorStore
  const memories = yield* MemoryRepository
  return NoveltyProbe.of({
    novelty: (text, conversationId) =>
      Effect.gen(function* () {
        const [embedding] = yield* embedder.embed([text])
        if (embedding === undefined) return 1
        const matches = yield* vectors.query(embedding, { limit: candidates })
        if (matches.length === 0) return 1
        const rows = yield* memories.getMany(matches.map((m) => MemoryId.make(m.id)))
        const sameConversation = new Set<string>(
          rows
            .filter(
              (row) => row.conversationId !== null && String(row.conversationId) === conversationId,
            )
            .map((row) => row.id),
        )
        const similarities = matches
          .filter((match) => !sameConversation.has(match.id))
          .slice(0, nearest)
          // Cosine distance → similarity, as `novelty` would compute from the vectors.
          .map((match) => 1 - match.distance)
        if (similarities.length === 0) return 1
        const mean = similarities.reduce((sum, s) => sum + s, 0) / similarities.length
        return Math.max(0, Math.min(1, 1 - mean))
      }).pipe(
        Effect.mapError(
          (error) =>
            new NoveltyProbeError({
              reason: error instanceof Error ? error.message : String(error),
            }),
        ),
      ),
  })
})

export const layer = Layer.effect(NoveltyProbe, make)
