/** Why the master key could not be set up or unlocked, each failure as data with a readable message. */
import { Data } from "effect"
import type { KeyDerivationFailed } from "./argon2id.js"
import type { PrivateFileInsecure, PrivateFileIoError } from "./privateFile.js"

/**
 * The password does not open the record. A record whose salt or costs were altered (but are
 * still well-formed) fails the same way: without the key nothing can tell the two apart.
 */
export class WrongPassword extends Data.TaggedError("WrongPassword")<{
  readonly file: string
}> {
  override get message() {
    return `the password does not unlock the master key described by ${this.file}`
  }
}

export class MasterKeyNotSetUp extends Data.TaggedError("MasterKeyNotSetUp")<{
  readonly file: string
}> {
  override get message() {
    return `no master key is set up: ${this.file} does not exist`
  }
}

export class MasterKeyAlreadySetUp extends Data.TaggedError("MasterKeyAlreadySetUp")<{
  readonly file: string
}> {
  override get message() {
    return `a master key is already set up (${this.file}); change its password instead`
  }
}

/** The record is not one this code wrote: not JSON, wrong shape, or costs below the floor. */
export class MasterKeyRecordInvalid extends Data.TaggedError("MasterKeyRecordInvalid")<{
  readonly file: string
  readonly reason: string
}> {
  override get message() {
    return `${this.file} is not a valid master key record: ${this.reason}`
  }
}

export class PasswordRejected extends Data.TaggedError("PasswordRejected")<{
  readonly reason: string
}> {
  override get message() {
    return `the new password was rejected: ${this.reason}`
  }
}

export type MasterKeyError =
  | WrongPassword
  | MasterKeyNotSetUp
  | MasterKeyAlreadySetUp
  | MasterKeyRecordInvalid
  | PasswordRejected
  | KeyDerivationFailed
  | PrivateFileInsecure
  | PrivateFileIoError
