/**
 * The master key: 32 bytes derived from the master password with Argon2id. Purpose keys
 * (storage, backups, …) are derived from it with HKDF in `platform/crypto`; the master key
 * itself is never written to disk in the clear. `MasterPassword.ts` sets it up and unlocks it.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import { Effect, Redacted } from "effect"
import { argon2id, type KeyDerivationFailed } from "./argon2id.js"
import {
  KEY_BYTES,
  SALT_BYTES,
  productionKdfParams,
  type KdfParams,
  type MasterKeyRecord,
} from "./KdfParams.js"

/** 32 key bytes, redacted so they never reach a log line or an error message. */
export type MasterKey = Redacted.Redacted<Uint8Array>

const KEY_CHECK_LABEL = "aico/v1/key-check"

/** Cost parameters with a fresh random salt; the production ones unless `costs` overrides them. */
export const freshKdfParams = (
  costs: Pick<KdfParams, "memoryCostKiB" | "timeCost" | "parallelism"> = productionKdfParams,
): KdfParams => ({
  algorithm: "argon2id",
  version: 0x13,
  ...costs,
  salt: new Uint8Array(randomBytes(SALT_BYTES)),
})

/**
 * Argon2id(password, salt) with the stored costs. The password is NFC-normalised first, so the
 * same characters typed on different keyboards give the same key.
 */
export const deriveMasterKey = (
  password: Redacted.Redacted<string>,
  params: KdfParams,
): Effect.Effect<MasterKey, KeyDerivationFailed> =>
  argon2id({
    password: Buffer.from(Redacted.value(password).normalize("NFC"), "utf8"),
    salt: params.salt,
    memoryCost: params.memoryCostKiB,
    timeCost: params.timeCost,
    parallelism: params.parallelism,
    tagLength: KEY_BYTES,
  }).pipe(Effect.map(Redacted.make))

/** HMAC-SHA256(masterKey, "aico/v1/key-check"). */
export const keyCheckOf = (key: MasterKey): Uint8Array =>
  new Uint8Array(createHmac("sha256", Redacted.value(key)).update(KEY_CHECK_LABEL).digest())

/** Whether `key` is the key `record` was made for, compared in constant time. */
export const matchesRecord = (key: MasterKey, record: MasterKeyRecord): boolean => {
  const check = keyCheckOf(key)
  return check.length === record.keyCheck.length && timingSafeEqual(check, record.keyCheck)
}
