/**
 * Key derivation: HKDF-SHA256 (RFC 5869) from the one master key to a key per purpose, so
 * the database, files, the bus and tokens never share a key and one leaking does not give
 * away the others.
 */
import { hkdfSync } from "node:crypto"
import * as SecretKey from "./SecretKey.js"

/**
 * The fixed HKDF salt, "aico/v1/hkdf-salt" in UTF-8. RFC 5869 allows a fixed, non-secret
 * salt; a constant one keeps derivation reproducible from the master key alone (nothing
 * else to store or lose). The master key is already uniformly random, so the salt only
 * separates AICO's derivations from any other use of the same key material.
 */
export const SALT: Uint8Array = new TextEncoder().encode("aico/v1/hkdf-salt")

/** The purposes AICO encrypts for; each gets its own 32-byte key. */
export const PURPOSES = ["database", "files", "bus", "tokens"] as const
export type Purpose = (typeof PURPOSES)[number]

export type PurposeKeys = { readonly [P in Purpose]: SecretKey.SecretKey }

// Lower-case words joined by "-" or ".": never "/", so `aico/v1/<purpose>` stays unambiguous.
const PURPOSE_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/

/** The versioned HKDF info string for a purpose: `aico/v1/<purpose>`. */
export const infoFor = (purpose: string): Uint8Array => {
  if (!PURPOSE_PATTERN.test(purpose))
    throw new RangeError(`invalid key purpose ${JSON.stringify(purpose)}: use lower-case words`)
  return new TextEncoder().encode(`aico/v1/${purpose}`)
}

/** Plain HKDF-SHA256: `length` bytes (at most 8160) from `ikm`, `salt` and `info`. */
export const hkdf = (
  ikm: Uint8Array,
  salt: Uint8Array,
  info: Uint8Array,
  length: number,
): Uint8Array => new Uint8Array(hkdfSync("sha256", ikm, salt, info, length))

const masterBytes = (masterKey: Uint8Array | SecretKey.SecretKey): Uint8Array =>
  masterKey instanceof Uint8Array ? masterKey : SecretKey.bytes(masterKey)

/** A key of `length` bytes (default 32) for `purpose`, derived from the master key. */
export const derive = (
  masterKey: Uint8Array | SecretKey.SecretKey,
  purpose: string,
  length: number = SecretKey.KEY_BYTES,
): SecretKey.SecretKey => {
  const okm = hkdf(masterBytes(masterKey), SALT, infoFor(purpose), length)
  const key = SecretKey.fromBytes(okm)
  okm.fill(0)
  return key
}

/** The four purpose keys AICO uses, each 32 bytes. */
export const purposeKeys = (masterKey: Uint8Array | SecretKey.SecretKey): PurposeKeys => ({
  database: derive(masterKey, "database"),
  files: derive(masterKey, "files"),
  bus: derive(masterKey, "bus"),
  tokens: derive(masterKey, "tokens"),
})
