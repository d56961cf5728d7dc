/**
 * AICO's configuration, loaded from `config/default.yaml`, the user file
 * (`$AICO_CONFIG`, else `$XDG_CONFIG_HOME/aico/config.yaml`, else
 * `~/.config/aico/config.yaml`) and `AICO_*` environment variables, in that order of
 * precedence from lowest to highest.
 */
import type { Option } from "effect"
import type { Config } from "../schemas/Config.js"
import { parseKeyPath, valueAt } from "./keyPath.js"

export { AppConfig, layer, layerFrom } from "./AppConfig.js"
export { ConfigError, formatIssue, type ConfigIssue, type ConfigIssues } from "./ConfigError.js"
export { camelCase, keyPathOf, reservedNames } from "./envSource.js"
export {
  defaultFile,
  expandHome,
  load,
  userFileLocation,
  type Env,
  type LoadOptions,
  type UserFileLocation,
} from "./load.js"

/** The value at a dotted path (`introspection.port`, `bus.peers.0.id`; "" is everything). */
export const configGet = (config: Config, dottedPath: string): Option.Option<unknown> =>
  valueAt(config, parseKeyPath(dottedPath))
