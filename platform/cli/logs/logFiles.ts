/**
 * The rotating log's files, oldest first (`aico.log.4` … `aico.log.1`, `aico.log`; see
 * platform/logging/RotatingFile.ts), read line by line, and the live file followed.
 */
import { Effect } from "effect"
import { open, readdir, readFile, stat } from "node:fs/promises"
import { basename, dirname, join } from "node:path"

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

/** Every line of `files` in order (a file rotated away while reading is just shorter). */
export const readLines = (files: ReadonlyArray<string>): Effect.Effect<ReadonlyArray<string>> =>
  Effect.promise(async () => {
    const lines: Array<string> = []
    for (const file of files) {
      const text = await readFile(file, "utf8").catch(() => "")
      for (const line of text.split("\n")) if (line !== "") lines.push(line)
    }
    return lines
  })

export interface FollowState {
  readonly offset: number
  /** The start of a line the writer has not finished. */
  readonly partial: string
}

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
export const readNew = (
  file: string,
  state: FollowState,
): Effect.Effect<readonly [ReadonlyArray<string>, FollowState]> =>
  Effect.promise(async () => {
    const size = await stat(file).then(
      (s) => s.size,
      () => 0,
    )
    const from = size < state.offset ? 0 : state.offset
    const partial = size < state.offset ? "" : state.partial
    if (size === from) return [[], { offset: from, partial }] as const
    const handle = await open(file, "r")
    try {
      const buffer = Buffer.alloc(size - from)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, from)
      const text = partial + buffer.subarray(0, bytesRead).toString("utf8")
      const parts = text.split("\n")
      const rest = parts.pop() ?? ""
      return [
        parts.filter((line) => line !== ""),
        { offset: from + bytesRead, partial: rest },
      ] as const
    } finally {
      await handle.close()
    }
  })
