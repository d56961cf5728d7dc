/**
 * Re-sealing a value under a new key, for a key rotation. A sealed value does not name its
 * key: AES-GCM's tag does the telling. The value is tried under the new key first (already
 * rotated: left alone, so a rotation resumed over values it already did never seals a
 * sealed value again), then under the old one (opened and sealed anew from the plaintext).
 * A wrong key passing the tag check has probability 2^-128.
 */
import { Data, Either } from "effect"
import * as AesGcm from "./aesGcm.js"
import type * as SecretKey from "./SecretKey.js"

/** The two keys of one purpose during a rotation. */
export interface RotationKeys {
  readonly from: SecretKey.SecretKey
  readonly to: SecretKey.SecretKey
}

export type Resealed = Data.TaggedEnum<{
  /** The value already opens under the new key. */
  Current: Record<never, never>
  /** The value opened under the old key; `sealed` holds it under the new one. */
  Resealed: { readonly sealed: Uint8Array }
  /** Neither key opens it (damaged, or never sealed by AICO); nothing was changed. */
  Unreadable: { readonly detail: string }
}>
export const Resealed = Data.taggedEnum<Resealed>()

/** `sealed` (bound to `associatedData`) moved from `keys.from` to `keys.to`, if it needs to be. */
export const reseal = (
  keys: RotationKeys,
  sealed: Uint8Array,
  associatedData: Uint8Array,
): Resealed => {
  if (Either.isRight(AesGcm.open(keys.to, sealed, associatedData))) return Resealed.Current()
  const opened = AesGcm.open(keys.from, sealed, associatedData)
  if (Either.isLeft(opened)) return Resealed.Unreadable({ detail: opened.left.message })
  const plaintext = opened.right
  const resealed = AesGcm.seal(keys.to, plaintext, associatedData)
  plaintext.fill(0)
  return Resealed.Resealed({ sealed: resealed })
}
