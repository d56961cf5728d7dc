/** Opening and re-sealing backup archives in tests, through the same code a restore uses. */
import { Effect } from "effect"
import { mkdirSync, readdirSync } from "node:fs"
import { join } from "node:path"
import type * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { openSealed, packSealed } from "../../../platform/backup/sealedArchive.js"

/** Unpacks `archive`'s sealed contents into `<dir>/contents`; returns that path. */
export const unsealed = (archive: string, key: SecretKey.SecretKey, dir: string) =>
  Effect.gen(function* () {
    mkdirSync(dir, { recursive: true })
    const contents = join(dir, "contents")
    const opened = yield* openSealed(archive, dir)
    yield* opened.unseal(key, contents)
    return contents
  }).pipe(Effect.orDie)

/** A copy of `archive` at `target`, its contents changed by `change` and sealed again. */
export const resealed = (
  archive: string,
  key: SecretKey.SecretKey,
  target: string,
  change: (contents: string) => void,
) =>
  Effect.gen(function* () {
    const contents = yield* unsealed(archive, key, `${target}.d`)
    change(contents)
    const entries = readdirSync(contents)
    yield* packSealed(contents, entries, target, key, false).pipe(Effect.orDie)
    return target
  })
