/**
 * What passes between the engine (`engine.machine.ts`) and each conversation's machine
 * (`conversation.machine.ts`): requests and model messages routed down, outgoing messages
 * and progress reported up.
 */
import type { Outgoing } from "../../runtime/actor/Outgoing.js"
import type * as Model from "../../schemas/messages/model.js"
import type { ContextSummary } from "./steps/gather.js"

/** A send or a regenerate, as a conversation queues it. */
export interface TurnRequest {
  readonly kind: "send" | "regenerate"
  readonly requestId: string
  /** As the request gave it: "" when it named nobody. */
  readonly userId: string
  /** The new message ("" for a regenerate). */
  readonly text: string
}

/** The phases a conversation goes through, as introspection shows them. */
export type Phase = "idle" | "recalling" | "generating" | "storing"

/** The model's timing of the last generation, for the overhead benchmark. */
export interface GenerationTiming {
  readonly firstTokenMs: number
  readonly totalMs: number
}

// ------------------------------------------------------------- engine → conversation

export type ToConversation =
  | { readonly type: "turn.request"; readonly request: TurnRequest }
  | { readonly type: "turn.stop"; readonly requestId: string }
  | { readonly type: "model.delta"; readonly payload: Model.Delta }
  | { readonly type: "model.generated"; readonly payload: Model.Generated }
  | { readonly type: "model.failed"; readonly payload: Model.GenerateFailed }
  /** The model actor was restarted or stopped: what it was generating is lost. */
  | { readonly type: "model.down"; readonly reason: string }

// ------------------------------------------------------------- conversation → engine

export type FromConversation =
  | { readonly type: "conversation.out"; readonly outgoing: Outgoing }
  | { readonly type: "conversation.phase"; readonly conversationId: string; readonly phase: Phase }
  | {
      readonly type: "conversation.assembled"
      readonly conversationId: string
      readonly summary: ContextSummary
    }
  | {
      readonly type: "conversation.generated"
      readonly conversationId: string
      readonly timing: GenerationTiming
    }
  | {
      readonly type: "conversation.finished"
      readonly conversationId: string
      readonly requestId: string
    }

/** A conversation's child actor id in the engine. */
export const conversationChildId = (conversationId: string) => `conversation:${conversationId}`
export const conversationChildPrefix = "conversation:"

/** The model request id of a generation: routable back to its conversation by its prefix. */
export const modelRequestId = (conversationId: string, generation: string) =>
  `${conversationId}/${generation}`

export const conversationOfModelRequest = (requestId: string) => requestId.split("/")[0] ?? ""
