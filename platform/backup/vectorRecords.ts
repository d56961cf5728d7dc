/**
 * The vector store's records as `chroma/records.jsonl` (id, embedding, document, metadata),
 * paged out on backup and upserted back in batches on restore. Restoring the stored
 * embeddings, rather than re-embedding, gives back the same search results.
 */
import { Chunk, Effect, Either, Option, Schema, Stream } from "effect"
import { mkdir } from "node:fs/promises"
import { dirname, join } from "node:path"
import { VectorStore } from "../chroma/VectorStore.js"
import { BackupArchiveError, RestoreTargetNotEmpty, storeFailed } from "./BackupError.js"
import { readLines, writeLines } from "./jsonLines.js"
import { vectorFile } from "./Manifest.js"

const pageSize = 500

const VectorRecord = Schema.Struct({
  id: Schema.String,
  embedding: Schema.Array(Schema.Number),
  document: Schema.String,
  metadata: Schema.Record({
    key: Schema.String,
    value: Schema.Union(Schema.String, Schema.Number, Schema.Boolean),
  }),
})
const decodeRecord = Schema.decodeUnknownEither(Schema.parseJson(VectorRecord))

export interface VectorExport {
  readonly count: number
  readonly dimension: number | null
}

/** Pages every record into `staging`. */
export const exportVectors = (staging: string) =>
  Effect.gen(function* () {
    const vectors = yield* VectorStore
    const file = join(staging, vectorFile)
    yield* Effect.tryPromise({
      try: () => mkdir(dirname(file), { recursive: true }),
      catch: storeFailed("file system", `creating ${dirname(file)}`),
    })
    let dimension: number | null = null
    const records = Stream.paginateChunkEffect(0, (offset) =>
      vectors
        .page({ offset, limit: pageSize })
        .pipe(
          Effect.map(
            (page) =>
              [
                Chunk.fromIterable(page),
                page.length < pageSize ? Option.none() : Option.some(offset + page.length),
              ] as const,
          ),
        ),
    )
    const count = yield* writeLines(
      file,
      records.pipe(
        Stream.map((record) => {
          dimension ??= record.embedding.length
          return JSON.stringify({
            id: record.id,
            embedding: record.embedding,
            document: record.document,
            metadata: record.metadata,
          })
        }),
      ),
    ).pipe(Effect.mapError(storeFailed("Chroma", `exporting the vector records to ${file}`)))
    yield* Effect.logInfo(`backup: Chroma: ${count} vectors`)
    return { count, dimension } satisfies VectorExport
  })

/** Upserts the records; refuses a collection that already has some. */
export const importVectors = (staging: string, expected: number, archive: string) =>
  Effect.gen(function* () {
    const vectors = yield* VectorStore
    const present = yield* vectors
      .count()
      .pipe(Effect.mapError(storeFailed("Chroma", "counting the target collection")))
    if (present > 0) {
      return yield* new RestoreTargetNotEmpty({
        target: "the Chroma collection",
        reason: `it already holds ${present} vectors`,
      })
    }
    const file = join(staging, vectorFile)
    let line = 0
    const upsertAll = readLines(file, pageSize).pipe(
      Stream.mapError(storeFailed("file system", `reading ${vectorFile} of ${archive}`)),
      Stream.mapEffect((lines) =>
        Effect.forEach(lines, (text) => {
          line++
          return Either.match(decodeRecord(text), {
            onLeft: (error) =>
              Effect.fail(
                new BackupArchiveError({
                  archive,
                  operation: "read",
                  reason: `${vectorFile} line ${line} is not a vector record: ${error.message.split("\n")[0]}`,
                }),
              ),
            onRight: Effect.succeed,
          })
        }),
      ),
      Stream.runForEach((records) =>
        vectors
          .upsert(records)
          .pipe(
            Effect.mapError(
              storeFailed("Chroma", `restoring vectors from ${vectorFile} of ${archive}`),
            ),
          ),
      ),
    )
    const complete = Effect.suspend(() =>
      line === expected
        ? Effect.void
        : new BackupArchiveError({
            archive,
            operation: "read",
            reason: `${vectorFile} has ${line} records but the manifest lists ${expected}`,
          }),
    )
    // The collection was empty: on failure, empty it again (an external one outlives the restore).
    yield* upsertAll.pipe(
      Effect.zipRight(complete),
      Effect.onError(() => vectors.clear().pipe(Effect.ignore)),
    )
    yield* Effect.logInfo(`restore: Chroma: ${line} vectors`)
  })
