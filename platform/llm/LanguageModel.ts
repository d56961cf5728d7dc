/**
 * A language model AICO chats with: Ollama or the embedded GGUF model. Generation is a
 * stream of text deltas that ends with one `Finished` carrying usage and timing.
 */
import { Context, type Effect, type Stream } from "effect"
import type { LlmError } from "./LlmError.js"

export interface ChatMessage {
  readonly role: "system" | "user" | "assistant"
  readonly content: string
}

export interface GenerateRequest {
  readonly messages: ReadonlyArray<ChatMessage>
  readonly maxTokens: number
  /** 0 is greedy: the same prompt gives the same reply. */
  readonly temperature: number
}

export interface Delta {
  readonly _tag: "Delta"
  readonly text: string
}

export interface Finished {
  readonly _tag: "Finished"
  readonly promptTokens: number
  readonly completionTokens: number
  /** Measured by the provider from the start of the request. */
  readonly firstTokenMs: number
  readonly totalMs: number
}

export type GenerationEvent = Delta | Finished

export interface Service {
  /** "ollama" or "embedded". */
  readonly provider: string
  readonly model: string
  /** The context window in tokens (loading the model if it has to). */
  readonly contextSize: Effect.Effect<number, LlmError>
  /** Tokens per text for this model. */
  readonly countTokens: (
    texts: ReadonlyArray<string>,
  ) => Effect.Effect<ReadonlyArray<number>, LlmError>
  /** Interrupting the stream's consumer cancels the generation at the provider. */
  readonly generate: (request: GenerateRequest) => Stream.Stream<GenerationEvent, LlmError>
}

export class LanguageModel extends Context.Tag("aico/LanguageModel")<LanguageModel, Service>() {}
