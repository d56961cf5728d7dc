/**
 * The embedding worker: loads a transformers.js feature-extraction pipeline and answers
 * batches of texts with mean-pooled, normalised vectors, so tokenising and inference never
 * block the service's event loop. Plain JavaScript so that it starts the same under Node,
 * tsx and the test runner.
 *
 * workerData: { modelDir, model, allowRemote, dtype }
 * in:  { id, texts: string[] }
 * out: { type: "ready", dimensions } | { type: "failed", message }
 *      { id, vectors: Float32Array (n × dimensions, row-major) } | { id, error }
 */
import { env, pipeline } from "@huggingface/transformers"
import { parentPort, workerData } from "node:worker_threads"

const { modelDir, model, allowRemote, dtype } = workerData
env.allowRemoteModels = allowRemote
env.allowLocalModels = true
if (modelDir) env.localModelPath = modelDir

const port = parentPort
let extractor
try {
  extractor = await pipeline("feature-extraction", model, {
    dtype,
    // One inference thread: on small machines more threads fight the service for cores.
    session_options: { intraOpNumThreads: 1, interOpNumThreads: 1 },
  })
  const probe = await extractor(["probe"], { pooling: "mean", normalize: true })
  port.postMessage({ type: "ready", dimensions: probe.dims[1] })
} catch (error) {
  port.postMessage({
    type: "failed",
    message: error instanceof Error ? error.message : String(error),
  })
}

port.on("message", async ({ id, texts }) => {
  try {
    const output = await extractor(texts, { pooling: "mean", normalize: true })
    const vectors = Float32Array.from(output.data)
    port.postMessage({ id, vectors }, [vectors.buffer])
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
