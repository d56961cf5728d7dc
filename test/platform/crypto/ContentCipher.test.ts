/**
 * The content cipher: text round-trips under its key and context, and every way a value can
 * be wrong (another key, another row, altered bytes, not a sealed value) is a typed failure
 * that names the row and carries nothing of the text.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { OVERHEAD } from "../../../platform/crypto/aesGcm.js"
import * as ContentCipher from "../../../platform/crypto/ContentCipher.js"
import * as Hkdf from "../../../platform/crypto/hkdf.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"

const text = "Ünïcode ✓ — the spare key is under the blue flowerpot"
const context = "memories/00000000-0000-4000-8000-000000000001"

const failure = (effect: Effect.Effect<string, ContentCipher.ContentUnreadable>) =>
  Effect.flip(effect)

describe("ContentCipher", () => {
  it.effect("opens what it sealed, for the same context only", () =>
    Effect.gen(function* () {
      const cipher = ContentCipher.make(SecretKey.random())
      const sealed = cipher.seal(text, context)
      expect(sealed.length).toBe(Buffer.byteLength(text) + OVERHEAD)
      expect(Buffer.from(sealed).includes(Buffer.from("flowerpot"))).toBe(false)
      expect(yield* cipher.open(sealed, context)).toBe(text)
      expect(yield* cipher.open(cipher.seal("", context), context)).toBe("")
      // A fresh nonce each time: the same text seals differently.
      expect(cipher.seal(text, context)).not.toEqual(sealed)

      const moved = yield* failure(
        cipher.open(sealed, "memories/00000000-0000-4000-8000-000000000002"),
      )
      expect(moved._tag).toBe("ContentUnreadable")
      expect(moved.reason).toBe("authentication failed")
      expect(moved.message).toContain("memories/00000000-0000-4000-8000-000000000002")
      const otherTable = yield* failure(
        cipher.open(sealed, "messages/00000000-0000-4000-8000-000000000001"),
      )
      expect(otherTable.reason).toBe("authentication failed")
    }),
  )

  it.effect("refuses another key, altered bytes and values that were never sealed", () =>
    Effect.gen(function* () {
      const cipher = ContentCipher.make(SecretKey.random())
      const sealed = cipher.seal(text, context)
      const wrongKey = yield* failure(ContentCipher.make(SecretKey.random()).open(sealed, context))
      expect(wrongKey.reason).toBe("authentication failed")
      expect(wrongKey.message).not.toContain("flowerpot")

      const altered = Uint8Array.from(sealed)
      altered[20] = (altered[20] ?? 0) ^ 1
      expect((yield* failure(cipher.open(altered, context))).reason).toBe("authentication failed")
      expect((yield* failure(cipher.open(new Uint8Array(0), context))).reason).toBe("too short")
      const plain = new TextEncoder().encode(text)
      expect((yield* failure(cipher.open(plain, context))).reason).toBe("bad version")
    }),
  )

  it.effect("fromMasterKey seals under the master key's database purpose key", () =>
    Effect.gen(function* () {
      const master = SecretKey.random()
      const service = yield* ContentCipher.ContentCipher.pipe(
        Effect.provide(ContentCipher.fromMasterKey(master)),
      )
      const sealed = service.seal(text, context)
      const database = ContentCipher.make(Hkdf.purposeKeys(master).database)
      expect(yield* database.open(sealed, context)).toBe(text)
      const direct = yield* failure(ContentCipher.make(master).open(sealed, context))
      expect(direct.reason).toBe("authentication failed")
    }),
  )
})
