/**
 * Novelty of a new turn: how far its embedding is from the nearest things memory already
 * holds. 0 means "said before", 1 "nothing like it". Embeddings are unit length (the
 * embedder normalises), so cosine similarity is a dot product.
 */
export const cosine = (
  a: Float32Array | ReadonlyArray<number>,
  b: Float32Array | ReadonlyArray<number>,
) => {
  let dot = 0
  let normA = 0
  let normB = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    dot += x * y
    normA += x * x
    normB += y * y
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB)
}

/**
 * 1 − the mean similarity to the `k` nearest known embeddings, clamped to 0..1. With
 * nothing known, everything is new.
 */
export const novelty = (
  embedding: Float32Array | ReadonlyArray<number>,
  known: ReadonlyArray<Float32Array | ReadonlyArray<number>>,
  k = 3,
): number => {
  if (known.length === 0) return 1
  const nearest = known
    .map((other) => cosine(embedding, other))
    .sort((a, b) => b - a)
    .slice(0, k)
  const mean = nearest.reduce((sum, value) => sum + value, 0) / nearest.length
  return Math.max(0, Math.min(1, 1 - mean))
}
