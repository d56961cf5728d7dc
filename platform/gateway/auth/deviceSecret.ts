/**
 * Device secrets: 32 random bytes shown once, kept only as their SHA-256 hash, and
 * compared in constant time. A missing device is compared against a stand-in hash, so an
 * unknown device id takes as long to refuse as a wrong secret.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto"

export const newSecret = (): string => randomBytes(32).toString("base64url")

export const hashOf = (secret: string): Uint8Array =>
  new Uint8Array(createHash("sha256").update(secret, "utf8").digest())

const standIn = hashOf(randomBytes(32).toString("base64url"))

/** Whether `secret` hashes to `stored`; `undefined` (no such device) never matches. */
export const matches = (secret: string, stored: Uint8Array | undefined): boolean => {
  const given = hashOf(secret)
  const expected = stored !== undefined && stored.length === given.length ? stored : standIn
  return timingSafeEqual(given, expected) && expected !== standIn
}
