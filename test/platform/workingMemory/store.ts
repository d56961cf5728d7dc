/** Opening the LMDB working memory in a test's scope, or in a scope the test closes itself. */
import { Context, Effect, Exit, Layer, Scope } from "effect"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import * as LmdbWorkingMemory from "../../../platform/workingMemory/LmdbWorkingMemory.js"
import { WorkingMemory } from "../../../platform/workingMemory/WorkingMemory.js"

export const defaults = { ttlMs: 60 * 60 * 1000, compactionIntervalMs: 60 * 60 * 1000 }

/** The suites that hold for both kinds of store run on each: spread `keyed` into the options. */
export const modes: ReadonlyArray<{
  readonly name: string
  readonly keyed: { readonly key?: SecretKey.SecretKey }
}> = [
  { name: "plain", keyed: {} },
  { name: "sealed", keyed: { key: SecretKey.random() } },
]

type Options = Partial<LmdbWorkingMemory.LmdbWorkingMemoryOptions> & { readonly path: string }

/** The store for the enclosing scope's lifetime. */
export const openStore = (options: Options) =>
  Layer.build(LmdbWorkingMemory.layer({ ...defaults, ...options })).pipe(
    Effect.map((context) => Context.get(context, WorkingMemory)),
  )

/** Opens the store, runs `use`, and closes it again (as a restart would). */
export const withStore = <A, E>(
  options: Options,
  use: (store: WorkingMemory.Service) => Effect.Effect<A, E>,
) => Effect.scoped(Effect.flatMap(openStore(options), use))

/** A store and the means to close it before the test's scope ends. */
export const openClosable = (options: Options) =>
  Effect.gen(function* () {
    const scope = yield* Scope.make()
    const store = yield* openStore(options).pipe(Scope.extend(scope))
    return { store, close: Scope.close(scope, Exit.void) }
  })
