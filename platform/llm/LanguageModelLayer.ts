/**
 * The language model AICO's configuration asks for: `llm.provider` ollama or embedded, or
 * auto — Ollama when it answers at `llm.ollama.host` when the service starts, else the
 * embedded model.
 */
import { Effect, Layer } from "effect"
import type { Config } from "../../schemas/Config.js"
import * as Embedded from "./EmbeddedLanguageModel.js"
import { embeddedOptions, ollamaOptions } from "./llmConfig.js"
import * as Ollama from "./OllamaLanguageModel.js"

export type Chosen = "ollama" | "embedded"

/** Which provider serves: decided once, at start. */
export const choose = (config: Config): Effect.Effect<Chosen> => {
  if (config.llm.provider !== "auto") return Effect.succeed(config.llm.provider)
  const { host, probeTimeoutMs } = config.llm.ollama
  return Ollama.answers(host, probeTimeoutMs).pipe(
    Effect.map((up): Chosen => (up ? "ollama" : "embedded")),
  )
}

export const layerFromConfig = (config: Config) =>
  Layer.unwrapEffect(
    Effect.gen(function* () {
      const chosen = yield* choose(config)
      yield* Effect.logInfo(
        chosen === "ollama"
          ? `language model: ${config.llm.ollama.model} on Ollama at ${config.llm.ollama.host}`
          : `language model: ${config.llm.embedded.model} (embedded)` +
              (config.llm.provider === "auto" ? `; no Ollama at ${config.llm.ollama.host}` : ""),
      )
      return chosen === "ollama"
        ? Ollama.layer(ollamaOptions(config))
        : Embedded.layer(embeddedOptions(config))
    }),
  )
