/**
 * Releases that give up waiting. A benchmark must end even when the code under test does
 * not shut down: the resource gets its own scope, closed in the background, and we wait
 * at most `ms` for it (then say so on stderr; process exit reclaims the rest).
 */
import { Effect, Exit, Option, Scope } from "effect"

export const closeWithin = (scope: Scope.CloseableScope, ms: number, what: string) =>
  Scope.close(scope, Exit.void).pipe(
    Effect.disconnect,
    // Releases run uninterruptibly: the wait itself must be interruptible to time out.
    Effect.interruptible,
    Effect.timeoutOption(ms),
    Effect.tap((closed) =>
      Option.isNone(closed)
        ? Effect.sync(() => console.error(`bench: ${what} did not shut down within ${ms} ms`))
        : Effect.void,
    ),
  )

/** Runs `acquire` in a scope of its own, released with the enclosing scope within `ms`. */
export const boundedScoped = <A, E, R>(
  acquire: Effect.Effect<A, E, R>,
  ms: number,
  what: string,
): Effect.Effect<A, E, Exclude<R, Scope.Scope> | Scope.Scope> =>
  Effect.acquireRelease(Scope.make(), (scope) => closeWithin(scope, ms, what)).pipe(
    Effect.flatMap((scope) => Scope.extend(acquire, scope)),
  )
