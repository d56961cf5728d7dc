/** The master password kept as a `MasterKeyRecord` in one private JSON file. */
import { Effect, Either, Option, ParseResult, Redacted, Schema } from "effect"
import { randomBytes } from "node:crypto"
import * as AesGcm from "../crypto/aesGcm.js"
import {
  KEY_BYTES,
  productionKdfParams,
  MasterKeyRecordJson,
  type MasterKeyRecord,
} from "./KdfParams.js"
import {
  deriveMasterKey,
  freshKdfParams,
  keyCheckOf,
  matchesRecord,
  type MasterKey,
} from "./MasterKey.js"

/** Associated data of the sealed master key: binds it to its role. */
const wrapLabel = new TextEncoder().encode("aico/v1/master-key")
import {
  MasterKeyAlreadySetUp,
  MasterKeyNotSetUp,
  MasterKeyRecordInvalid,
  PasswordRejected,
  WrongPassword,
} from "./MasterKeyError.js"
import type { MasterPassword } from "./MasterPassword.js"
import { readPrivateFile, writePrivateFile } from "./privateFile.js"

const checkNewPassword = (password: Redacted.Redacted<string>) =>
  Redacted.value(password).length === 0
    ? Effect.fail(new PasswordRejected({ reason: "it is empty" }))
    : Effect.void

export const make = (options: MasterPassword.Options): MasterPassword.Service => {
  const { file } = options
  const costs = options.costs ?? productionKdfParams

  const readRecord = Effect.gen(function* () {
    const bytes = yield* readPrivateFile(file)
    if (Option.isNone(bytes)) return yield* new MasterKeyNotSetUp({ file })
    return yield* Schema.decodeUnknown(MasterKeyRecordJson)(bytes.value.toString("utf8")).pipe(
      Effect.mapError(
        (error) =>
          new MasterKeyRecordInvalid({
            file,
            reason: ParseResult.TreeFormatter.formatErrorSync(error),
          }),
      ),
    )
  })

  // Encoding a record this code built cannot fail.
  const writeRecord = (record: MasterKeyRecord) =>
    writePrivateFile(file, `${Schema.encodeSync(MasterKeyRecordJson)(record)}\n`)

  /** A record sealing `masterKey` under the key `password` derives (fresh salt, current costs). */
  const newRecord = (password: Redacted.Redacted<string>, masterKey: MasterKey) =>
    Effect.gen(function* () {
      const kdf = freshKdfParams(costs)
      const passwordKey = yield* deriveMasterKey(password, kdf)
      const wrappedKey = AesGcm.seal(passwordKey, Redacted.value(masterKey), wrapLabel)
      const record: MasterKeyRecord = {
        formatVersion: 1,
        kdf,
        wrappedKey,
        keyCheck: keyCheckOf(masterKey),
      }
      return record
    })

  const unlock = (password: Redacted.Redacted<string>) =>
    Effect.gen(function* () {
      const record = yield* readRecord
      const passwordKey = yield* deriveMasterKey(password, record.kdf)
      // A wrong password fails GCM's tag check (constant time in OpenSSL).
      const opened = AesGcm.open(passwordKey, record.wrappedKey, wrapLabel)
      if (Either.isLeft(opened)) return yield* new WrongPassword({ file })
      const key: MasterKey = Redacted.make(new Uint8Array(opened.right))
      if (!matchesRecord(key, record)) return yield* new WrongPassword({ file })
      return key
    })

  return {
    file,
    isSetUp: () => readPrivateFile(file).pipe(Effect.map(Option.isSome)),
    setup: (password) =>
      Effect.gen(function* () {
        yield* checkNewPassword(password)
        if (Option.isSome(yield* readPrivateFile(file)))
          return yield* new MasterKeyAlreadySetUp({ file })
        const key: MasterKey = Redacted.make(new Uint8Array(randomBytes(KEY_BYTES)))
        yield* writeRecord(yield* newRecord(password, key))
        return key
      }),
    unlock,
    changePassword: (oldPassword, newPassword) =>
      Effect.gen(function* () {
        yield* checkNewPassword(newPassword)
        const key = yield* unlock(oldPassword)
        yield* writeRecord(yield* newRecord(newPassword, key))
        return { previous: key, current: key }
      }),
    replaceKey: (password, key) =>
      Effect.gen(function* () {
        yield* unlock(password)
        yield* writeRecord(yield* newRecord(password, key))
      }),
  }
}
