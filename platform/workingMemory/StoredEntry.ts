/**
 * How an entry sits on disk: `[u8 version = 1][entry as UTF-8 JSON]`. Reading one back is
 * a boundary, so it goes through the entry schema.
 */
import { Either, ParseResult, Schema } from "effect"
import { WorkingMemoryEntry } from "../../schemas/memory/WorkingMemoryEntry.js"

const RECORD_VERSION = 1

const decodeJson = Schema.decodeUnknownEither(Schema.parseJson(WorkingMemoryEntry))

export const encodeRecord = (entry: WorkingMemoryEntry): Buffer => {
  const json = Buffer.from(JSON.stringify(entry))
  const record = Buffer.allocUnsafe(1 + json.length)
  record[0] = RECORD_VERSION
  json.copy(record, 1)
  return record
}

/** The entry, or why the bytes are not one. */
export const decodeRecord = (record: unknown): Either.Either<WorkingMemoryEntry, string> => {
  if (!(record instanceof Uint8Array)) return Either.left("not a byte record")
  if (record.length < 1) return Either.left("empty record")
  if (record[0] !== RECORD_VERSION) return Either.left(`unknown record version ${record[0]}`)
  const json = Buffer.from(record.buffer, record.byteOffset + 1, record.length - 1).toString()
  return Either.mapLeft(decodeJson(json), (error) =>
    ParseResult.TreeFormatter.formatErrorSync(error),
  )
}
