/**
 * Invoked work as Effects. Like XState's `fromPromise`, whose AbortSignal fires when the
 * invoking actor stops or leaves the state: here that signal interrupts the Effect.
 */
import { Effect, Runtime } from "effect"
import { fromPromise, type AnyActorRef } from "xstate"

/** The address of the root actor an invoked child belongs to (the cell names roots by address). */
const rootId = (self: AnyActorRef): string => {
  let ref: AnyActorRef = self
  while (ref._parent !== undefined) ref = ref._parent
  return ref.id
}

/** Invoked logic that runs an Effect with the services `runtime` provides. */
export const fromEffectIn = <R, A, I, E>(
  runtime: Runtime.Runtime<R>,
  f: (input: I) => Effect.Effect<A, E, R>,
) =>
  fromPromise<A, I>(({ input, signal, self }) =>
    Runtime.runPromise(runtime, f(input).pipe(Effect.annotateLogs({ actor: rootId(self) })), {
      signal,
    }),
  )

/** Invoked logic that runs a self-contained Effect. */
export const fromEffect = <A, I, E>(f: (input: I) => Effect.Effect<A, E>) =>
  fromEffectIn(Runtime.defaultRuntime, f)
