/** How the model actor serves: the `llm.*` settings it applies to every request. */
import type { Config } from "../../schemas/Config.js"

export interface ModelSettings {
  /** Used when a request says 0. */
  readonly maxReplyTokens: number
  /** Used when a request says -1. */
  readonly temperature: number
  /** A generation with no new token for this long fails as timeout (and may be retried). */
  readonly timeoutMs: number
  /** Retries of a generation that failed before its first token (unavailable or timeout). */
  readonly retries: number
  readonly retryBaseMs: number
  /** Requests waiting; past this a request is refused as busy. */
  readonly queueCapacity: number
  /** Generations running at the same time. */
  readonly concurrency: number
}

export const settingsFromConfig = (config: Config): ModelSettings => ({
  maxReplyTokens: config.llm.maxReplyTokens,
  temperature: config.llm.temperature,
  timeoutMs: config.llm.timeoutMs,
  retries: config.llm.retries,
  retryBaseMs: 500,
  queueCapacity: config.llm.queueCapacity,
  concurrency: config.llm.concurrency,
})
