/** Why a secret could not be kept or fetched, each failure as data with a readable message. */
import { Data } from "effect"
import type { PrivateFileInsecure, PrivateFileIoError } from "./privateFile.js"

/**
 * No OS secret store to talk to: no D-Bus session, no Secret Service on it, or its keyring
 * locked. AICO then needs one of the explicit fallbacks to restart unattended.
 */
export class SecretStoreUnavailable extends Data.TaggedError("SecretStoreUnavailable")<{
  readonly reason: string
}> {
  override get message() {
    return (
      `no OS secret store is available (${this.reason}), so the master key cannot be kept for ` +
      `unattended restarts. Either run AICO in a session with an unlocked Secret Service ` +
      `(D-Bus plus GNOME Keyring or KeePassXC), or use an explicit fallback: a key file ` +
      `readable by the service user only (mode 0600), or the master password on a file descriptor`
    )
  }
}

export class SecretStoreFailed extends Data.TaggedError("SecretStoreFailed")<{
  readonly operation: "get" | "set" | "delete"
  readonly account: string
  readonly reason: string
}> {
  override get message() {
    return `secret store ${this.operation} of ${JSON.stringify(this.account)} failed: ${this.reason}`
  }
}

/** The account name cannot name a secret (the key file store makes it a file name). */
export class SecretAccountInvalid extends Data.TaggedError("SecretAccountInvalid")<{
  readonly account: string
}> {
  override get message() {
    return `invalid secret account ${JSON.stringify(this.account)}: use 1-64 of a-z, 0-9, '.', '_' and '-'`
  }
}

export type SecretStoreError =
  | SecretStoreUnavailable
  | SecretStoreFailed
  | SecretAccountInvalid
  | PrivateFileInsecure
  | PrivateFileIoError
