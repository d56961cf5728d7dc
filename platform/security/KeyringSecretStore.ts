/**
 * The OS secret store through `@napi-rs/keyring` (keyring-rs): on Linux the Secret Service
 * over the D-Bus session bus, pinned to it so that a missing bus fails loudly instead of
 * falling back to the kernel keyring, which forgets everything at reboot.
 */
import { AsyncEntry, type EntryOptions } from "@napi-rs/keyring"
import { Duration, Effect, Layer, Option, Redacted } from "effect"
import { SERVICE_NAME, SecretStore, checkAccount } from "./SecretStore.js"
import { SecretStoreFailed, SecretStoreUnavailable } from "./SecretStoreError.js"

const entryOptions: EntryOptions = { linux: { store: "secret-service" } }

/** A locked keyring may wait on an unlock prompt no one will answer on a server. */
const ANSWER_TIMEOUT = Duration.seconds(10)

const reasonOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause))

// keyring-rs reports a missing bus as a D-Bus platform failure and a missing or locked
// collection as NoStorageAccess ("Couldn't access platform storage").
const unavailable = (reason: string) =>
  /dbus|d-bus|couldn't access platform storage|no storage access|locked/i.test(reason)

const call = <A>(
  operation: "get" | "set" | "delete",
  account: string,
  run: (entry: AsyncEntry, signal: AbortSignal) => Promise<A>,
): Effect.Effect<A, SecretStoreUnavailable | SecretStoreFailed> =>
  Effect.tryPromise({
    try: (signal) => run(new AsyncEntry(SERVICE_NAME, account, entryOptions), signal),
    catch: (cause) => {
      const reason = reasonOf(cause)
      return unavailable(reason)
        ? new SecretStoreUnavailable({ reason })
        : new SecretStoreFailed({ operation, account, reason })
    },
  }).pipe(
    Effect.timeoutFail({
      duration: ANSWER_TIMEOUT,
      onTimeout: () =>
        new SecretStoreUnavailable({
          reason: `the secret store did not answer within ${Duration.format(ANSWER_TIMEOUT)} (locked, waiting on a prompt?)`,
        }),
    }),
  )

/** The OS secret store, checked once: fails with `SecretStoreUnavailable` if there is none. */
export const make: Effect.Effect<SecretStore.Service, SecretStoreUnavailable | SecretStoreFailed> =
  Effect.gen(function* () {
    yield* call("get", "availability-probe", (entry, signal) => entry.getSecret(signal))
    const service: SecretStore.Service = {
      name: "secret-service",
      get: (account) =>
        checkAccount(account).pipe(
          Effect.zipRight(call("get", account, (entry, signal) => entry.getSecret(signal))),
          Effect.map((secret) =>
            Option.fromNullable(secret).pipe(
              Option.map((bytes) => Redacted.make(Uint8Array.from(bytes))),
            ),
          ),
        ),
      set: (account, secret) =>
        checkAccount(account).pipe(
          Effect.zipRight(
            call("set", account, (entry, signal) =>
              entry.setSecret(Redacted.value(secret), signal),
            ),
          ),
        ),
      delete: (account) =>
        checkAccount(account).pipe(
          Effect.zipRight(
            call("delete", account, (entry, signal) => entry.deleteCredential(signal)),
          ),
        ),
    }
    return service
  })

export const layer = Layer.effect(SecretStore, make)
