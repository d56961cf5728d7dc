/**
 * The OS secret store for real: GNOME Keyring's Secret Service on a private D-Bus session.
 * One process stores the master key; after the session ends (a reboot, as far as the keyring
 * knows) and a new one is unlocked, a second process reads it back without any password.
 * Without a D-Bus session the store says so with `SecretStoreUnavailable`.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Scope } from "effect"
import { randomBytes } from "node:crypto"
import { MASTER_KEY_ACCOUNT } from "../../../platform/security/SecretStore.js"
import { make } from "../../../platform/security/KeyringSecretStore.js"
import { tempDir } from "../../support/nodes.js"
import { secretStoreContract } from "./secretStore.case.js"
import {
  isolatedEnv,
  requireSecretServiceTools,
  runSecretStoreScript,
  secretServiceSession,
} from "./secretServiceSession.js"

requireSecretServiceTools()

// libdbus connects to the session bus once per process and keeps that connection, so this
// worker gets one private session for the whole file (never a developer's real keyring).
const suiteScope = Effect.runSync(Scope.make())
beforeAll(async () => {
  const session = await Effect.runPromise(
    Scope.extend(Effect.flatMap(tempDir(), secretServiceSession), suiteScope),
  )
  process.env["DBUS_SESSION_BUS_ADDRESS"] = session.env["DBUS_SESSION_BUS_ADDRESS"]
})
afterAll(() => Effect.runPromise(Scope.close(suiteScope, Exit.void)))

secretStoreContract("Secret Service (GNOME Keyring)", () => make)

describe("KeyringSecretStore across processes", () => {
  it.scoped("a restarted process reads the master key back without a password", () =>
    Effect.gen(function* () {
      const home = yield* tempDir()
      const key = randomBytes(32).toString("hex")

      const stored = yield* Effect.scoped(
        Effect.flatMap(secretServiceSession(home), (session) =>
          runSecretStoreScript(session.env, ["set", MASTER_KEY_ACCOUNT, key]),
        ),
      )
      expect(stored).toEqual({ ok: true, value: true })

      const readBack = yield* Effect.scoped(
        Effect.flatMap(secretServiceSession(home), (session) =>
          runSecretStoreScript(session.env, ["get", MASTER_KEY_ACCOUNT]),
        ),
      )
      expect(readBack).toEqual({ ok: true, value: key })
    }),
  )

  it.scoped("without a D-Bus session the store is unavailable and names the fallbacks", () =>
    Effect.gen(function* () {
      const result = yield* runSecretStoreScript(isolatedEnv(yield* tempDir()), [
        "get",
        MASTER_KEY_ACCOUNT,
      ])
      expect(result).toMatchObject({ ok: false, tag: "SecretStoreUnavailable" })
      const message = result.ok ? "" : result.message
      expect(message).toMatch(/no OS secret store is available/)
      expect(message).toMatch(/key file readable by the service user only/)
      expect(message).toMatch(/password on a file descriptor/)
    }),
  )
})
