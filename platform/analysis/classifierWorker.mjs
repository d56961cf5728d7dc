/**
 * The text-analysis worker: a sentiment and (optionally) an emotion text-classification
 * pipeline, answering one text at a time off the service's event loop (the protocol is
 * `../embedding/pipelineWorker.mjs`'s).
 *
 * workerData: { modelDir, allowRemote, dtype, sentimentModel, emotionModel ("" = none) }
 * in:  { id, text }
 * out: { type: "ready", sentimentLabels: string[] }
 *      { id, sentiment: { label, score }, emotion: { label, score } | null }
 */
import { pipeline } from "@huggingface/transformers"
import { servePipeline, sessionOptions } from "../embedding/pipelineWorker.mjs"

const classifier = (model, dtype) =>
  pipeline("text-classification", model, { dtype, session_options: sessionOptions })

const top = async (classify, text) => {
  const [best] = await classify(text)
  return { label: best.label, score: best.score }
}

await servePipeline(
  async ({ sentimentModel, emotionModel, dtype }) => {
    const sentiment = await classifier(sentimentModel, dtype)
    const emotion = emotionModel ? await classifier(emotionModel, dtype) : null
    const sentimentLabels = Object.values(sentiment.model.config.id2label ?? {})
    return { info: { sentimentLabels }, state: { sentiment, emotion } }
  },
  async ({ sentiment, emotion }, { text }) => ({
    reply: {
      sentiment: await top(sentiment, text),
      emotion: emotion === null ? null : await top(emotion, text),
    },
  }),
)
