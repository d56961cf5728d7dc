import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Option, Redacted } from "effect"
import { readFileSync, statSync } from "node:fs"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { BusPeerKeyMissing, busCurve } from "../../../platform/node/busCurve.js"
import { busKeyFile, busKeys, busPublicKey } from "../../../platform/security/busKeys.js"
import { Config } from "../../../schemas/Config.js"
import { Schema } from "effect"
import { tempDir } from "../../support/nodes.js"

const configFor = (dataDir: string, bus: object) =>
  Schema.decodeUnknownSync(Config)({ node: { dataDir }, bus })

describe("the node's bus keys", () => {
  it.scoped("are made once, sealed under the master key, and read back the same", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir()
      const master = SecretKey.random()
      const made = yield* busKeys(dataDir, master)
      const again = yield* busKeys(dataDir, master)
      expect(again.publicKey).toBe(made.publicKey)
      expect(Redacted.value(again.secretKey)).toBe(Redacted.value(made.secretKey))
      const text = readFileSync(busKeyFile(dataDir), "utf8")
      expect(text).toContain(made.publicKey)
      expect(text).not.toContain(Redacted.value(made.secretKey))
      expect(statSync(busKeyFile(dataDir)).mode & 0o077).toBe(0)
      expect(yield* busPublicKey(dataDir)).toEqual(Option.some(made.publicKey))

      const wrong = yield* Effect.either(busKeys(dataDir, SecretKey.random()))
      expect(Either.isLeft(wrong) && wrong.left.message).toContain(
        "the master key does not open it",
      )
    }),
  )

  it.scoped("the bus admits only listed peers, and a peer without a key is a config error", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir()
      const master = SecretKey.random()
      const peerKey = (yield* busKeys(yield* tempDir(), SecretKey.random())).publicKey
      const on = yield* busCurve(
        configFor(dataDir, {
          peers: [{ id: "laptop", endpoint: "tcp://10.0.0.2:5555", publicKey: peerKey }],
        }),
        master,
      )
      expect(on?.allow).toEqual([peerKey])
      const missing = yield* Effect.flip(
        busCurve(
          configFor(dataDir, { peers: [{ id: "laptop", endpoint: "tcp://10.0.0.2:5555" }] }),
          master,
        ),
      )
      expect(missing).toBeInstanceOf(BusPeerKeyMissing)
      expect(missing.message).toContain("laptop")
      expect(yield* busCurve(configFor(dataDir, { curve: false }), master)).toBeUndefined()
      expect(
        yield* busCurve(configFor(dataDir, { endpoint: "inproc://here" }), master),
      ).toBeUndefined()
    }),
  )
})
