/** The master password kept as a `MasterKeyRecord` in one private JSON file. */
import { Effect, Option, ParseResult, Redacted, Schema } from "effect"
import { productionKdfParams, MasterKeyRecordJson, type MasterKeyRecord } from "./KdfParams.js"
import { deriveMasterKey, freshKdfParams, keyCheckOf, matchesRecord } from "./MasterKey.js"
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

  const newRecord = (password: Redacted.Redacted<string>) =>
    Effect.gen(function* () {
      const kdf = freshKdfParams(costs)
      const key = yield* deriveMasterKey(password, kdf)
      const record: MasterKeyRecord = { formatVersion: 1, kdf, keyCheck: keyCheckOf(key) }
      return { key, record }
    })

  const unlock = (password: Redacted.Redacted<string>) =>
    Effect.gen(function* () {
      const record = yield* readRecord
      const key = yield* deriveMasterKey(password, record.kdf)
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
        const { key, record } = yield* newRecord(password)
        yield* writeRecord(record)
        return key
      }),
    unlock,
    changePassword: (oldPassword, newPassword) =>
      Effect.gen(function* () {
        yield* checkNewPassword(newPassword)
        const previous = yield* unlock(oldPassword)
        const { key: current, record } = yield* newRecord(newPassword)
        yield* writeRecord(record)
        return { previous, current }
      }),
  }
}
