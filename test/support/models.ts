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
