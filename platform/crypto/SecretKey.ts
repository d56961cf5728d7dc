/**
 * Key material as it travels through AICO: bytes wrapped in Effect's `Redacted`, so a key
 * that reaches a log line, `JSON.stringify` or `util.inspect` prints `<redacted>`.
 */
import { randomBytes } from "node:crypto"
import { Redacted } from "effect"

/** A symmetric key; `SecretKey.bytes` is the one way to its bytes. */
export type SecretKey = Redacted.Redacted<Uint8Array>

/** AES-256 and the purpose keys use 32-byte keys. */
export const KEY_BYTES = 32

/** Wraps a copy of `bytes`, so a caller wiping or reusing its buffer cannot change the key. */
export const fromBytes = (bytes: Uint8Array): SecretKey => Redacted.make(Uint8Array.from(bytes))

/** A fresh random 32-byte key. */
export const random = (): SecretKey => Redacted.make(new Uint8Array(randomBytes(KEY_BYTES)))

/** The key's bytes; keep them in local variables only. */
export const bytes = (key: SecretKey): Uint8Array => Redacted.value(key)

/** Overwrites the key's bytes with zeros and forgets them; later use throws. */
export const wipe = (key: SecretKey): void => {
  Redacted.value(key).fill(0)
  Redacted.unsafeWipe(key)
}
