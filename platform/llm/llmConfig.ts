/** Where the configured models live and how each provider is set up, from AICO's configuration. */
import { isAbsolute, join } from "node:path"
import type { Config } from "../../schemas/Config.js"
import type { EmbeddedOptions } from "./EmbeddedLanguageModel.js"
import type { OllamaOptions } from "./OllamaLanguageModel.js"

/** `llm.modelDir`, "" being `<node.dataDir>/models`. */
export const modelDirOf = (config: Config) =>
  config.llm.modelDir === "" ? join(config.node.dataDir, "models") : config.llm.modelDir

/** The embedded GGUF file: an absolute `llm.embedded.model`, or a name in the model directory. */
export const embeddedModelPath = (config: Config) =>
  isAbsolute(config.llm.embedded.model)
    ? config.llm.embedded.model
    : join(modelDirOf(config), config.llm.embedded.model)

export const embeddedOptions = (config: Config): EmbeddedOptions => ({
  model: config.llm.embedded.model,
  modelPath: embeddedModelPath(config),
  contextSize: config.llm.embedded.contextSize,
  threads: config.llm.embedded.threads,
  gpu: config.llm.embedded.gpu,
  chatFormat: config.llm.embedded.chatFormat,
  sequences: config.llm.concurrency,
})

export const ollamaOptions = (config: Config): OllamaOptions => ({
  host: config.llm.ollama.host,
  model: config.llm.ollama.model,
  keepAlive: config.llm.ollama.keepAlive,
  contextSize: config.llm.ollama.contextSize,
})
