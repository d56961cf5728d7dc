/**
 * AES-256-GCM for small values (database columns, LMDB values): one self-describing byte
 * string `[version 1][nonce 12][ciphertext][tag 16]`, 29 bytes longer than the plaintext.
 *
 * Nonces are random, so one key may seal up to about 2^32 values (NIST SP 800-38D's bound
 * for random 96-bit nonces) — far beyond a personal companion's lifetime of writes.
 * Associated data is authenticated but not stored: bind a value to where it lives (table,
 * column, row id) so a ciphertext copied elsewhere does not open.
 */
import { randomBytes } from "node:crypto"
import { Either } from "effect"
import { DecryptionFailed } from "./CryptoError.js"
import * as Gcm from "./internal/gcm.js"
import * as SecretKey from "./SecretKey.js"

export const VERSION = Gcm.VALUE_VERSION
/** Bytes a sealed value adds to its plaintext. */
export const OVERHEAD = Gcm.VALUE_OVERHEAD

const none = new Uint8Array(0)

/** Encrypts `plaintext` under a fresh random nonce. */
export const seal = (
  key: SecretKey.SecretKey,
  plaintext: Uint8Array,
  associatedData: Uint8Array = none,
): Uint8Array =>
  Gcm.sealValue(SecretKey.bytes(key), randomBytes(Gcm.NONCE_BYTES), plaintext, associatedData)

/**
 * The plaintext of a sealed value, or why not. An `Either` is also an Effect, so this reads
 * the same in plain code (`Either.isRight`) and in `Effect.gen` (`yield* open(...)`).
 */
export const open = (
  key: SecretKey.SecretKey,
  sealed: Uint8Array,
  associatedData: Uint8Array = none,
): Either.Either<Uint8Array, DecryptionFailed> => {
  if (sealed.length === 0)
    return Either.left(new DecryptionFailed({ reason: "too short", detail: "the value is empty" }))
  if (sealed[0] !== VERSION)
    return Either.left(
      new DecryptionFailed({
        reason: "bad version",
        detail: `version byte ${sealed[0]}, expected ${VERSION}`,
      }),
    )
  if (sealed.length < OVERHEAD)
    return Either.left(
      new DecryptionFailed({
        reason: "too short",
        detail: `${sealed.length} bytes, a sealed value has at least ${OVERHEAD}`,
      }),
    )
  const nonce = sealed.subarray(1, 1 + Gcm.NONCE_BYTES)
  const ciphertext = sealed.subarray(1 + Gcm.NONCE_BYTES, sealed.length - Gcm.TAG_BYTES)
  const tag = sealed.subarray(sealed.length - Gcm.TAG_BYTES)
  const plaintext = Gcm.decrypt(SecretKey.bytes(key), nonce, ciphertext, tag, associatedData)
  return plaintext === undefined
    ? Either.left(
        new DecryptionFailed({
          reason: "authentication failed",
          detail: "wrong key, wrong associated data, or the value was altered",
        }),
      )
    : // A copy, not a view: Node may hand back a slice of a larger shared buffer.
      Either.right(new Uint8Array(plaintext))
}
