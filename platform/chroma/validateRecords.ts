/** Checks on a call's records that need no server, so a bad call writes nothing. */
import { Effect } from "effect"
import type { VectorStore } from "./VectorStore.js"
import {
  VectorDimensionMismatch,
  VectorStoreError,
  type VectorStoreOperation,
} from "./VectorStoreError.js"

const invalid = (operation: VectorStoreOperation, reason: string) =>
  new VectorStoreError({ operation, reason: `invalid input: ${reason}` })

/** An embedding of finite numbers, as a plain array. */
export const checkEmbedding = (
  operation: VectorStoreOperation,
  embedding: VectorStore.Embedding,
  id?: string,
): Effect.Effect<Array<number>, VectorStoreError> => {
  const values = Array.from(embedding)
  const which = id === undefined ? "the embedding" : `the embedding of ${JSON.stringify(id)}`
  if (values.length === 0) return Effect.fail(invalid(operation, `${which} is empty`))
  const bad = values.findIndex((value) => !Number.isFinite(value))
  return bad === -1
    ? Effect.succeed(values)
    : Effect.fail(invalid(operation, `${which} has ${values[bad]} at index ${bad}`))
}

/**
 * The records' embeddings as plain arrays and their common dimension; fails on an empty
 * id, a repeated id, a non-finite value or embeddings of different lengths.
 */
export const checkRecords = (
  records: ReadonlyArray<VectorStore.Record>,
): Effect.Effect<
  { readonly embeddings: Array<Array<number>>; readonly dimension: number },
  VectorStoreError | VectorDimensionMismatch
> =>
  Effect.gen(function* () {
    const seen = new Set<string>()
    const embeddings: Array<Array<number>> = []
    let dimension = 0
    for (const record of records) {
      if (record.id === "") return yield* Effect.fail(invalid("upsert", "an id is empty"))
      if (seen.has(record.id)) {
        return yield* Effect.fail(invalid("upsert", `id ${JSON.stringify(record.id)} repeats`))
      }
      seen.add(record.id)
      const embedding = yield* checkEmbedding("upsert", record.embedding, record.id)
      if (dimension === 0) dimension = embedding.length
      if (embedding.length !== dimension) {
        return yield* Effect.fail(
          new VectorDimensionMismatch({
            operation: "upsert",
            expected: dimension,
            actual: embedding.length,
            id: record.id,
          }),
        )
      }
      embeddings.push(embedding)
    }
    return { embeddings, dimension }
  })
