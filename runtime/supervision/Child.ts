/**
 * What a supervisor supervises: an actor cell or another supervisor. Children report how
 * they ended through their exit listener; the supervisor decides what happens next.
 */
import type { Effect } from "effect"
import type { ActorInfo } from "../../schemas/Introspection.js"

export type ChildExit =
  { readonly _tag: "Normal" } | { readonly _tag: "Crashed"; readonly error: unknown }

export interface Child {
  readonly address: string
  readonly kind: "actor" | "supervisor"
  /** Starts the child, or starts it again after it ended (resuming from its snapshot). */
  readonly start: Effect.Effect<void, unknown>
  /** Stops the child in order; the supervisor bounds it with the child's shutdown timeout. */
  readonly stop: Effect.Effect<void>
  /** Stops the child at once, when `stop` overran its timeout. */
  readonly kill: Effect.Effect<void>
  /** Processes what is queued (graceful shutdown), for at most `timeoutMs`. */
  readonly drain: (timeoutMs: number) => Effect.Effect<void>
  onExit(listener: (exit: ChildExit) => void): void
  /** This child and, for a supervisor, everything under it. */
  info(parent: string | null): ReadonlyArray<ActorInfo>
}

export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error)
