/**
 * Models for tests: the real all-MiniLM-L6-v2 that `npm run setup` puts in .cache/models,
 * and the small stand-ins in ../shared/models. Remote loading is always off.
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { projectRoot } from "../../platform/projectRoot.js"
import type { TransformersEmbedderOptions } from "../../platform/embedding/TransformersEmbedder.js"

export const projectModels = join(projectRoot, ".cache", "models")
/**
 * The shared small models: `AICO_SHARED_MODELS` when set, else `../shared/models` beside the
 * project, else the machine's `/work/shared/models` (a checkout elsewhere, e.g. a fresh
 * clone in a temporary directory, still finds them).
 */
export const sharedModels =
  [
    process.env["AICO_SHARED_MODELS"],
    join(projectRoot, "..", "shared", "models"),
    "/work/shared/models",
  ].find((dir): dir is string => dir !== undefined && dir !== "" && existsSync(dir)) ??
  join(projectRoot, "..", "shared", "models")

const required = (dir: string, model: string, hint: string) => {
  if (!existsSync(join(dir, model, "config.json"))) {
    throw new Error(`the model ${model} is missing from ${dir}: ${hint}`)
  }
}

/** all-MiniLM-L6-v2 (int8), 384 dimensions. */
export const miniLm = (): TransformersEmbedderOptions => {
  required(projectModels, "Xenova/all-MiniLM-L6-v2", "run `npm run setup` to fetch it")
  return {
    modelDir: projectModels,
    model: "Xenova/all-MiniLM-L6-v2",
    allowRemote: false,
    dtype: "q8",
  }
}

/** The GloVe stand-in, 100 dimensions: fast, weak. */
export const glove = (): TransformersEmbedderOptions => {
  required(
    sharedModels,
    "glove-100d-static",
    "the shared models folder is expected beside the project",
  )
  return { modelDir: sharedModels, model: "glove-100d-static", allowRemote: false, dtype: "q8" }
}

/**
 * Settings (as AICO_* variables) for a service that answers with the shared small models:
 * stories260K through the embedded provider (fast on two shared cores; it writes children's
 * stories, which is all these tests need of a reply), AFINN-165 for sentiment, and the
 * project's all-MiniLM-L6-v2 for embeddings, nothing downloaded.
 */
export const smallModelSettings = (replyTokens: number): Readonly<Record<string, string>> => ({
  AICO_EMBEDDING__MODEL_DIR: projectModels,
  AICO_EMBEDDING__ALLOW_REMOTE: "false",
  AICO_LLM__PROVIDER: "embedded",
  AICO_LLM__EMBEDDED__MODEL: join(sharedModels, "stories260K-gguf", "stories260K.gguf"),
  AICO_LLM__EMBEDDED__CONTEXT_SIZE: "512",
  AICO_LLM__EMBEDDED__THREADS: "1",
  AICO_LLM__EMBEDDED__CHAT_FORMAT: "general",
  AICO_LLM__MAX_REPLY_TOKENS: String(replyTokens),
  AICO_ANALYSIS__MODEL_DIR: sharedModels,
  AICO_ANALYSIS__SENTIMENT_MODEL: "afinn-165-sentiment",
  AICO_ANALYSIS__ALLOW_REMOTE: "false",
})
