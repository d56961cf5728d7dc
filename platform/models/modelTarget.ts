/**
 * What a model name given to `aico models pull|rm` refers to: the configured GGUF file, a
 * GGUF URL to download into the model directory, another GGUF file there, or an Ollama
 * model. Pure, so the rules read in one place.
 */
import { basename, join } from "node:path"
import type { Config } from "../../schemas/Config.js"
import { embeddedModelPath, modelDirOf } from "../llm/llmConfig.js"

export interface GgufTarget {
  readonly _tag: "Gguf"
  readonly name: string
  readonly path: string
  /** "" when no download URL is known. */
  readonly url: string
}

export type Target = GgufTarget | { readonly _tag: "Ollama"; readonly name: string }

const isUrl = (name: string) => /^https?:\/\//.test(name)

/** The configured embedded model, downloaded from `llm.embedded.url` ("" when none is set). */
export const configuredGguf = (config: Config): GgufTarget => ({
  _tag: "Gguf",
  name: basename(config.llm.embedded.model),
  path: embeddedModelPath(config),
  url: config.llm.embedded.url,
})

export const targetOf = (config: Config, name: string): Target => {
  const configured = configuredGguf(config)
  if (name === config.llm.embedded.model || name === configured.name) return configured
  if (isUrl(name)) {
    const file = basename(new URL(name).pathname)
    return { _tag: "Gguf", name: file, path: join(modelDirOf(config), file), url: name }
  }
  if (name.toLowerCase().endsWith(".gguf")) {
    return {
      _tag: "Gguf",
      name: basename(name),
      path: join(modelDirOf(config), basename(name)),
      url: "",
    }
  }
  return { _tag: "Ollama", name }
}
