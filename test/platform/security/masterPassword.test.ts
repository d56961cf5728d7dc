/**
 * The master password on a real data directory: set up, unlock, a wrong password, a tampered
 * record, the record's permissions and a password change. OWASP's floor costs keep it quick;
 * one test runs the production costs.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { chmod, readFile, stat, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import {
  minimumMemoryCostKiB,
  minimumTimeCost,
  productionKdfParams,
} from "../../../platform/security/KdfParams.js"
import type { MasterKey } from "../../../platform/security/MasterKey.js"
import { make } from "../../../platform/security/masterKeyFile.js"
import { recordFile, type MasterPassword } from "../../../platform/security/MasterPassword.js"
import { tempDir } from "../../support/nodes.js"

const floorCosts = {
  memoryCostKiB: minimumMemoryCostKiB,
  timeCost: minimumTimeCost,
  parallelism: 1,
}
const secret = (text: string) => Redacted.make(text)
const hex = (key: MasterKey) => Buffer.from(Redacted.value(key)).toString("hex")

const vault = (costs: MasterPassword.Costs = floorCosts) =>
  Effect.map(tempDir(), (dataDir) => make({ file: recordFile(dataDir), costs }))

interface StoredRecord {
  kdf: { memoryCostKiB: number; timeCost: number; salt: string }
  keyCheck: string
}

const editRecord = (file: string, edit: (record: StoredRecord) => void) =>
  Effect.promise(async () => {
    const record = JSON.parse(await readFile(file, "utf8")) as StoredRecord
    edit(record)
    await writeFile(file, JSON.stringify(record))
  })

describe("master password", () => {
  it.scoped("setup then unlock with the same password gives the same 32-byte key", () =>
    Effect.gen(function* () {
      const passwords = yield* vault()
      expect(yield* passwords.isSetUp()).toBe(false)
      const key = yield* passwords.setup(secret("correct horse battery staple"))
      expect(Redacted.value(key)).toHaveLength(32)
      expect(yield* passwords.isSetUp()).toBe(true)
      expect(hex(yield* passwords.unlock(secret("correct horse battery staple")))).toBe(hex(key))

      const text = yield* Effect.promise(() => readFile(passwords.file, "utf8"))
      const record = JSON.parse(text)
      expect(Object.keys(record).sort()).toEqual(["formatVersion", "kdf", "keyCheck", "wrappedKey"])
      expect(record.kdf).toMatchObject({ algorithm: "argon2id", version: 19, ...floorCosts })
      expect(Buffer.from(record.kdf.salt, "base64")).toHaveLength(16)
      expect(text).not.toContain("horse")
      expect(text).not.toContain(Buffer.from(Redacted.value(key)).toString("base64"))
      expect(text).not.toContain(hex(key))
      expect(String(key)).not.toContain(hex(key))
    }),
  )

  it.scoped("a wrong password fails with WrongPassword", () =>
    Effect.gen(function* () {
      const passwords = yield* vault()
      yield* passwords.setup(secret("right"))
      const error = yield* Effect.flip(passwords.unlock(secret("wrong")))
      expect(error._tag).toBe("WrongPassword")
      expect(error.message).toContain(passwords.file)
    }),
  )

  it.scoped("the password is NFC-normalised: composed and decomposed é open the same key", () =>
    Effect.gen(function* () {
      const passwords = yield* vault()
      const key = yield* passwords.setup(secret("caf\u00e9"))
      expect(hex(yield* passwords.unlock(secret("cafe\u0301")))).toBe(hex(key))
    }),
  )

  it.scoped("no record, a second setup and an empty password are typed errors", () =>
    Effect.gen(function* () {
      const passwords = yield* vault()
      expect((yield* Effect.flip(passwords.unlock(secret("x"))))._tag).toBe("MasterKeyNotSetUp")
      expect((yield* Effect.flip(passwords.setup(secret(""))))._tag).toBe("PasswordRejected")
      yield* passwords.setup(secret("first"))
      expect((yield* Effect.flip(passwords.setup(secret("second"))))._tag).toBe(
        "MasterKeyAlreadySetUp",
      )
      expect(yield* passwords.unlock(secret("first"))).toBeDefined()
    }),
  )

  it.scoped(
    "a tampered record is refused: malformed or weakened as invalid, altered as wrong",
    () =>
      Effect.gen(function* () {
        const passwords = yield* vault()
        yield* passwords.setup(secret("pw"))
        const original = yield* Effect.promise(() => readFile(passwords.file))
        const restore = Effect.promise(() => writeFile(passwords.file, original))
        const unlockTag = passwords.unlock(secret("pw")).pipe(
          Effect.flip,
          Effect.map((error) => error._tag),
        )

        yield* Effect.promise(() => writeFile(passwords.file, "{not json"))
        expect(yield* unlockTag).toBe("MasterKeyRecordInvalid")

        yield* restore
        yield* editRecord(passwords.file, (record) => (record.kdf.memoryCostKiB = 1024))
        const weakened = yield* Effect.flip(passwords.unlock(secret("pw")))
        expect(weakened._tag).toBe("MasterKeyRecordInvalid")
        expect(weakened.message).toContain("memoryCostKiB")

        yield* restore
        yield* editRecord(
          passwords.file,
          (record) => (record.kdf.salt = Buffer.alloc(8).toString("base64")),
        )
        expect(yield* unlockTag).toBe("MasterKeyRecordInvalid")

        yield* restore
        yield* editRecord(
          passwords.file,
          (record) => (record.kdf.salt = Buffer.alloc(16, 7).toString("base64")),
        )
        expect(yield* unlockTag).toBe("WrongPassword")

        yield* restore
        yield* editRecord(passwords.file, (record) => (record.kdf.timeCost = 3))
        expect(yield* unlockTag).toBe("WrongPassword")

        yield* restore
        yield* editRecord(passwords.file, (record) => {
          const check = Buffer.from(record.keyCheck, "base64")
          check[0] = check[0]! ^ 1
          record.keyCheck = check.toString("base64")
        })
        expect(yield* unlockTag).toBe("WrongPassword")

        yield* restore
        expect(yield* passwords.unlock(secret("pw"))).toBeDefined()
      }),
  )

  it.scoped("the record is 0600 in a 0700 directory, and refused once others can read it", () =>
    Effect.gen(function* () {
      const passwords = yield* vault()
      yield* passwords.setup(secret("pw"))
      const mode = async (path: string) => (await stat(path)).mode & 0o777
      expect(yield* Effect.promise(() => mode(passwords.file))).toBe(0o600)
      expect(yield* Effect.promise(() => mode(dirname(passwords.file)))).toBe(0o700)

      yield* Effect.promise(() => chmod(passwords.file, 0o644))
      const error = yield* Effect.flip(passwords.unlock(secret("pw")))
      expect(error._tag).toBe("PrivateFileInsecure")
      expect(error.message).toContain("chmod 600")
    }),
  )

  it.scoped(
    "changing the password keeps the master key (data stays readable) and retires the old password",
    () =>
      Effect.gen(function* () {
        const passwords = yield* vault()
        const original = yield* passwords.setup(secret("old"))

        const wrongOld = yield* Effect.flip(passwords.changePassword(secret("nope"), secret("new")))
        expect(wrongOld._tag).toBe("WrongPassword")
        expect(hex(yield* passwords.unlock(secret("old")))).toBe(hex(original))

        const recordBefore = yield* Effect.promise(() => readFile(passwords.file, "utf8"))
        const { previous, current } = yield* passwords.changePassword(secret("old"), secret("new"))
        expect(hex(previous)).toBe(hex(original))
        expect(hex(current)).toBe(hex(original))
        // A fresh salt and a re-sealed key: the old record's secrets are gone.
        const recordAfter = JSON.parse(
          yield* Effect.promise(() => readFile(passwords.file, "utf8")),
        )
        const before = JSON.parse(recordBefore)
        expect(recordAfter.kdf.salt).not.toBe(before.kdf.salt)
        expect(recordAfter.wrappedKey).not.toBe(before.wrappedKey)
        expect(hex(yield* passwords.unlock(secret("new")))).toBe(hex(current))
        expect((yield* Effect.flip(passwords.unlock(secret("old"))))._tag).toBe("WrongPassword")
      }),
  )

  it.scoped("the production costs (64 MiB, t=3, p=1) set up and unlock", () =>
    Effect.gen(function* () {
      const passwords = yield* vault(productionKdfParams)
      const started = performance.now()
      const key = yield* passwords.setup(secret("production"))
      const setupMs = performance.now() - started
      expect(hex(yield* passwords.unlock(secret("production")))).toBe(hex(key))
      const record = JSON.parse(yield* Effect.promise(() => readFile(passwords.file, "utf8")))
      expect(record.kdf).toMatchObject(productionKdfParams)
      console.info(`argon2id 64 MiB t=3 p=1: setup took ${Math.round(setupMs)} ms`)
    }),
  )
})
