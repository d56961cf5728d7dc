/** The native Argon2id binding against RFC 9106's own test vector. */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { argon2id } from "../../../platform/security/argon2id.js"

describe("argon2id", () => {
  it.effect("matches the Argon2id test vector of RFC 9106 section 5.3", () =>
    Effect.gen(function* () {
      const tag = yield* argon2id({
        password: new Uint8Array(32).fill(0x01),
        salt: new Uint8Array(16).fill(0x02),
        secret: new Uint8Array(8).fill(0x03),
        associatedData: new Uint8Array(12).fill(0x04),
        memoryCost: 32,
        timeCost: 3,
        parallelism: 4,
        tagLength: 32,
      })
      expect(Buffer.from(tag).toString("hex")).toBe(
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659",
      )
    }),
  )

  it.effect("fails as data on parameters Argon2 refuses", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        argon2id({
          password: new Uint8Array(8),
          salt: new Uint8Array(4), // Argon2 needs at least 8 bytes of salt
          memoryCost: 64,
          timeCost: 1,
          parallelism: 1,
          tagLength: 32,
        }),
      )
      expect(error._tag).toBe("KeyDerivationFailed")
    }),
  )
})
