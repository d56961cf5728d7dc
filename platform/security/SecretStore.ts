/**
 * Where the master key waits between restarts so AICO can start without its password.
 * `KeyringSecretStore.ts` keeps it in the OS secret store (Secret Service on Linux, Keychain,
 * Credential Manager); `KeyFileSecretStore.ts` is the explicit fallback, a 0600 file.
 */
import { Context, Effect, type Option, type Redacted } from "effect"
import { SecretAccountInvalid, type SecretStoreError } from "./SecretStoreError.js"

/** The service name AICO's secrets are filed under. */
export const SERVICE_NAME = "aico"

/** The account the master key is kept under. */
export const MASTER_KEY_ACCOUNT = "master-key"

export declare namespace SecretStore {
  export interface Service {
    /** Which store this is, for logs and messages ("secret-service", "key-file …"). */
    readonly name: string
    /** The secret kept for `account`, or none. */
    readonly get: (
      account: string,
    ) => Effect.Effect<Option.Option<Redacted.Redacted<Uint8Array>>, SecretStoreError>
    /** Keeps `secret` for `account`, replacing any previous one. */
    readonly set: (
      account: string,
      secret: Redacted.Redacted<Uint8Array>,
    ) => Effect.Effect<void, SecretStoreError>
    /** Forgets the secret; resolves with whether there was one. */
    readonly delete: (account: string) => Effect.Effect<boolean, SecretStoreError>
  }
}

export class SecretStore extends Context.Tag("aico/SecretStore")<
  SecretStore,
  SecretStore.Service
>() {}

const ACCOUNT = /^[a-z0-9][a-z0-9._-]{0,63}$/

/** Every store accepts the same account names, so a secret can move between them. */
export const checkAccount = (account: string): Effect.Effect<string, SecretAccountInvalid> =>
  ACCOUNT.test(account)
    ? Effect.succeed(account)
    : Effect.fail(new SecretAccountInvalid({ account }))
