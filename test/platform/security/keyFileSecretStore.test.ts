/** The key-file fallback: the shared contract, its permissions, and refusing looser ones. */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { chmod, stat, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { make } from "../../../platform/security/KeyFileSecretStore.js"
import { MASTER_KEY_ACCOUNT } from "../../../platform/security/SecretStore.js"
import { tempDir } from "../../support/nodes.js"
import { secretStoreContract } from "./secretStore.case.js"

const openStore = () => Effect.map(tempDir(), (dir) => make({ directory: join(dir, "keys") }))

secretStoreContract("key file", openStore)

describe("KeyFileSecretStore", () => {
  it.scoped("writes the key 0600 in a 0700 directory", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir()
      const store = make({ directory: join(dir, "keys") })
      yield* store.set(MASTER_KEY_ACCOUNT, Redacted.make(new Uint8Array(32).fill(9)))
      const mode = async (path: string) => (await stat(path)).mode & 0o777
      expect(yield* Effect.promise(() => mode(join(dir, "keys", "master-key.key")))).toBe(0o600)
      expect(yield* Effect.promise(() => mode(join(dir, "keys")))).toBe(0o700)
    }),
  )

  it.scoped("refuses a key file that others can read, and one that is not base64", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir()
      const store = make({ directory: dir })
      const file = join(dir, "master-key.key")
      yield* store.set(MASTER_KEY_ACCOUNT, Redacted.make(new Uint8Array(32)))
      yield* Effect.promise(() => chmod(file, 0o640))
      const insecure = yield* Effect.flip(store.get(MASTER_KEY_ACCOUNT))
      expect(insecure._tag).toBe("PrivateFileInsecure")
      expect(insecure.message).toContain(file)

      yield* Effect.promise(() => writeFile(file, "not base64!\n", { mode: 0o600 }))
      yield* Effect.promise(() => chmod(file, 0o600))
      expect((yield* Effect.flip(store.get(MASTER_KEY_ACCOUNT)))._tag).toBe("SecretStoreFailed")
    }),
  )
})
