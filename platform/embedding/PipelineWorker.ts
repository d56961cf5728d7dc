/**
 * The service side of a transformers.js worker thread (`pipelineWorker.mjs`): start it,
 * wait for its model, send requests and match the answers by id. What the answers mean is
 * the caller's to decode; this only says whether there was one.
 */
import { Data, Effect, type Scope } from "effect"
import { Worker } from "node:worker_threads"

/** The worker could not load its model, or stopped while a request waited. */
export class PipelineWorkerError extends Data.TaggedError("PipelineWorkerError")<{
  readonly reason: string
}> {
  override get message() {
    return this.reason
  }
}

export interface PipelineWorker {
  /** The `ready` message, with what the worker reported about its model. */
  readonly info: Readonly<Record<string, unknown>>
  /** One request; its answer without the id, or the worker's error text as a failure. */
  readonly request: (
    body: Readonly<Record<string, unknown>>,
  ) => Effect.Effect<Readonly<Record<string, unknown>>, PipelineWorkerError>
}

type Settle = (answer: Readonly<Record<string, unknown>> | undefined) => void

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null

const startWorker = (file: string, workerData: Readonly<Record<string, unknown>>) =>
  Effect.async<{ worker: Worker; info: Readonly<Record<string, unknown>> }, PipelineWorkerError>(
    (resume) => {
      const failed = (reason: string) => resume(Effect.fail(new PipelineWorkerError({ reason })))
      const worker = new Worker(file, { workerData })
      const onError = (error: Error) => failed(error.message)
      const onExit = (code: number) => failed(`the worker exited (code ${code})`)
      worker.once("error", onError)
      worker.once("exit", onExit)
      worker.once("message", (message: unknown) => {
        worker.off("error", onError)
        worker.off("exit", onExit)
        if (isRecord(message) && message["type"] === "ready") {
          return resume(Effect.succeed({ worker, info: message }))
        }
        void worker.terminate()
        const reason = isRecord(message) ? message["message"] : undefined
        failed(typeof reason === "string" ? reason : "the worker did not say it was ready")
      })
      return Effect.promise(() => worker.terminate())
    },
  )

/** The worker for the life of the scope; it is terminated with it. */
export const make = (
  file: string,
  workerData: Readonly<Record<string, unknown>>,
): Effect.Effect<PipelineWorker, PipelineWorkerError, Scope.Scope> =>
  Effect.gen(function* () {
    const { worker, info } = yield* Effect.acquireRelease(startWorker(file, workerData), (w) =>
      Effect.promise(() => w.worker.terminate()),
    )
    const pending = new Map<number, Settle>()
    let nextId = 0
    worker.on("message", (message: unknown) => {
      if (!isRecord(message) || typeof message["id"] !== "number") return
      const { id, ...answer } = message
      pending.get(id)?.(answer)
      pending.delete(id)
    })
    const stopped = () => {
      for (const settle of pending.values()) settle(undefined)
      pending.clear()
    }
    worker.on("exit", stopped)
    worker.on("error", stopped)

    const request: PipelineWorker["request"] = (body) =>
      Effect.async((resume) => {
        const id = nextId++
        pending.set(id, (answer) => {
          if (answer === undefined) {
            return resume(
              Effect.fail(new PipelineWorkerError({ reason: "the worker has stopped" })),
            )
          }
          const error = answer["error"]
          if (typeof error === "string") {
            return resume(Effect.fail(new PipelineWorkerError({ reason: error })))
          }
          resume(Effect.succeed(answer))
        })
        worker.postMessage({ ...body, id })
        return Effect.sync(() => pending.delete(id))
      })

    return { info, request }
  })
