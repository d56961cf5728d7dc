/**
 * How an entry sits on disk, under its LMDB key `[conversationId, id]`:
 *   version 1: `[u8 1][entry as UTF-8 JSON]`, for a store opened without a key;
 *   version 2: `[u8 2][aesGcm.seal(key, version-1 JSON, associated data)]`, with a key.
 * The associated data names the record's LMDB key, so a sealed value copied under another
 * key does not open. Reading one back is a boundary, so it goes through the entry schema.
 */
import { Either, ParseResult, Schema } from "effect"
import { WorkingMemoryEntry } from "../../schemas/memory/WorkingMemoryEntry.js"
import * as AesGcm from "../crypto/aesGcm.js"
import { reseal, Resealed, type RotationKeys } from "../crypto/reseal.js"
import type { SecretKey } from "../crypto/SecretKey.js"

export const PLAIN = 1
export const SEALED = 2

const decodeJson = Schema.decodeUnknownEither(Schema.parseJson(WorkingMemoryEntry))
const utf8 = new TextEncoder()

/** Associated data for the record at `[conversationId, id]`; JSON keeps the pair unambiguous. */
const boundTo = (conversationId: string, id: string): Uint8Array =>
  utf8.encode(`aico/working-memory/v2\0${JSON.stringify([conversationId, id])}`)

const withVersion = (version: number, body: Uint8Array): Buffer => {
  const record = Buffer.allocUnsafe(1 + body.length)
  record[0] = version
  record.set(body, 1)
  return record
}

/** The record for `entry`: sealed when a key is given, plain JSON otherwise. */
export const encodeRecord = (entry: WorkingMemoryEntry, key?: SecretKey): Buffer => {
  const json = Buffer.from(JSON.stringify(entry))
  if (key === undefined) return withVersion(PLAIN, json)
  return withVersion(SEALED, AesGcm.seal(key, json, boundTo(entry.conversationId, entry.id)))
}

/** The record's version byte, if it has one. */
export const recordVersion = (record: unknown): number | undefined =>
  record instanceof Uint8Array && record.length > 0 ? record[0] : undefined

/**
 * The entry stored at `[conversationId, id]`, or why the bytes are not one. A store with a
 * key reads only sealed records; one without reads only plain ones. Reasons never quote a
 * decrypted record.
 */
export const decodeRecord = (
  record: unknown,
  conversationId: string,
  id: string,
  key?: SecretKey,
): Either.Either<WorkingMemoryEntry, string> => {
  if (!(record instanceof Uint8Array)) return Either.left("not a byte record")
  if (record.length < 1) return Either.left("empty record")
  const body = record.subarray(1)
  let json: Uint8Array
  if (record[0] === SEALED) {
    if (key === undefined)
      return Either.left("the record is encrypted and the store was opened without a key")
    const opened = AesGcm.open(key, body, boundTo(conversationId, id))
    if (Either.isLeft(opened))
      return Either.left(`the record does not open with this key: ${opened.left.detail}`)
    json = opened.right
  } else if (record[0] === PLAIN) {
    if (key !== undefined) return Either.left("a plain record in an encrypted store")
    json = body
  } else return Either.left(`unknown record version ${record[0]}`)
  const text = Buffer.from(json.buffer, json.byteOffset, json.length).toString()
  return Either.flatMap(
    Either.mapLeft(decodeJson(text), (error) =>
      // The schema's report quotes the values it saw: never print a decrypted one.
      key === undefined
        ? ParseResult.TreeFormatter.formatErrorSync(error)
        : "the decrypted record is not an entry",
    ),
    (entry) =>
      entry.conversationId === conversationId && entry.id === id
        ? Either.right(entry)
        : Either.left("the record belongs to another key"),
  )
}

/**
 * For a key rotation: the record at `[conversationId, id]` moved to the new key (version 2
 * again), or `Current`/`Unreadable`. Only the sealed bytes are touched, never the entry.
 */
export const resealRecord = (
  keys: RotationKeys,
  record: Uint8Array,
  conversationId: string,
  id: string,
): Resealed => {
  if (recordVersion(record) !== SEALED)
    return Resealed.Unreadable({ detail: `record version ${recordVersion(record)}, not sealed` })
  const outcome = reseal(keys, record.subarray(1), boundTo(conversationId, id))
  return outcome._tag === "Resealed"
    ? Resealed.Resealed({ sealed: withVersion(SEALED, outcome.sealed) })
    : outcome
}
