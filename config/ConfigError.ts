/**
 * Why a configuration could not be loaded. Each issue names where the bad value came from
 * (the default file, the user file, an `AICO_*` variable, or programmatic overrides), the
 * dotted path of the key, and what was expected, so the fix is obvious from the message.
 */
import { Data } from "effect"

/** One problem in one source. `path` is "" when the whole source is at fault (unreadable, bad YAML). */
export interface ConfigIssue {
  /** e.g. `user file /home/me/.config/aico/config.yaml` or `AICO_INTROSPECTION__PORT`. */
  readonly source: string
  /** Dotted key path, e.g. `introspection.port`. */
  readonly path: string
  /** What is wrong, e.g. `expected an integer between 0 and 65535, got "abc"`. */
  readonly problem: string
  /** 1-based line, for YAML syntax errors. */
  readonly line?: number
}

export type ConfigIssues = readonly [ConfigIssue, ...Array<ConfigIssue>]

export class ConfigError extends Data.TaggedError("ConfigError")<{
  readonly message: string
  readonly issues: ConfigIssues
}> {
  static fromIssues(issues: ConfigIssues): ConfigError {
    return new ConfigError({ message: issues.map(formatIssue).join("\n"), issues })
  }

  static single(issue: ConfigIssue): ConfigError {
    return ConfigError.fromIssues([issue])
  }
}

/** `config: introspection.port (from AICO_INTROSPECTION__PORT): expected …, got "abc"` */
export const formatIssue = (issue: ConfigIssue): string =>
  issue.path === ""
    ? `config: ${issue.source}: ${issue.problem}`
    : `config: ${issue.path} (from ${issue.source}): ${issue.problem}`
