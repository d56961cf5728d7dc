/** A key rotation re-seals the log files under the new key, once, and leaves plain files alone. */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { purposeKeys } from "../../../platform/crypto/hkdf.js"
import * as SealedLog from "../../../platform/crypto/SealedLog.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { resealLogs } from "../../../platform/logging/resealLogs.js"
import { Config } from "../../../schemas/Config.js"
import { tempDir } from "./tempDir.js"

const sealedWith = (file: string, key: SecretKey.SecretKey, lines: ReadonlyArray<string>) => {
  const writer = SealedLog.openWriter(file, purposeKeys(key).files)
  for (const line of lines) writer.append(Buffer.from(`${line}\n`))
  writer.close()
}

const opened = (file: string, key: SecretKey.SecretKey) => {
  const read = SealedLog.read(fs.readFileSync(file), purposeKeys(key).files)
  return read.problem === undefined
    ? read.records.map((r) => r.toString()).join("")
    : read.problem.kind
}

describe("re-sealing logs for a key rotation", () => {
  it.scoped("moves every sealed log file to the new key, once", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const file = path.join(dir, "logs", "aico.log")
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const config = Schema.decodeUnknownSync(Config)({ log: { file: { path: file } } })
      const [before, after, stranger] = [SecretKey.random(), SecretKey.random(), SecretKey.random()]
      sealedWith(`${file}.1`, before, ["older"])
      sealedWith(file, before, ["newer", "newest"])
      fs.writeFileSync(`${file}.2`, "a plain line from before sealing\n")

      expect(yield* resealLogs(config, { from: before, to: after })).toBe(2)
      expect(opened(`${file}.1`, after)).toBe("older\n")
      expect(opened(file, after)).toBe("newer\nnewest\n")
      expect(opened(file, before)).toBe("damaged")
      expect(fs.readFileSync(`${file}.2`, "utf8")).toContain("plain line")
      // Run again (a rotation resumed at this step): nothing left to do.
      expect(yield* resealLogs(config, { from: before, to: after })).toBe(0)
      // Keys that open nothing: refused, nothing written.
      const refused = yield* Effect.either(resealLogs(config, { from: stranger, to: before }))
      expect(Either.isLeft(refused)).toBe(true)
      expect(opened(file, after)).toBe("newer\nnewest\n")
    }),
  )
})
