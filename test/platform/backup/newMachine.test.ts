/**
 * A backup restored on another machine opens with the same password: the master-key
 * record travels in the archive, so `unlock` there derives the same master key, and the
 * sealed contents read back.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { withPassword } from "../../../platform/backup/archiveKeys.js"
import { backup, restore } from "../../../platform/backup/Backup.js"
import { make as masterPassword } from "../../../platform/security/masterKeyFile.js"
import { recordFile } from "../../../platform/security/MasterPassword.js"
import { tempDir } from "../../support/nodes.js"
import { configFor, onStack, quiet, seed, snapshot } from "./backupStack.js"

const password = Redacted.make("the same password on both machines")

describe("restore on a new machine", () => {
  it.scopedLive("unlocks with the same password and reads the sealed contents", () =>
    Effect.gen(function* () {
      const root = yield* tempDir("aico-new-machine-")
      const source = yield* configFor(join(root, "old"))
      const key = yield* masterPassword({ file: recordFile(source.node.dataDir) }).setup(password)
      const before = yield* onStack(source, Effect.flatMap(seed, snapshot), key)
      const archive = join(root, "aico.tar.gz")
      yield* backup(source, archive, key)

      const target = yield* configFor(join(root, "new"))
      yield* restore(target, archive, withPassword(Effect.succeed(password)))
      expect(existsSync(recordFile(target.node.dataDir))).toBe(true)
      const unlocked = yield* masterPassword({ file: recordFile(target.node.dataDir) }).unlock(
        password,
      )
      expect(Buffer.from(Redacted.value(unlocked)).equals(Buffer.from(Redacted.value(key)))).toBe(
        true,
      )
      const after = yield* onStack(target, snapshot(before.conversationId), unlocked)
      expect(after).toEqual(before)
    }).pipe(quiet),
  )
})
