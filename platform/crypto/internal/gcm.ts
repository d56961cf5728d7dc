/**
 * AES-256-GCM with the nonce supplied by the caller: the shared core of sealed values and
 * encrypted files, and the seam known-answer tests use. A nonce must never repeat under
 * one key; only `aesGcm.seal` (random nonces) and the file format (per-file keys and
 * counters) call this outside tests.
 */
import { createCipheriv, createDecipheriv, type CipherKey } from "node:crypto"

export const KEY_BYTES = 32
export const NONCE_BYTES = 12
export const TAG_BYTES = 16

/** The sealed-value format version: `[1][nonce 12][ciphertext][tag 16]`. */
export const VALUE_VERSION = 1
export const VALUE_OVERHEAD = 1 + NONCE_BYTES + TAG_BYTES

const checkKey = (key: CipherKey): CipherKey => {
  if (key instanceof Uint8Array && key.length !== KEY_BYTES)
    throw new RangeError(`AES-256-GCM needs a ${KEY_BYTES}-byte key, got ${key.length} bytes`)
  return key
}

/** Encrypts into a fresh ciphertext buffer and returns it with its 16-byte tag. */
export const encrypt = (
  key: CipherKey,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
): { readonly ciphertext: Buffer; readonly tag: Buffer } => {
  const cipher = createCipheriv("aes-256-gcm", checkKey(key), nonce, { authTagLength: TAG_BYTES })
  cipher.setAAD(associatedData)
  const ciphertext = cipher.update(plaintext)
  // GCM is a stream mode: `final` emits nothing more, it computes the tag.
  cipher.final()
  return { ciphertext, tag: cipher.getAuthTag() }
}

/**
 * The plaintext, or undefined when the tag does not verify. The plaintext is held back
 * until `final` has checked the tag, so unauthenticated bytes never leave this function.
 */
export const decrypt = (
  key: CipherKey,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
  associatedData: Uint8Array,
): Buffer | undefined => {
  const decipher = createDecipheriv("aes-256-gcm", checkKey(key), nonce, {
    authTagLength: TAG_BYTES,
  })
  decipher.setAAD(associatedData)
  decipher.setAuthTag(tag)
  const plaintext = decipher.update(ciphertext)
  try {
    decipher.final()
  } catch {
    plaintext.fill(0)
    return undefined
  }
  return plaintext
}

/** A sealed value with the given nonce: `[1][nonce][ciphertext][tag]`. */
export const sealValue = (
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
): Uint8Array => {
  if (nonce.length !== NONCE_BYTES)
    throw new RangeError(`AES-256-GCM nonces are ${NONCE_BYTES} bytes, got ${nonce.length}`)
  const { ciphertext, tag } = encrypt(key, nonce, plaintext, associatedData)
  const sealed = new Uint8Array(VALUE_OVERHEAD + ciphertext.length)
  sealed[0] = VALUE_VERSION
  sealed.set(nonce, 1)
  sealed.set(ciphertext, 1 + NONCE_BYTES)
  sealed.set(tag, 1 + NONCE_BYTES + ciphertext.length)
  return sealed
}
