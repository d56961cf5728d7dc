/**
 * `<dataDir>/security/rotation.json` (mode 0600, replaced atomically): a key rotation under
 * way. While it exists the service refuses to start, and `aico security rotate-keys` resumes
 * from it. It holds which keys are involved (their key checks), the new master key sealed
 * under the old one, and the step reached with its cursor.
 *
 * The new key is sealed under a key derived from the OLD master key, not stored in the
 * clear and not under the password's key: resuming needs only what the rotation itself
 * needs anyway (the password, which unlocks the old key from `master.json`), and the file
 * alone, copied elsewhere, gives nothing away. Once `master.json` holds the new key the old
 * one is no longer needed: what remains (the secret store, removing this file) uses the
 * new key, which the password then unlocks directly.
 */
import { Schema } from "effect"
import { sealedTables } from "../../database/repositories/SealedContentRepository.js"

const bytes = (length: number) =>
  Schema.Uint8ArrayFromBase64.pipe(
    Schema.filter((value) => value.length === length || `expected ${length} bytes`, {
      // Generated at the right length: filtering random arrays would almost never pass.
      arbitrary: () => (fc) => fc.uint8Array({ minLength: length, maxLength: length }),
    }),
  )

const Count = Schema.Int.pipe(Schema.nonNegative())

/** Re-sealing a PostgreSQL table's content, rows after `afterId` still to do. */
export const TableStep = Schema.TaggedStruct("Table", {
  table: Schema.Literal(...sealedTables),
  afterId: Schema.NullOr(Schema.String),
  done: Count,
})

/**
 * Re-sealing the vector store's documents: passes over its records by offset, repeated until
 * a whole pass finds nothing left to re-seal (the store may reorder records it rewrites).
 */
export const VectorsStep = Schema.TaggedStruct("Vectors", {
  pass: Schema.Int.pipe(Schema.positive()),
  offset: Count,
  resealedInPass: Count,
})

/** Re-sealing working memory, records after the LMDB key `after` still to do. */
export const WorkingMemoryStep = Schema.TaggedStruct("WorkingMemory", {
  after: Schema.NullOr(Schema.Tuple(Schema.String, Schema.String)),
  done: Count,
})

export const RotationStep = Schema.Union(
  TableStep,
  VectorsStep,
  WorkingMemoryStep,
  Schema.TaggedStruct("BusKey", {}),
  /** Every store is under the new key: `master.json` is to be replaced. */
  Schema.TaggedStruct("MasterRecord", {}),
  /** `master.json` holds the new key: the secret store is to be updated. */
  Schema.TaggedStruct("SecretStore", {}),
)
export type RotationStep = typeof RotationStep.Type

export const RotationRecord = Schema.Struct({
  formatVersion: Schema.Literal(1),
  startedAt: Schema.Date,
  /** `keyCheckOf` the master key being replaced, and of the one replacing it. */
  oldKeyCheck: bytes(32),
  newKeyCheck: bytes(32),
  /** The new master key, sealed (AES-256-GCM) under the old one's "key-rotation" key. */
  sealedNewKey: bytes(1 + 12 + 32 + 16),
  step: RotationStep,
  /** Values so far that neither key opened (damaged): left as they were. */
  unreadable: Count,
})
export type RotationRecord = typeof RotationRecord.Type

export const RotationRecordJson = Schema.parseJson(RotationRecord, { space: 2 })

export { rotationFile } from "./rotationFile.js"
