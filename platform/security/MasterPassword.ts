/**
 * The master password: it sets up and unlocks the master key. The master key is random;
 * `<dataDir>/security/master.json` (mode 0600) holds it sealed under a key that Argon2id
 * derives from the password, with the Argon2id costs, the salt and a key-check value. The
 * password is never stored, nor the key in the clear. `masterKeyFile.ts` is the
 * implementation.
 */
import { join } from "node:path"
import { Context, Layer, type Effect, type Redacted } from "effect"
import type { KdfParams } from "./KdfParams.js"
import type { MasterKey } from "./MasterKey.js"
import type {
  MasterKeyAlreadySetUp,
  MasterKeyError,
  MasterKeyNotSetUp,
  MasterKeyRecordInvalid,
  PasswordRejected,
  WrongPassword,
} from "./MasterKeyError.js"
import { make } from "./masterKeyFile.js"
import type { KeyDerivationFailed } from "./argon2id.js"
import type { PrivateFileInsecure, PrivateFileIoError } from "./privateFile.js"

type FileError = PrivateFileInsecure | PrivateFileIoError

export declare namespace MasterPassword {
  export type Costs = Pick<KdfParams, "memoryCostKiB" | "timeCost" | "parallelism">

  export interface Options {
    /** The record's path, normally `<dataDir>/security/master.json`. */
    readonly file: string
    /** Argon2id costs for new keys; `productionKdfParams` unless a test needs speed. */
    readonly costs?: Costs
  }

  export interface Service {
    readonly file: string
    /** Whether a master key has been set up. */
    readonly isSetUp: () => Effect.Effect<boolean, FileError>
    /** Derives a new master key from a fresh salt and records how; refuses if one exists. */
    readonly setup: (
      password: Redacted.Redacted<string>,
    ) => Effect.Effect<
      MasterKey,
      MasterKeyAlreadySetUp | PasswordRejected | KeyDerivationFailed | FileError
    >
    /** Re-derives the master key; fails with `WrongPassword` unless the key check matches. */
    readonly unlock: (
      password: Redacted.Redacted<string>,
    ) => Effect.Effect<
      MasterKey,
      MasterKeyNotSetUp | MasterKeyRecordInvalid | WrongPassword | KeyDerivationFailed | FileError
    >
    /**
     * Replaces the password: the master key is re-sealed under the new password's key (with
     * a fresh salt and current costs). The master key itself does not change, so every store
     * sealed with keys derived from it stays readable; `previous` and `current` are equal.
     */
    readonly changePassword: (
      oldPassword: Redacted.Redacted<string>,
      newPassword: Redacted.Redacted<string>,
    ) => Effect.Effect<
      { readonly previous: MasterKey; readonly current: MasterKey },
      MasterKeyError
    >
    /**
     * Makes `key` the master key: sealed under `password`'s key (which must unlock the
     * current record) with a fresh salt. Only for a key rotation, once everything sealed
     * under the previous key has been re-sealed under `key`.
     */
    readonly replaceKey: (
      password: Redacted.Redacted<string>,
      key: MasterKey,
    ) => Effect.Effect<void, MasterKeyError>
  }
}

export class MasterPassword extends Context.Tag("aico/MasterPassword")<
  MasterPassword,
  MasterPassword.Service
>() {}

/** The record's place under AICO's data directory. */
export const recordFile = (dataDir: string) => join(dataDir, "security", "master.json")

export const layer = (options: MasterPassword.Options) =>
  Layer.succeed(MasterPassword, make(options))
