/**
 * The worker-thread side shared by AICO's transformers.js workers (embedder, text
 * analysis): model loading configured from workerData, a `ready` or `failed` first
 * message, then one answer per request, matched by id. Plain JavaScript so that it starts
 * the same under Node, tsx and the test runner.
 *
 * workerData: { modelDir, allowRemote, ...what `load` needs }
 * out: { type: "ready", ...info } | { type: "failed", message }
 *      { id, ...reply } | { id, error }
 */
import { env } from "@huggingface/transformers"
import { parentPort, workerData } from "node:worker_threads"

const text = (error) => (error instanceof Error ? error.message : String(error))

/**
 * load(workerData) → { info, state }: loads the pipeline; `info` goes out with `ready`.
 * answer(state, request) → { reply, transfer? }: one request (without its id).
 */
export const servePipeline = async (load, answer) => {
  const { modelDir, allowRemote } = workerData
  env.allowRemoteModels = allowRemote
  env.allowLocalModels = true
  if (modelDir) env.localModelPath = modelDir
  const port = parentPort
  let state
  try {
    const loaded = await load(workerData)
    state = loaded.state
    port.postMessage({ type: "ready", ...loaded.info })
  } catch (error) {
    return port.postMessage({ type: "failed", message: text(error) })
  }
  port.on("message", async ({ id, ...request }) => {
    try {
      const { reply, transfer } = await answer(state, request)
      port.postMessage({ id, ...reply }, transfer ?? [])
    } catch (error) {
      port.postMessage({ id, error: text(error) })
    }
  })
}

/** One inference thread: on small machines more threads fight the service for cores. */
export const sessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1 }
