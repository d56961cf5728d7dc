/**
 * For a key rotation: the sealed log files (the live one and the rotated ones) sealed again
 * under the new master key's files key, each written beside itself and renamed over it, so
 * a rotation killed midway leaves every file whole under one key or the other. A file that
 * already opens with the new key is left alone; plain files are not touched.
 */
import { Data, Effect } from "effect"
import * as fs from "node:fs"
import { basename, dirname, join } from "node:path"
import type { Config } from "../../schemas/Config.js"
import { purposeKeys } from "../crypto/hkdf.js"
import * as SealedLog from "../crypto/SealedLog.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import { logFilePath } from "./Logging.js"

export class LogResealFailed extends Data.TaggedError("LogResealFailed")<{
  readonly file: string
  readonly reason: string
}> {
  override get message() {
    return `log file ${this.file}: ${this.reason}`
  }
}

/** The log file and its rotated predecessors that exist. */
const logFiles = (config: Config): ReadonlyArray<string> => {
  const file = logFilePath(config)
  const base = basename(file)
  const names = fs.existsSync(dirname(file)) ? fs.readdirSync(dirname(file)) : []
  return names
    .filter((name) => name === base || /^\d+$/.test(name.slice(base.length + 1)))
    .filter((name) => name.startsWith(base))
    .map((name) => join(dirname(file), name))
}

/** Re-seals every sealed log file under `to`; resolves with how many were rewritten. */
export const resealLogs = (
  config: Config,
  keys: { readonly from: SecretKey.SecretKey; readonly to: SecretKey.SecretKey },
): Effect.Effect<number, LogResealFailed> =>
  Effect.try({
    try: () => {
      const from = purposeKeys(keys.from).files
      const to = purposeKeys(keys.to).files
      let rewritten = 0
      for (const file of logFiles(config)) {
        const bytes = fs.readFileSync(file)
        if (!SealedLog.isSealed(bytes)) continue
        const current = SealedLog.read(bytes, to)
        if (current.problem === undefined || current.problem.kind === "truncated") {
          if (current.records.length > 0 || bytes.length <= SealedLog.HEADER_BYTES) continue
        }
        const old = SealedLog.read(bytes, from)
        if (old.problem !== undefined && old.problem.kind !== "truncated") {
          throw new Error(`neither key opens it (${old.problem.reason})`)
        }
        const next = `${file}.rekey`
        fs.rmSync(next, { force: true })
        const writer = SealedLog.openWriter(next, to)
        for (const record of old.records) writer.append(record)
        writer.close()
        fs.renameSync(next, file)
        rewritten++
      }
      return rewritten
    },
    catch: (error) =>
      new LogResealFailed({
        file: logFilePath(config),
        reason: error instanceof Error ? error.message : String(error),
      }),
  })
