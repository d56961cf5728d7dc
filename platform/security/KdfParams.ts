/**
 * The Argon2id parameters a master key was derived with, stored beside its salt so a later
 * unlock derives the same key even after the defaults change.
 */
import { Schema } from "effect"
import { ARGON2_VERSION } from "./argon2id.js"

/** OWASP's floor for Argon2id (m=19 MiB, t=2, p=1); a record asking for less is refused. */
export const minimumMemoryCostKiB = 19_456
export const minimumTimeCost = 2

/**
 * What `setup` uses: 64 MiB, 3 passes, 1 lane (about 0.2 s on the project's 2-core
 * reference machine). Ceilings keep a tampered record from making unlock allocate gigabytes.
 */
export const productionKdfParams = {
  memoryCostKiB: 65_536,
  timeCost: 3,
  parallelism: 1,
} as const

export const SALT_BYTES = 16
export const KEY_BYTES = 32

const bytes = (length: number) =>
  Schema.Uint8ArrayFromBase64.pipe(
    Schema.filter((value) => value.length === length || `expected ${length} bytes`),
  )

/** Argon2id cost parameters as stored; `salt` is base64 in JSON. */
export const KdfParams = Schema.Struct({
  algorithm: Schema.Literal("argon2id"),
  version: Schema.Literal(ARGON2_VERSION),
  memoryCostKiB: Schema.Int.pipe(Schema.between(minimumMemoryCostKiB, 4 * 1024 * 1024)),
  timeCost: Schema.Int.pipe(Schema.between(minimumTimeCost, 64)),
  parallelism: Schema.Int.pipe(Schema.between(1, 16)),
  salt: bytes(SALT_BYTES),
})
export type KdfParams = typeof KdfParams.Type

/** `<dataDir>/security/master.json`: how to re-derive the master key and how to recognise it. */
export const MasterKeyRecord = Schema.Struct({
  formatVersion: Schema.Literal(1),
  kdf: KdfParams,
  /**
   * The master key, sealed (AES-256-GCM) under the key the password derives. The master
   * key itself is random: a new password re-seals it and leaves every store readable.
   */
  wrappedKey: bytes(1 + 12 + 32 + 16),
  /** HMAC-SHA256(masterKey, "aico/v1/key-check"): recognises the right key, reveals nothing else. */
  keyCheck: bytes(32),
})
export type MasterKeyRecord = typeof MasterKeyRecord.Type

export const MasterKeyRecordJson = Schema.parseJson(MasterKeyRecord, { space: 2 })
