/**
 * Key rotation: a new random master key replaces the old one, and everything sealed under
 * keys derived from the old one is re-sealed under the new one's — PostgreSQL's content
 * columns, the vector store's documents (embeddings are not sealed and stay as they are:
 * re-embedding would need the model and change nothing secret), working memory, the bus
 * secret — then `master.json` and the kept key switch over. Tokens signed with the old
 * tokens key stop verifying; nothing of them is stored.
 *
 * Resumable: `rotation.json` records the step reached after every batch, and values are
 * recognised by trying the new key first (see `reseal.ts`), so a rotation killed anywhere
 * completes when run again, with no value lost or sealed twice. While it is unfinished the
 * service refuses to start (`startupKey`), so only the rotation ever reads a store that
 * holds values under both keys.
 */
import { Effect, Either, Option, ParseResult, Redacted, Schema } from "effect"
import type { Config } from "../../../schemas/Config.js"
import * as AesGcm from "../../crypto/aesGcm.js"
import * as Hkdf from "../../crypto/hkdf.js"
import type { RotationKeys } from "../../crypto/reseal.js"
import * as SecretKey from "../../crypto/SecretKey.js"
import * as ServiceFiles from "../../service/ServiceFiles.js"
import { resealLogs } from "../../logging/resealLogs.js"
import { resealBusKeys } from "../busKeys.js"
import { keyCheckOf, type MasterKey } from "../MasterKey.js"
import { make as masterPassword } from "../masterKeyFile.js"
import { type MasterPassword, recordFile } from "../MasterPassword.js"
import { readPrivateFile, removePrivateFile, writePrivateFile } from "../privateFile.js"
import { MASTER_KEY_ACCOUNT, type SecretStore } from "../SecretStore.js"
import {
  AicoRunning,
  RotationKeyMismatch,
  RotationRecordInvalid,
  RotationStoreFailed,
} from "./RotationError.js"
import { rotationLock } from "./rotationLock.js"
import {
  type RotationRecord,
  RotationRecordJson,
  type RotationStep,
  rotationFile,
} from "./RotationRecord.js"
import { openStores } from "./rotationStores.js"
import { advanceStoreStep, firstStep, resumedStep } from "./storeSteps.js"

export interface RotateKeysOptions {
  readonly config: Config
  readonly password: Redacted.Redacted<string>
  /** Where the new master key is kept for unattended restarts (as `setup` and `unlock` do). */
  readonly store: SecretStore.Service
  /** Values per batch (per transaction). */
  readonly batchSize: number
}

export interface RotationSummary {
  readonly resumed: boolean
  /** Values each store holds, now all under the new key. */
  readonly totals: Readonly<Record<string, number>>
  readonly unreadable: number
  readonly busKey: "absent" | "current" | "resealed"
  readonly store: string
}

const newKeyLabel = new TextEncoder().encode("aico/v1/rotation-new-key")
const sealingKey = (oldKey: MasterKey) => Hkdf.derive(oldKey, "key-rotation")

const sameCheck = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

const readRecord = (file: string) =>
  Effect.gen(function* () {
    const invalid = (reason: string) => new RotationRecordInvalid({ file, reason })
    const bytes = yield* readPrivateFile(file).pipe(Effect.mapError((e) => invalid(e.message)))
    if (Option.isNone(bytes)) return Option.none<RotationRecord>()
    const record = yield* Schema.decodeUnknown(RotationRecordJson)(
      bytes.value.toString("utf8"),
    ).pipe(Effect.mapError((e) => invalid(ParseResult.TreeFormatter.formatErrorSync(e))))
    return Option.some(record)
  })

const writeRecord = (file: string, record: RotationRecord) =>
  writePrivateFile(file, `${Schema.encodeSync(RotationRecordJson)(record)}\n`).pipe(
    Effect.mapError((e) => new RotationStoreFailed({ store: file, reason: e.message })),
  )

/** A fresh rotation away from `oldKey`, not yet written. */
const begin = (oldKey: MasterKey): { record: RotationRecord; newKey: MasterKey } => {
  const newKey: MasterKey = SecretKey.random()
  const record: RotationRecord = {
    formatVersion: 1,
    startedAt: new Date(),
    oldKeyCheck: keyCheckOf(oldKey),
    newKeyCheck: keyCheckOf(newKey),
    sealedNewKey: AesGcm.seal(sealingKey(oldKey), Redacted.value(newKey), newKeyLabel),
    step: firstStep,
    unreadable: 0,
  }
  return { record, newKey }
}

/** Which side of `record` the unlocked key is: the old one (the new key unsealed), or the new. */
const sides = (file: string, record: RotationRecord, unlocked: MasterKey) => {
  const check = keyCheckOf(unlocked)
  if (sameCheck(check, record.newKeyCheck))
    return Effect.succeed({ oldKey: Option.none<MasterKey>(), newKey: unlocked })
  if (!sameCheck(check, record.oldKeyCheck)) return Effect.fail(new RotationKeyMismatch({ file }))
  const opened = AesGcm.open(sealingKey(unlocked), record.sealedNewKey, newKeyLabel)
  if (Either.isLeft(opened)) return Effect.fail(new RotationKeyMismatch({ file }))
  const newKey: MasterKey = SecretKey.fromBytes(opened.right)
  opened.right.fill(0)
  return sameCheck(keyCheckOf(newKey), record.newKeyCheck)
    ? Effect.succeed({ oldKey: Option.some(unlocked), newKey })
    : Effect.fail(new RotationKeyMismatch({ file }))
}

/**
 * The last steps, once every store is under the new key: the sealed logs and the bus secret,
 * then `master.json`,
 * then the kept key, then the record goes. Each is recorded before the next, so a rotation
 * killed between them resumes at the first not done.
 */
const switchOver = (options: {
  readonly config: Config
  readonly password: Redacted.Redacted<string>
  readonly store: SecretStore.Service
  readonly master: MasterPassword.Service
  readonly file: string
  readonly record: RotationRecord
  readonly oldKey: Option.Option<MasterKey>
  readonly newKey: MasterKey
}) =>
  Effect.gen(function* () {
    const { file, newKey, oldKey } = options
    let record = options.record
    let busKey: RotationSummary["busKey"] = "current"
    if (record.step._tag === "BusKey" && Option.isSome(oldKey)) {
      // The sealed logs first: idempotent file by file, so this step may simply run again.
      yield* resealLogs(options.config, { from: oldKey.value, to: newKey }).pipe(
        Effect.mapError((e) => new RotationStoreFailed({ store: "logs", reason: e.message })),
      )
      busKey = yield* resealBusKeys(options.config.node.dataDir, {
        from: oldKey.value,
        to: newKey,
      }).pipe(
        Effect.mapError((e) => new RotationStoreFailed({ store: "bus keys", reason: e.message })),
      )
      record = { ...record, step: { _tag: "MasterRecord" } }
      yield* writeRecord(file, record)
    }
    if (record.step._tag === "MasterRecord") {
      yield* options.master.replaceKey(options.password, newKey)
      record = { ...record, step: { _tag: "SecretStore" } }
      yield* writeRecord(file, record)
    }
    yield* options.store.set(MASTER_KEY_ACCOUNT, newKey)
    yield* removePrivateFile(file)
    return busKey
  })

const needsStores = (step: RotationStep) =>
  step._tag === "Table" || step._tag === "Vectors" || step._tag === "WorkingMemory"

const refuseWhileRunning = (dataDir: string) =>
  Effect.flatMap(ServiceFiles.inspect(dataDir), (state) =>
    state._tag === "Running"
      ? Effect.fail(new AicoRunning({ dataDir, detail: `service pid ${state.pid}` }))
      : Effect.void,
  )

/** Rotates the master key of `options.config`'s data directory, or resumes its rotation. */
export const rotateKeys = (options: RotateKeysOptions) =>
  Effect.gen(function* () {
    const { config } = options
    const dataDir = config.node.dataDir
    const file = rotationFile(dataDir)
    const master = masterPassword({ file: recordFile(dataDir) })
    yield* refuseWhileRunning(dataDir)
    // A wrong password stops everything here, before anything is written.
    const unlocked = yield* master.unlock(options.password)
    yield* rotationLock(dataDir)
    const existing = yield* readRecord(file)
    const resumed = Option.isSome(existing)
    const started = Option.match(existing, {
      onNone: () => Effect.succeed({ ...begin(unlocked), oldKey: Option.some(unlocked) }),
      onSome: (record) =>
        Effect.map(sides(file, record, unlocked), (keys) => ({
          record: { ...record, step: resumedStep(record.step) },
          ...keys,
        })),
    })
    const { newKey, oldKey, ...start } = yield* started
    let record = start.record
    if (resumed)
      yield* Effect.logInfo(`resuming the key rotation started ${record.startedAt.toISOString()}`)
    const totals: Record<string, number> = {}

    if (Option.isNone(oldKey) && record.step._tag !== "SecretStore")
      // master.json holds the new key: every earlier step is done.
      record = { ...record, step: { _tag: "SecretStore" } }

    if (Option.isSome(oldKey) && needsStores(record.step)) {
      const keys: RotationKeys = {
        from: Hkdf.derive(oldKey.value, "database"),
        to: Hkdf.derive(newKey, "database"),
      }
      // Opened before the record is first written: a refusal (AICO running) changes nothing.
      const stores = yield* openStores(config, keys)
      yield* writeRecord(file, record)
      const context = { stores, keys, batchSize: options.batchSize }
      for (;;) {
        const advanced = yield* advanceStoreStep(context, record.step)
        if (Option.isNone(advanced)) break
        const { finished, step, unreadable } = advanced.value
        if (finished !== undefined) totals[finished.store] = finished.total
        record = { ...record, step, unreadable: record.unreadable + unreadable }
        yield* writeRecord(file, record)
      }
    } else yield* writeRecord(file, record)

    const busKey = yield* switchOver({ ...options, master, file, record, oldKey, newKey })
    return {
      resumed,
      totals,
      unreadable: record.unreadable,
      busKey,
      store: options.store.name,
    } satisfies RotationSummary
  })
