/**
 * Invoked work that is not repeated after a restart. XState restores an invoked promise or
 * callback from a snapshot by starting it again with its input, which would store a user
 * message twice or wait for a generation the restarted model knows nothing about. These
 * wrappers leave the input out of the persisted snapshot (so no message text is persisted
 * with it either); a restored instance has none and reports that it was interrupted, and
 * the turn ends with `reply_failed` instead of hanging or repeating itself.
 */
import { Effect } from "effect"
import {
  fromCallback,
  type AnyEventObject,
  type CallbackActorLogic,
  type PromiseSnapshot,
} from "xstate"
import type { Asker } from "../../runtime/actor/Asker.js"
import { fromEffect } from "../../runtime/actor/fromEffect.js"
import { InterruptedByRestart } from "./TurnFailed.js"

const withoutInput = <S extends { readonly input: unknown }>(snapshot: S): S => ({
  ...snapshot,
  input: undefined,
})

/** `fromEffect`, failing with `InterruptedByRestart` when restored instead of running again. */
export const restartSafeEffect = <A, I, E>(f: (input: I) => Effect.Effect<A, E, Asker>) => {
  const logic = fromEffect(
    (input: I | undefined): Effect.Effect<A, E | InterruptedByRestart, Asker> =>
      input === undefined ? Effect.fail(new InterruptedByRestart()) : f(input),
  )
  return {
    ...logic,
    getPersistedSnapshot: (snapshot: PromiseSnapshot<A, I | undefined>) => withoutInput(snapshot),
  }
}

/** Sent to the invoking machine when the no-progress timer of a generation runs out. */
export interface Silent {
  readonly type: "generation.silent"
}
/** Sent when the watch was restored from a snapshot: the generation it watched is gone. */
export interface Interrupted {
  readonly type: "generation.interrupted"
}

/**
 * Watches a generation: reports `generation.silent` when nothing arrived for `timeoutMs`
 * (every event it receives restarts the timer), or `generation.interrupted` at once when
 * restored after a restart.
 */
export const generationWatch: CallbackActorLogic<
  AnyEventObject,
  { readonly timeoutMs: number } | undefined
> = (() => {
  const logic = fromCallback<AnyEventObject, { readonly timeoutMs: number } | undefined>(
    ({ input, receive, sendBack }) => {
      if (input === undefined) {
        sendBack({ type: "generation.interrupted" } satisfies Interrupted)
        return
      }
      const silent = () => sendBack({ type: "generation.silent" } satisfies Silent)
      let timer = setTimeout(silent, input.timeoutMs)
      receive(() => {
        clearTimeout(timer)
        timer = setTimeout(silent, input.timeoutMs)
      })
      return () => clearTimeout(timer)
    },
  )
  return { ...logic, getPersistedSnapshot: withoutInput }
})()
