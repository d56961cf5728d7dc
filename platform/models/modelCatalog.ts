/** `aico models` as Effect functions: list, pull and remove, on AICO's configuration. */
import { Effect } from "effect"
import { readdir, rm, stat } from "node:fs/promises"
import { basename, join } from "node:path"
import type { Config } from "../../schemas/Config.js"
import { choose } from "../llm/LanguageModelLayer.js"
import { modelDirOf } from "../llm/llmConfig.js"
import { answers } from "../llm/OllamaLanguageModel.js"
import { downloadGguf } from "./downloadGguf.js"
import type { ModelEntry, OnProgress, Pulled } from "./Models.js"
import { ModelFileError, UnknownModel, type ModelsError } from "./ModelsError.js"
import { configuredGguf, targetOf, type Target } from "./modelTarget.js"
import { ollamaModels, sameModel } from "./ollamaModels.js"

const sizeOf = (path: string) =>
  Effect.promise(() =>
    stat(path).then(
      (s) => (s.isFile() ? s.size : null),
      () => null,
    ),
  )

const ggufFiles = (dir: string) =>
  Effect.promise(() =>
    readdir(dir).then(
      (names) => names.filter((n) => n.toLowerCase().endsWith(".gguf") && !n.startsWith(".")),
      () => [],
    ),
  )

/** The configured models (present or not), other GGUF files in the model directory, Ollama's. */
export const listModels = (config: Config): Effect.Effect<ReadonlyArray<ModelEntry>> =>
  Effect.gen(function* () {
    const active = yield* choose(config)
    const gguf = configuredGguf(config)
    const size = yield* sizeOf(gguf.path)
    const entries: Array<ModelEntry> = [
      {
        name: gguf.name,
        provider: "embedded",
        configured: true,
        active: active === "embedded",
        status: size === null ? "missing" : "present",
        sizeBytes: size,
        location: gguf.path,
      },
    ]
    const dir = modelDirOf(config)
    for (const file of yield* ggufFiles(dir)) {
      const path = join(dir, file)
      if (path === gguf.path) continue
      entries.push({
        name: file,
        provider: "embedded",
        configured: false,
        active: false,
        status: "present",
        sizeBytes: yield* sizeOf(path),
        location: path,
      })
    }
    const { host, model } = config.llm.ollama
    const served = yield* Effect.either(ollamaModels(host).list)
    const known = served._tag === "Right" ? served.right : []
    const mine = known.find((m) => sameModel(m.name, model))
    entries.push({
      name: model,
      provider: "ollama",
      configured: true,
      active: active === "ollama",
      status: served._tag === "Left" ? "unknown" : mine === undefined ? "missing" : "present",
      sizeBytes: mine?.size ?? null,
      location: served._tag === "Left" ? `Ollama at ${host} (not answering)` : `Ollama at ${host}`,
    })
    for (const other of known) {
      if (other === mine) continue
      entries.push({
        name: other.name,
        provider: "ollama",
        configured: false,
        active: false,
        status: "present",
        sizeBytes: other.size,
        location: `Ollama at ${host}`,
      })
    }
    return entries
  })

const pullTarget = (
  config: Config,
  target: Target,
  onProgress: OnProgress,
): Effect.Effect<Pulled, ModelsError> => {
  if (target._tag === "Ollama") {
    const { host } = config.llm.ollama
    return ollamaModels(host)
      .pull(target.name, onProgress)
      .pipe(
        Effect.as<Pulled>({
          name: target.name,
          provider: "ollama",
          location: `Ollama at ${host}`,
          sizeBytes: null,
        }),
      )
  }
  if (target.url === "") {
    return Effect.fail(
      new UnknownModel({
        name: target.name,
        hint: "no download URL is configured for it (llm.embedded.url); give its URL instead",
      }),
    )
  }
  return downloadGguf(target.url, target.path, onProgress).pipe(
    Effect.map((sizeBytes): Pulled => ({
      name: target.name,
      provider: "embedded",
      location: target.path,
      sizeBytes,
    })),
  )
}

/**
 * Pulls one model by name (see `targetOf`), or without a name the configured ones: the
 * embedded model unless the provider is ollama, and the Ollama model when Ollama is the
 * provider or (for auto) answers.
 */
export const pullModel = (
  config: Config,
  name: string | undefined,
  onProgress: OnProgress,
): Effect.Effect<ReadonlyArray<Pulled>, ModelsError> =>
  Effect.gen(function* () {
    if (name !== undefined) return [yield* pullTarget(config, targetOf(config, name), onProgress)]
    const { provider, ollama } = config.llm
    const targets: Array<Target> = []
    if (provider !== "ollama") targets.push(configuredGguf(config))
    if (provider === "ollama" || (yield* answers(ollama.host, ollama.probeTimeoutMs))) {
      targets.push({ _tag: "Ollama", name: ollama.model })
    }
    return yield* Effect.forEach(targets, (target) => pullTarget(config, target, onProgress))
  })

/** Removes a GGUF file from the model directory, or a model from Ollama. */
export const removeModel = (config: Config, name: string): Effect.Effect<void, ModelsError> => {
  const target = targetOf(config, name)
  if (target._tag === "Ollama") return ollamaModels(config.llm.ollama.host).remove(target.name)
  return Effect.gen(function* () {
    if ((yield* sizeOf(target.path)) === null) {
      return yield* new UnknownModel({
        name: basename(target.path),
        hint: `there is no such file in ${modelDirOf(config)}`,
      })
    }
    yield* Effect.tryPromise({
      try: () => rm(target.path),
      catch: (error) => new ModelFileError({ path: target.path, reason: String(error) }),
    })
  })
}
