/**
 * Downloading a GGUF file: streamed to a temporary file beside the target, checked to be
 * GGUF (its first four bytes), then renamed into place, so the model directory never holds
 * half a model under the real name. An interrupted or refused download leaves nothing.
 */
import { Effect } from "effect"
import { mkdir, open, rename, rm } from "node:fs/promises"
import { basename, dirname, join } from "node:path"
import { DownloadFailed, NotAModel } from "./ModelsError.js"
import type { OnProgress } from "./Models.js"

const GGUF_MAGIC = "GGUF"
const reasonOf = (error: unknown) =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}`
    : String(error)

const fetchTo = (url: string, partial: string, onProgress: OnProgress, name: string) =>
  Effect.tryPromise({
    try: async (signal) => {
      const response = await fetch(url, { signal, redirect: "follow" })
      if (!response.ok || response.body === null) {
        throw new Error(`the server answered ${response.status} ${response.statusText}`)
      }
      const length = Number(response.headers.get("content-length"))
      const totalBytes = Number.isFinite(length) && length > 0 ? length : null
      const file = await open(partial, "w")
      let completedBytes = 0
      let head = ""
      try {
        for await (const chunk of response.body) {
          if (head.length < GGUF_MAGIC.length) {
            head += Buffer.from(chunk.subarray(0, GGUF_MAGIC.length)).toString("latin1")
          }
          await file.write(chunk)
          completedBytes += chunk.byteLength
          onProgress({ name, status: "downloading", completedBytes, totalBytes })
        }
        await file.sync()
      } finally {
        await file.close()
      }
      return { head: head.slice(0, GGUF_MAGIC.length), completedBytes }
    },
    catch: (error) => new DownloadFailed({ url, reason: reasonOf(error) }),
  })

/** Downloads `url` to `target`; the size written, or a typed failure with nothing left behind. */
export const downloadGguf = (url: string, target: string, onProgress: OnProgress) => {
  const partial = join(dirname(target), `.${basename(target)}.${crypto.randomUUID()}.part`)
  return Effect.gen(function* () {
    yield* Effect.tryPromise({
      try: () => mkdir(dirname(target), { recursive: true }),
      catch: (error) => new DownloadFailed({ url, reason: reasonOf(error) }),
    })
    const { head, completedBytes } = yield* fetchTo(url, partial, onProgress, basename(target))
    if (head !== GGUF_MAGIC) {
      return yield* new NotAModel({
        url,
        reason: `it starts with ${JSON.stringify(head)} instead of "GGUF"`,
      })
    }
    yield* Effect.tryPromise({
      try: () => rename(partial, target),
      catch: (error) => new DownloadFailed({ url, reason: reasonOf(error) }),
    })
    return completedBytes
    // After the rename there is no partial file; after a failure or interruption it goes.
  }).pipe(Effect.ensuring(Effect.promise(() => rm(partial, { force: true }))))
}
