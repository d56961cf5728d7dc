/** JSON Lines files in a staging directory: appended in chunks, read back in chunks. */
import { Chunk, Effect, Stream } from "effect"
import { createReadStream } from "node:fs"
import { appendFile, writeFile } from "node:fs/promises"
import { createInterface } from "node:readline"

const toError = (cause: unknown) => (cause instanceof Error ? cause : new Error(String(cause)))

/** Creates (or empties) `file`, then appends each chunk of lines from `lines`; returns the count. */
export const writeLines = <E, R>(
  file: string,
  lines: Stream.Stream<string, E, R>,
  chunkSize = 1_000,
): Effect.Effect<number, E | Error, R> =>
  Effect.gen(function* () {
    yield* Effect.tryPromise({ try: () => writeFile(file, ""), catch: toError })
    let count = 0
    yield* lines.pipe(
      Stream.grouped(chunkSize),
      Stream.runForEach((chunk) => {
        count += Chunk.size(chunk)
        return Effect.tryPromise({
          try: () => appendFile(file, Chunk.join(chunk, "\n") + "\n"),
          catch: toError,
        })
      }),
    )
    return count
  })

/** The non-blank lines of `file`, in chunks of at most `chunkSize`. */
export const readLines = (
  file: string,
  chunkSize: number,
): Stream.Stream<ReadonlyArray<string>, Error> =>
  Stream.suspend(() =>
    Stream.fromAsyncIterable(
      createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity }),
      toError,
    ),
  ).pipe(
    Stream.filter((line) => line.trim() !== ""),
    Stream.grouped(chunkSize),
    Stream.map(Chunk.toReadonlyArray),
  )
