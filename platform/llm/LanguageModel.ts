/**
 * A language model AICO chats with: Ollama or the embedded GGUF model. Generation is a
 * stream of text deltas that ends with one `Finished` carrying usage and timing — or, on
 * the model actor's hot path, the same with each delta handed to a callback
 * (`generateWith`): an Effect stream costs about a millisecond to start and another to
 * pass its first element on, which is most of what a reply's first words may wait.
 * Each provider implements one form natively and derives the other (`streamFrom`,
 * `callbacksFrom`).
 */
import { Context, Effect, Option, Stream } from "effect"
import { type LlmError, ModelUnavailable } from "./LlmError.js"

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
  /**
   * The same generation, each delta's text handed to `onDelta` as it arrives; ends with
   * the usage. Interrupting it cancels the generation at the provider.
   */
  readonly generateWith: (
    request: GenerateRequest,
    onDelta: (text: string) => void,
  ) => Effect.Effect<Finished, LlmError>
}

/** The stream form of a generation, from its callback form. */
export const streamFrom =
  (generateWith: Service["generateWith"]): Service["generate"] =>
  (request) =>
    Stream.asyncPush<GenerationEvent, LlmError>((emit) =>
      // Forked in the stream's scope: a consumer that stops listening interrupts it.
      Effect.forkScoped(
        generateWith(request, (text) => void emit.single({ _tag: "Delta", text })).pipe(
          Effect.match({
            onFailure: (error) => void emit.fail(error),
            onSuccess: (finished) => {
              emit.single(finished)
              emit.end()
            },
          }),
        ),
      ),
    )

/** The callback form of a generation, from its stream form. */
export const callbacksFrom =
  (generate: Service["generate"], provider: string): Service["generateWith"] =>
  (request, onDelta) =>
    generate(request).pipe(
      Stream.runFoldEffect(Option.none<Finished>(), (finished, event) =>
        Effect.sync(() => {
          if (event._tag === "Finished") return Option.some(event)
          onDelta(event.text)
          return finished
        }),
      ),
      Effect.flatMap(
        Option.match({
          onNone: () =>
            Effect.fail(
              new ModelUnavailable({ provider, reason: "the stream ended without its usage" }),
            ),
          onSome: Effect.succeed,
        }),
      ),
    )

export class LanguageModel extends Context.Tag("aico/LanguageModel")<LanguageModel, Service>() {}
