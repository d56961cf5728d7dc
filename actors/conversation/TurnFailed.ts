/**
 * Why a turn ended without a reply, as the client is told it (`conversation.reply_failed`):
 * a code programs can act on and a reason people can read.
 */
import { Cause, Data, Runtime } from "effect"
import type { ReplyFailureCode } from "../../schemas/messages/conversation.js"
import type { FailureCode } from "../../schemas/messages/model.js"

export class TurnFailed extends Data.TaggedError("TurnFailed")<{
  readonly code: ReplyFailureCode
  readonly reason: string
}> {
  override get message() {
    return this.reason
  }
}

/** Invoked work that was in flight when the engine stopped is not repeated after a restart. */
export class InterruptedByRestart extends Data.TaggedError("InterruptedByRestart") {
  override get message() {
    return "the conversation engine restarted while this request was in flight"
  }
}

/** What an invoked Effect failed with: its promise rejects with a FiberFailure around it. */
const unwrapped = (error: unknown): unknown =>
  Runtime.isFiberFailure(error) ? Cause.squash(error[Runtime.FiberFailureCauseId]) : error

/** The code and reason for whatever an invoked step failed with. */
export const failureOf = (rejected: unknown): { code: ReplyFailureCode; reason: string } => {
  const error = unwrapped(rejected)
  return error instanceof TurnFailed
    ? { code: error.code, reason: error.reason }
    : error instanceof InterruptedByRestart
      ? { code: "internal", reason: error.message }
      : { code: "internal", reason: error instanceof Error ? error.message : String(error) }
}

/** A model failure as the client sees it. */
export const replyCodeOf = (code: FailureCode): ReplyFailureCode => {
  switch (code) {
    case "busy":
      return "busy"
    case "unavailable":
      return "model_unavailable"
    case "model_missing":
      return "model_missing"
    case "timeout":
      return "timeout"
    case "cancelled":
      return "cancelled"
    case "context_too_long":
      return "invalid"
    case "internal":
      return "internal"
  }
}
