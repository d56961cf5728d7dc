/**
 * One generation as the model actor runs it: defaults filled in, deltas handed on as they
 * come, an idle timeout between tokens, retries while nothing has been sent yet (after the
 * first delta the requester already holds part of a reply, so a retry would repeat it).
 * Never fails: every outcome is the message that ends the request.
 */
import { Effect, Schedule } from "effect"
import type { Service as LanguageModel } from "../../platform/llm/LanguageModel.js"
import { GenerationTimeout, type LlmError } from "../../platform/llm/LlmError.js"
import type { Message } from "../../runtime/message/MessageDefinition.js"
import type { Generate } from "../../schemas/messages/model.js"
import { failureCode } from "./failureCode.js"
import { GenerateFailed, Generated } from "./messages.js"
import type { ModelSettings } from "./ModelSettings.js"

const retryable = (error: LlmError) =>
  error._tag === "ModelUnavailable" || error._tag === "GenerationTimeout"

/**
 * Fails with `GenerationTimeout` once `idleMs` pass without a `touch()`: the idle timeout
 * between tokens, the first one included.
 */
const idleWatch = (idleMs: number) => {
  let touch = () => {}
  const expired = Effect.async<never, GenerationTimeout>((resume) => {
    const fire = () => resume(Effect.fail(new GenerationTimeout({ idleMs })))
    let timer = setTimeout(fire, idleMs)
    touch = () => {
      clearTimeout(timer)
      timer = setTimeout(fire, idleMs)
    }
    return Effect.sync(() => clearTimeout(timer))
  })
  return { expired, touch: () => touch() }
}

export const generate = (
  llm: LanguageModel,
  settings: ModelSettings,
  request: Generate,
  onDelta: (seq: number, text: string) => void,
): Effect.Effect<Message> => {
  let seq = 0
  let text = ""
  const once = Effect.suspend(() => {
    const idle = idleWatch(settings.timeoutMs)
    const generation = llm.generateWith(
      {
        messages: request.messages,
        maxTokens: request.maxTokens === 0 ? settings.maxReplyTokens : request.maxTokens,
        temperature: request.temperature < 0 ? settings.temperature : request.temperature,
      },
      (delta) => {
        idle.touch()
        onDelta(seq++, delta)
        text += delta
      },
    )
    return Effect.raceFirst(generation, idle.expired)
  })
  return once.pipe(
    Effect.retry({
      schedule: Schedule.exponential(settings.retryBaseMs).pipe(
        Schedule.intersect(Schedule.recurs(settings.retries)),
      ),
      while: (error) => seq === 0 && retryable(error),
    }),
    Effect.map((finished) =>
      Generated.make({
        requestId: request.requestId,
        text,
        promptTokens: finished.promptTokens,
        completionTokens: finished.completionTokens,
        firstTokenMs: finished.firstTokenMs,
        totalMs: finished.totalMs,
        provider: llm.provider,
        model: llm.model,
      }),
    ),
    Effect.catchAll((error) =>
      Effect.logWarning(`generation ${request.requestId} failed: ${error.message}`).pipe(
        Effect.as(
          GenerateFailed.make({
            requestId: request.requestId,
            code: failureCode(error),
            reason: error.message,
          }),
        ),
      ),
    ),
  )
}
