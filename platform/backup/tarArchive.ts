/**
 * The archive itself: a gzipped tar made and read by the system `tar`. A new archive is
 * written to `<archive>.partial` and renamed into place only once complete, so a failed
 * backup never leaves a half archive under the real name (nor replaces a good one).
 */
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { rename, rm, stat } from "node:fs/promises"
import { BackupArchiveError } from "./BackupError.js"

const tailOf = (text: string) => text.trim().split("\n").slice(-5).join("\n")

/** Runs `tar` with `args`; fails with its last words. */
const tar = (args: ReadonlyArray<string>) =>
  Effect.async<void, string>((resume) => {
    const child = spawn("tar", args, { stdio: ["ignore", "ignore", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4_000)
    })
    child.once("error", (error) =>
      resume(Effect.fail(`cannot run tar: ${error.message} (is tar installed?)`)),
    )
    child.once("close", (code, signal) => {
      if (code === 0) return resume(Effect.void)
      const detail = tailOf(stderr)
      resume(
        Effect.fail(
          `tar ${signal ?? `exited with code ${code}`}${detail === "" ? "" : `: ${detail}`}`,
        ),
      )
    })
    return Effect.sync(() => child.kill("SIGKILL"))
  })

/** Packs `entries` of `directory` into `archive` (gzipped unless told not), atomically. */
export const pack = (
  directory: string,
  entries: ReadonlyArray<string>,
  archive: string,
  options: { readonly compress?: boolean } = {},
) => {
  const partial = `${archive}.partial`
  const failed = (reason: string) => new BackupArchiveError({ archive, operation: "write", reason })
  const create = options.compress === false ? "-cf" : "-czf"
  return tar([create, partial, "-C", directory, "--", ...entries]).pipe(
    Effect.mapError(failed),
    Effect.zipRight(
      Effect.tryPromise({
        try: () => rename(partial, archive),
        catch: (error) => failed(`cannot rename ${partial} into place: ${String(error)}`),
      }),
    ),
    Effect.onError(() => Effect.promise(() => rm(partial, { force: true }))),
  )
}

/** Unpacks `archive` (gzipped unless told not) into `directory`, which should be empty. */
export const unpack = (
  archive: string,
  directory: string,
  options: { readonly compressed?: boolean } = {},
) => {
  const failed = (reason: string) => new BackupArchiveError({ archive, operation: "read", reason })
  return Effect.tryPromise({
    try: () => stat(archive),
    catch: () => failed("file not found"),
  }).pipe(
    Effect.filterOrFail(
      (info) => info.isFile(),
      () => failed("not a file"),
    ),
    Effect.zipRight(
      tar([
        options.compressed === false ? "-xf" : "-xzf",
        archive,
        "-C",
        directory,
        "--no-same-owner",
        "--no-same-permissions",
      ]),
    ),
    Effect.mapError((error) => (typeof error === "string" ? failed(error) : error)),
  )
}
