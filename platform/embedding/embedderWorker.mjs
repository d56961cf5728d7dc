/**
 * The embedding worker: a transformers.js feature-extraction pipeline answering batches of
 * texts with mean-pooled, normalised vectors, so tokenising and inference never block the
 * service's event loop (the protocol is `pipelineWorker.mjs`'s).
 *
 * workerData: { modelDir, model, allowRemote, dtype }
 * in:  { id, texts: string[] }
 * out: { type: "ready", dimensions } | { id, vectors: Float32Array (n × dimensions, row-major) }
 */
import { pipeline } from "@huggingface/transformers"
import { servePipeline, sessionOptions } from "./pipelineWorker.mjs"

const embed = (extractor, texts) => extractor(texts, { pooling: "mean", normalize: true })

await servePipeline(
  async ({ model, dtype }) => {
    const extractor = await pipeline("feature-extraction", model, {
      dtype,
      session_options: sessionOptions,
    })
    const probe = await embed(extractor, ["probe"])
    return { info: { dimensions: probe.dims[1] }, state: extractor }
  },
  async (extractor, { texts }) => {
    const vectors = Float32Array.from((await embed(extractor, texts)).data)
    return { reply: { vectors }, transfer: [vectors.buffer] }
  },
)
