/**
 * The `conversation` suite: what a turn costs beyond the model itself (frame in to first
 * delta out, minus the model's own time to first token, recall off), how fast the embedded
 * model decodes, and the per-message latency of classification and embedding.
 */
import {
  measureClassifyMsP50,
  measureEmbedMsP50,
  measureLlmTokensPerS,
} from "./conversation/modelFigures.js"
import { turnOverhead } from "./conversation/turnOverhead.js"
import { round } from "./support/stats.js"

export const run = async (): Promise<Record<string, number>> => {
  const overhead = await turnOverhead({ turns: 40, warmup: 5 })
  const tokensPerS = await measureLlmTokensPerS()
  const classify = await measureClassifyMsP50()
  const embed = await measureEmbedMsP50()
  return {
    turn_overhead_p95_ms: overhead.turn_overhead_p95_ms,
    llm_tokens_per_s: round(tokensPerS, 1),
    classify_ms_p50: round(classify, 3),
    embed_ms_p50: round(embed, 3),
  }
}
