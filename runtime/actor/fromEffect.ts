/**
 * Invoked work as Effects. Like XState's `fromPromise`, whose AbortSignal fires when the
 * invoking actor stops or leaves the state, the Effect is interrupted then — and also when
 * the actor crashes, which XState alone does not do. The Effect may ask other actors
 * through `Asker`, as the actor that invoked it.
 */
import { Effect, Runtime } from "effect"
import { fromPromise, type AnyActorRef } from "xstate"
import { Asker, askerOf } from "./Asker.js"
import { hostOf } from "./ActorHost.js"

/** The address of the root actor an invoked child belongs to (the cell names roots by address). */
const rootId = (self: AnyActorRef): string => {
  let ref: AnyActorRef = self
  while (ref._parent !== undefined) ref = ref._parent
  return ref.id
}

const run = <R, A, E>(
  runtime: Runtime.Runtime<R> | undefined,
  effect: Effect.Effect<A, E, R | Asker>,
  self: AnyActorRef,
  signal: AbortSignal,
  withRuntime: (host: ReturnType<typeof hostOf>) => Runtime.Runtime<R>,
): Promise<A> => {
  const address = rootId(self)
  const host = hostOf(address)
  const messageId = host?.currentMessageId()
  const annotations = messageId === undefined ? { actor: address } : { actor: address, messageId }
  const abort = new AbortController()
  signal.addEventListener("abort", () => abort.abort(), { once: true })
  const untrack = host?.track(() => abort.abort()) ?? (() => {})
  return Runtime.runPromise(
    runtime ?? withRuntime(host),
    effect.pipe(
      Effect.provideService(Asker, askerOf(address, host)),
      Effect.annotateLogs(annotations),
    ),
    {
      signal: abort.signal,
    },
  ).finally(untrack)
}

/** Invoked logic that runs an Effect with the services `runtime` provides. */
export const fromEffectIn = <R, A, I, E>(
  runtime: Runtime.Runtime<R>,
  f: (input: I) => Effect.Effect<A, E, R | Asker>,
) =>
  fromPromise<A, I>(({ input, signal, self }) =>
    run(runtime, f(input), self, signal, () => runtime),
  )

/**
 * Invoked logic that runs a self-contained Effect on the node's runtime (its logger and
 * configuration), its log lines naming the actor and the message that started it.
 */
export const fromEffect = <A, I, E>(f: (input: I) => Effect.Effect<A, E, Asker>) =>
  fromPromise<A, I>(({ input, signal, self }) =>
    run<never, A, E>(
      undefined,
      f(input),
      self,
      signal,
      (host) => host?.runtime ?? Runtime.defaultRuntime,
    ),
  )

/**
 * Invoked work whose failure is not the machine's to handle (a record written on the side):
 * the failure is logged as an error, with the actor and message, and the work ends quietly.
 */
export const fromEffectLogged = <R, I, E extends { readonly message: string }>(
  runtime: Runtime.Runtime<R>,
  f: (input: I) => Effect.Effect<unknown, E, R | Asker>,
) =>
  fromEffectIn(runtime, (input: I) =>
    f(input).pipe(
      Effect.asVoid,
      Effect.catchAll((error) => Effect.logError(error.message)),
    ),
  )
