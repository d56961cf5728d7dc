/** The loaded configuration as a service, so layers and programs ask for it instead of loading it. */
import { Context, Layer } from "effect"
import type { Config } from "../schemas/Config.js"
import type { ConfigError } from "./ConfigError.js"
import { load, type LoadOptions } from "./load.js"

export class AppConfig extends Context.Tag("aico/AppConfig")<AppConfig, Config>() {
  /** Loads with `options` (environment, user file, overrides) when the layer is built. */
  static readonly layerFrom = (options: LoadOptions): Layer.Layer<AppConfig, ConfigError> =>
    Layer.effect(AppConfig, load(options))

  /** Loads from `process.env` and the usual files. */
  static readonly layer: Layer.Layer<AppConfig, ConfigError> = Layer.effect(this, load())
}

export const layerFrom = AppConfig.layerFrom
export const layer = AppConfig.layer
