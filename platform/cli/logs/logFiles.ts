/**
 * The rotating log's files, oldest first (`aico.log.4` … `aico.log.1`, `aico.log`; see
 * platform/logging/RotatingFile.ts), read line by line, and the live file followed. Sealed
 * files (`SealedLog`, the default) are opened with the files key, asked for only when a
 * sealed file is there; plain files (`log.file.sealed: false`) are read as they are.
 */
import { Console, Effect } from "effect"
import { readdir, readFile, stat } from "node:fs/promises"
import { basename, dirname, join } from "node:path"
import * as SealedLog from "../../crypto/SealedLog.js"
import type * as SecretKey from "../../crypto/SecretKey.js"

/** The key sealed log files open with; run only if one is met. */
export type LogKey<E> = Effect.Effect<SecretKey.SecretKey, E>

const linesOf = (text: string) => text.split("\n").filter((line) => line !== "")

/** The existing files of the log at `file`, oldest first. */
export const rotatedFiles = (file: string): Effect.Effect<ReadonlyArray<string>> =>
  Effect.promise(async () => {
    const names = await readdir(dirname(file)).catch((): Array<string> => [])
    const base = basename(file)
    const rotated = names
      .map((name) => ({
        name,
        index: name.startsWith(`${base}.`) ? Number(name.slice(base.length + 1)) : Number.NaN,
      }))
      .filter(({ index }) => Number.isInteger(index) && index > 0)
      .sort((a, b) => b.index - a.index)
      .map(({ name }) => join(dirname(file), name))
    return names.includes(base) ? [...rotated, file] : rotated
  })

/** The lines of one file's bytes, opening a sealed one with `key`. */
const fileLines = <E>(file: string, bytes: Buffer, key: LogKey<E>, live: boolean) =>
  Effect.gen(function* () {
    if (!SealedLog.isSealed(bytes)) return linesOf(bytes.toString("utf8"))
    const read = SealedLog.read(bytes, yield* key)
    // The live file's last record may be being written as it is read.
    const expected = live && read.problem?.kind === "truncated"
    if (read.problem !== undefined && !expected) {
      yield* Console.error(`(${file}: ${read.problem.reason}; lines after it are not shown)`)
    }
    return linesOf(read.records.map((record) => record.toString("utf8")).join(""))
  })

/** Every line of `files` in order (a file rotated away while reading is just shorter). */
export const readLines = <E>(
  files: ReadonlyArray<string>,
  key: LogKey<E>,
): Effect.Effect<ReadonlyArray<string>, E> =>
  Effect.gen(function* () {
    const lines: Array<string> = []
    for (const [i, file] of files.entries()) {
      const bytes = yield* Effect.promise(() => readFile(file).catch(() => Buffer.alloc(0)))
      lines.push(...(yield* fileLines(file, bytes, key, i === files.length - 1)))
    }
    return lines
  })

export interface FollowState {
  readonly offset: number
  /** The start of a line the writer has not finished. */
  readonly partial: string
  /** In a sealed file: the index of the record at `offset`. */
  readonly index: number
}

/** Where following starts: the end of the file as it is now. */
export const followFrom = (file: string): Effect.Effect<FollowState> =>
  Effect.promise(async () => {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0))
    if (!SealedLog.isSealed(bytes)) return { offset: bytes.length, partial: "", index: 0 }
    // Record boundaries by length: no key needed to find where new records will start.
    let offset = SealedLog.HEADER_BYTES
    let index = 0
    while (offset + 4 <= bytes.length) {
      const end = offset + 4 + bytes.readUInt32BE(offset) + 16
      if (end > bytes.length) break
      offset = end
      index++
    }
    return { offset, partial: "", index }
  })

/** The file's size now (0 when it is missing). */
export const sizeOf = (file: string): Effect.Effect<number> =>
  Effect.promise(() =>
    stat(file).then(
      (s) => s.size,
      () => 0,
    ),
  )

/**
 * The complete lines written to `file` since `state`; a file that shrank was rotated (or
 * truncated), so reading starts again at its beginning.
 */
export const readNew = <E>(
  file: string,
  state: FollowState,
  key: LogKey<E>,
): Effect.Effect<readonly [ReadonlyArray<string>, FollowState], E> =>
  Effect.gen(function* () {
    const bytes = yield* Effect.promise(() => readFile(file).catch(() => Buffer.alloc(0)))
    const restarted = bytes.length < state.offset
    const from = restarted ? { offset: 0, partial: "", index: 0 } : state
    if (bytes.length === from.offset) return [[], from] as const
    if (SealedLog.isSealed(bytes)) {
      const start = from.offset === 0 ? { offset: SealedLog.HEADER_BYTES, index: 0 } : from
      const read = SealedLog.read(bytes, yield* key, start)
      const text = read.records.map((record) => record.toString("utf8")).join("")
      return [linesOf(text), { offset: read.offset, partial: "", index: read.index }] as const
    }
    const text = from.partial + bytes.subarray(from.offset).toString("utf8")
    const parts = text.split("\n")
    const rest = parts.pop() ?? ""
    return [
      parts.filter((line) => line !== ""),
      { offset: bytes.length, partial: rest, index: 0 },
    ] as const
  })
