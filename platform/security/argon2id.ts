/**
 * Argon2id (RFC 9106) through the `argon2` package's native binding, as raw tag bytes.
 * The package builds from source at install (see package.json `allowScripts`): its bundled
 * Linux prebuilt binary crashes some machines on load.
 */
import { hash as argon2Hash, argon2id as ARGON2ID } from "argon2"
import { Data, Effect } from "effect"

/** Argon2 version 1.3, the only one RFC 9106 specifies. */
export const ARGON2_VERSION = 0x13

export interface Argon2idInput {
  readonly password: Uint8Array
  readonly salt: Uint8Array
  /** Memory in KiB. */
  readonly memoryCost: number
  readonly timeCost: number
  readonly parallelism: number
  readonly tagLength: number
  /** The optional key K of RFC 9106. */
  readonly secret?: Uint8Array
  /** The optional associated data X of RFC 9106. */
  readonly associatedData?: Uint8Array
}

export class KeyDerivationFailed extends Data.TaggedError("KeyDerivationFailed")<{
  readonly reason: string
}> {
  override get message() {
    return `Argon2id key derivation failed: ${this.reason}`
  }
}

/** The Argon2id tag of `input`; runs on libuv's thread pool, not the event loop. */
export const argon2id = (input: Argon2idInput): Effect.Effect<Uint8Array, KeyDerivationFailed> =>
  Effect.tryPromise({
    try: () =>
      argon2Hash(Buffer.from(input.password), {
        type: ARGON2ID,
        version: ARGON2_VERSION,
        raw: true,
        salt: Buffer.from(input.salt),
        memoryCost: input.memoryCost,
        timeCost: input.timeCost,
        parallelism: input.parallelism,
        hashLength: input.tagLength,
        ...(input.secret === undefined ? {} : { secret: Buffer.from(input.secret) }),
        ...(input.associatedData === undefined
          ? {}
          : { associatedData: Buffer.from(input.associatedData) }),
      }),
    catch: (cause) =>
      new KeyDerivationFailed({ reason: cause instanceof Error ? cause.message : String(cause) }),
  }).pipe(Effect.map((tag) => new Uint8Array(tag)))
