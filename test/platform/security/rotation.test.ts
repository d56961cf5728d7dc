/**
 * The pieces of a key rotation that need no server: moving one sealed value (already under
 * the new key: left alone; under the old: re-sealed from its plaintext; under neither:
 * reported, untouched), the vector documents' and working-memory records' formats, the bus
 * secret, the master record, the start refusing mid-rotation, and the rotation record's
 * decoder, fuzzed.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Effect, Either, FastCheck as fc, Redacted, Schema } from "effect"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import * as AesGcm from "../../../platform/crypto/aesGcm.js"
import * as ContentCipher from "../../../platform/crypto/ContentCipher.js"
import { reseal } from "../../../platform/crypto/reseal.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { resealDocument, sealDocument } from "../../../platform/memory/SealedDocument.js"
import { busKeys, resealBusKeys } from "../../../platform/security/busKeys.js"
import { make as masterPassword } from "../../../platform/security/masterKeyFile.js"
import { recordFile } from "../../../platform/security/MasterPassword.js"
import {
  RotationRecord,
  RotationRecordJson,
  rotationFile,
} from "../../../platform/security/rotation/RotationRecord.js"
import { startupKey } from "../../../platform/security/startupKey.js"
import {
  decodeRecord,
  encodeRecord,
  resealRecord,
} from "../../../platform/workingMemory/StoredEntry.js"
import { Config } from "../../../schemas/Config.js"
import { tempDir } from "../../support/nodes.js"

const text = new TextEncoder()
const keys = () => ({ from: SecretKey.random(), to: SecretKey.random() })

describe("re-sealing a value", () => {
  it("moves a value from the old key to the new one, leaves one already moved, reports the rest", () => {
    const k = keys()
    const ad = text.encode("messages/1")
    const old = AesGcm.seal(k.from, text.encode("the heron"), ad)
    const moved = reseal(k, old, ad)
    if (moved._tag !== "Resealed") throw new Error(`expected Resealed, got ${moved._tag}`)
    expect(Either.isLeft(AesGcm.open(k.from, moved.sealed, ad))).toBe(true)
    expect(Buffer.from(Either.getOrThrow(AesGcm.open(k.to, moved.sealed, ad))).toString()).toBe(
      "the heron",
    )
    // Run again over a value it already moved: nothing to do, so it is never sealed twice.
    expect(reseal(k, moved.sealed, ad)._tag).toBe("Current")
    // Bound to its place: the same bytes under another row open with neither key.
    expect(reseal(k, old, text.encode("messages/2"))._tag).toBe("Unreadable")
    expect(reseal(k, AesGcm.seal(SecretKey.random(), text.encode("x"), ad), ad)._tag).toBe(
      "Unreadable",
    )
    expect(reseal(k, new Uint8Array([9, 9, 9]), ad)._tag).toBe("Unreadable")
  })

  it("content, vector documents and working-memory records keep their formats", () => {
    const k = keys()
    const before = ContentCipher.make(k.from)
    const after = ContentCipher.make(k.to)
    const sealed = before.seal("a violin lesson", "memories/7")
    const moved = ContentCipher.reseal(k, sealed, "memories/7")
    if (moved._tag !== "Resealed") throw new Error(moved._tag)
    expect(Effect.runSync(after.open(moved.sealed, "memories/7"))).toBe("a violin lesson")

    const document = sealDocument(before, "7", "a violin lesson")
    const movedDocument = resealDocument(k, "7", document)
    if (movedDocument._tag !== "Resealed") throw new Error(movedDocument._tag)
    expect(Effect.runSync(after.open(movedDocument.sealed, "memories/7"))).toBe("a violin lesson")
    expect(resealDocument(k, "8", document)._tag).toBe("Unreadable")
    expect(resealDocument(k, "7", "not base64!")._tag).toBe("Unreadable")

    const entry = {
      id: "01J0000000000000000000000A",
      conversationId: "c1",
      role: "user" as const,
      content: "just said",
      createdAt: 1,
      expiresAt: 2,
    }
    const record = encodeRecord(entry, k.from)
    const movedRecord = resealRecord(k, record, "c1", entry.id)
    if (movedRecord._tag !== "Resealed") throw new Error(movedRecord._tag)
    expect(Either.getOrThrow(decodeRecord(movedRecord.sealed, "c1", entry.id, k.to))).toEqual(entry)
    expect(Either.isLeft(decodeRecord(movedRecord.sealed, "c1", entry.id, k.from))).toBe(true)
    expect(resealRecord(k, movedRecord.sealed, "c1", entry.id)._tag).toBe("Current")
    expect(resealRecord(k, encodeRecord(entry), "c1", entry.id)._tag).toBe("Unreadable")
  })
})

describe("the key files", () => {
  it.scoped("the bus secret moves to the new key; its public key stays", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir()
      const k = keys()
      expect(yield* resealBusKeys(dataDir, k)).toBe("absent")
      const before = yield* busKeys(dataDir, k.from)
      expect(yield* resealBusKeys(dataDir, k)).toBe("resealed")
      expect(yield* resealBusKeys(dataDir, k)).toBe("current")
      const after = yield* busKeys(dataDir, k.to)
      expect(after.publicKey).toBe(before.publicKey)
      expect(Redacted.value(after.secretKey)).toBe(Redacted.value(before.secretKey))
      expect((yield* Effect.flip(busKeys(dataDir, k.from))).message).toContain("does not open")
      const stranger = yield* Effect.flip(resealBusKeys(dataDir, keys()))
      expect(stranger.message).toContain("neither master key opens it")
    }),
  )

  it.scoped("the master record takes the new key only with the right password", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir()
      const costs = { memoryCostKiB: 19_456, timeCost: 2, parallelism: 1 }
      const master = masterPassword({ file: recordFile(dataDir), costs })
      const password = Redacted.make("correct horse")
      const oldKey = yield* master.setup(password)
      const newKey = SecretKey.random()
      const wrong = yield* Effect.flip(master.replaceKey(Redacted.make("battery"), newKey))
      expect(wrong._tag).toBe("WrongPassword")
      expect(Redacted.value(yield* master.unlock(password))).toEqual(Redacted.value(oldKey))
      yield* master.replaceKey(password, newKey)
      expect(Redacted.value(yield* master.unlock(password))).toEqual(Redacted.value(newKey))
    }),
  )

  it.scoped(
    "the service's start refuses while a rotation is unfinished, saying how to finish",
    () =>
      Effect.gen(function* () {
        const dataDir = yield* tempDir()
        const config = Schema.decodeUnknownSync(Config)({
          node: { dataDir },
          security: { keyFile: join(dataDir, "keys") },
        })
        const notSetUp = yield* Effect.flip(startupKey(config))
        expect(notSetUp.message).toContain("security setup")
        mkdirSync(join(dataDir, "security"), { recursive: true })
        writeFileSync(rotationFile(dataDir), "{}", { mode: 0o600 })
        const refused = yield* Effect.flip(startupKey(config))
        expect(refused._tag).toBe("KeyRotationInProgress")
        expect(refused.message).toContain(
          "key rotation in progress: run aico security rotate-keys to finish",
        )
      }),
  )
})

describe("the rotation record", () => {
  const decode = Schema.decodeUnknownEither(RotationRecordJson)

  it("round-trips every record it can hold", () =>
    fc.assert(
      fc.property(Arbitrary.make(RotationRecord), (record) => {
        const json = Schema.encodeSync(RotationRecordJson)(record)
        expect(Schema.encodeSync(RotationRecordJson)(Either.getOrThrow(decode(json)))).toBe(json)
      }),
      { numRuns: 200 },
    ))

  it("answers any text with a record or a readable error, never a throw", () =>
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          // Real records with one field replaced by anything.
          fc
            .tuple(
              Arbitrary.make(RotationRecord),
              fc.constantFrom("formatVersion", "step", "sealedNewKey", "oldKeyCheck", "unreadable"),
              fc.jsonValue(),
            )
            .map(([record, field, value]) => {
              const encoded: Record<string, unknown> = JSON.parse(
                Schema.encodeSync(RotationRecordJson)(record),
              )
              encoded[field] = value
              return JSON.stringify(encoded)
            }),
        ),
        (input) => {
          const result = decode(input)
          if (Either.isLeft(result)) expect(result.left.message.length).toBeGreaterThan(0)
          else expect(Schema.is(RotationRecord)(result.right)).toBe(true)
        },
      ),
      { numRuns: 500 },
    ))

  it("refuses a key of the wrong length and an unknown step", () => {
    const record = fc.sample(Arbitrary.make(RotationRecord), 1)[0]
    if (record === undefined) throw new Error("no sample")
    const encoded = JSON.parse(Schema.encodeSync(RotationRecordJson)(record))
    expect(Either.isLeft(decode(JSON.stringify({ ...encoded, newKeyCheck: "AAAA" })))).toBe(true)
    expect(Either.isLeft(decode(JSON.stringify({ ...encoded, step: { _tag: "Elsewhere" } })))).toBe(
      true,
    )
    expect(
      Either.isLeft(
        decode(
          JSON.stringify({
            ...encoded,
            step: { _tag: "Table", table: "users", afterId: null, done: 0 },
          }),
        ),
      ),
    ).toBe(true)
  })
})
