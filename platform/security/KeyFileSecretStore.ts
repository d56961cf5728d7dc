/**
 * The explicit fallback when there is no OS secret store: each secret in its own file,
 * `<directory>/<account>.key` (base64), mode 0600, in a 0700 directory. A file others can
 * read or write is refused, not repaired: whoever loosened it may already have the key.
 */
import { join } from "node:path"
import { Effect, Layer, Option, Redacted } from "effect"
import { readPrivateFile, removePrivateFile, writePrivateFile } from "./privateFile.js"
import { SecretStore, checkAccount } from "./SecretStore.js"
import { SecretStoreFailed } from "./SecretStoreError.js"

export interface KeyFileSecretStoreOptions {
  /** Normally `<dataDir>/security/keys`, or a directory on a separate volume. */
  readonly directory: string
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export const make = (options: KeyFileSecretStoreOptions): SecretStore.Service => {
  const fileOf = (account: string) => join(options.directory, `${account}.key`)
  return {
    name: `key-file ${options.directory}`,
    get: (account) =>
      Effect.gen(function* () {
        const file = fileOf(yield* checkAccount(account))
        const contents = yield* readPrivateFile(file)
        if (Option.isNone(contents)) return Option.none()
        const text = contents.value.toString("utf8").trim()
        if (!BASE64.test(text))
          return yield* new SecretStoreFailed({
            operation: "get",
            account,
            reason: `${file} does not hold base64`,
          })
        return Option.some(Redacted.make(new Uint8Array(Buffer.from(text, "base64"))))
      }),
    set: (account, secret) =>
      Effect.gen(function* () {
        const file = fileOf(yield* checkAccount(account))
        yield* writePrivateFile(file, `${Buffer.from(Redacted.value(secret)).toString("base64")}\n`)
      }),
    delete: (account) =>
      Effect.gen(function* () {
        return yield* removePrivateFile(fileOf(yield* checkAccount(account)))
      }),
  }
}

export const layer = (options: KeyFileSecretStoreOptions) =>
  Layer.succeed(SecretStore, make(options))
