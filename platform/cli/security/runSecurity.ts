/**
 * `aico security setup | unlock | change-password | status | rotate-keys`. The master key is derived from
 * the password (never stored) and kept in the OS secret store, or in a key file with
 * `--key-file`, so that the service can restart unattended.
 */
import { Console, Data, Effect, Option, Redacted } from "effect"
import type { Config } from "../../../schemas/Config.js"
import * as KeyFileSecretStore from "../../security/KeyFileSecretStore.js"
import * as KeyringSecretStore from "../../security/KeyringSecretStore.js"
import { make as masterPassword } from "../../security/masterKeyFile.js"
import { recordFile } from "../../security/MasterPassword.js"
import { MASTER_KEY_ACCOUNT } from "../../security/SecretStore.js"
import { busKeys, busPublicKey } from "../../security/busKeys.js"
import { fromFd, fromTerminal } from "./passwordInput.js"
import { runRotateKeys } from "./rotateKeysAction.js"
import type { SecurityAction, SecurityOptions } from "./SecurityCommand.js"

export class PasswordsDiffer extends Data.TaggedError("PasswordsDiffer") {
  override get message() {
    return "the two passwords differ; nothing was changed"
  }
}

const same = (a: Redacted.Redacted<string>, b: Redacted.Redacted<string>) =>
  Redacted.value(a) === Redacted.value(b)

export const runSecurity = (action: SecurityAction, options: SecurityOptions, config: Config) =>
  Effect.gen(function* () {
    const master = masterPassword({ file: recordFile(config.node.dataDir) })
    // --key-file wins; otherwise the configuration's choice, as the service will read it.
    const keyDir =
      options.keyDir ?? (config.security.keyFile === "" ? undefined : config.security.keyFile)
    const store =
      keyDir === undefined
        ? yield* KeyringSecretStore.make
        : KeyFileSecretStore.make({ directory: keyDir })
    if (action === "status") {
      const setUp = yield* master.isSetUp()
      const kept = Option.isSome(yield* store.get(MASTER_KEY_ACCOUNT))
      const busKey = yield* busPublicKey(config.node.dataDir)
      return yield* Console.log(
        `master key ${setUp ? "set up" : "not set up"} (${master.file}); ` +
          `${kept ? "kept in" : "not kept in"} ${store.name}` +
          Option.match(busKey, { onNone: () => "", onSome: (key) => `\nbus public key: ${key}` }),
      )
    }
    const input =
      options.passwordFd === undefined ? yield* fromTerminal : yield* fromFd(options.passwordFd)
    if (action === "rotate-keys") return yield* runRotateKeys(options, config, store, input)
    const chosen = (prompt: string) =>
      Effect.gen(function* () {
        const first = yield* input.next(prompt)
        const again = yield* input.next("Again: ")
        if (!same(first, again)) return yield* new PasswordsDiffer()
        return first
      })
    if (action === "setup") {
      const key = yield* master.setup(yield* chosen("New master password: "))
      yield* store.set(MASTER_KEY_ACCOUNT, key)
      const bus = yield* busKeys(config.node.dataDir, key)
      return yield* Console.log(
        `master key set up; kept in ${store.name} for unattended restarts\nbus public key: ${bus.publicKey}`,
      )
    }
    if (action === "unlock") {
      const key = yield* master.unlock(yield* input.next("Master password: "))
      yield* store.set(MASTER_KEY_ACCOUNT, key)
      return yield* Console.log(`unlocked; the master key is kept in ${store.name}`)
    }
    const old = yield* input.next("Current master password: ")
    const { current } = yield* master.changePassword(old, yield* chosen("New master password: "))
    yield* store.set(MASTER_KEY_ACCOUNT, current)
    return yield* Console.log(`password changed; the new master key is kept in ${store.name}`)
  })
