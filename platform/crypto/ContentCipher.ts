/**
 * Encryption of what people said and what AICO remembers, before it reaches a store: text in,
 * an AES-256-GCM sealed value out (`aesGcm`, under the "database" purpose key). The context
 * (`<table>/<row id>`) is the associated data, so a value copied into another row — or
 * another table — does not open.
 *
 * There is no plaintext variant: every layer that builds the content repositories must be
 * given one of these, built from the master key (`fromMasterKey`) or, in tests, from
 * `SecretKey.random()`.
 */
import { Context, Data, Effect, Either, Layer } from "effect"
import * as AesGcm from "./aesGcm.js"
import type { DecryptionFailed } from "./CryptoError.js"
import * as Hkdf from "./hkdf.js"
import * as Reseal from "./reseal.js"
import type * as SecretKey from "./SecretKey.js"

/** A sealed value that does not open under this key and context; nothing of it is returned. */
export class ContentUnreadable extends Data.TaggedError("ContentUnreadable")<{
  /** Where the value lives, e.g. `memories/<id>`. */
  readonly context: string
  readonly reason: DecryptionFailed["reason"]
  readonly detail: string
}> {
  override get message() {
    return `cannot decrypt ${this.context}: ${this.reason} (${this.detail})`
  }
}

export declare namespace ContentCipher {
  export interface Service {
    /** `text` sealed for the row named by `context` (`<table>/<id>`). */
    readonly seal: (text: string, context: string) => Uint8Array
    /** The text sealed for `context`, or why it cannot be read. */
    readonly open: (sealed: Uint8Array, context: string) => Effect.Effect<string, ContentUnreadable>
  }
}

export class ContentCipher extends Context.Tag("aico/ContentCipher")<
  ContentCipher,
  ContentCipher.Service
>() {}

const encoder = new TextEncoder()
// Not fatal: a value that authenticated was sealed from a JS string, so it is valid UTF-8.
const decoder = new TextDecoder()

/** A cipher under `key`, the "database" purpose key. */
export const make = (key: SecretKey.SecretKey): ContentCipher.Service =>
  ContentCipher.of({
    seal: (text, context) => AesGcm.seal(key, encoder.encode(text), encoder.encode(context)),
    open: (sealed, context) =>
      Either.match(AesGcm.open(key, sealed, encoder.encode(context)), {
        onLeft: ({ detail, reason }) =>
          Effect.fail(new ContentUnreadable({ context, reason, detail })),
        onRight: (plaintext) => Effect.succeed(decoder.decode(plaintext)),
      }),
  })

/**
 * For a key rotation: the value sealed for `context` moved from the old "database" key to
 * the new one, unless it is already under the new one (see `reseal.ts`).
 */
export const reseal = (keys: Reseal.RotationKeys, sealed: Uint8Array, context: string) =>
  Reseal.reseal(keys, sealed, encoder.encode(context))

/** The cipher under `key`, the "database" purpose key. */
export const layer = (key: SecretKey.SecretKey) => Layer.succeed(ContentCipher, make(key))

/** The cipher under the "database" key derived from the master key. */
export const fromMasterKey = (masterKey: SecretKey.SecretKey) =>
  layer(Hkdf.derive(masterKey, "database"))
