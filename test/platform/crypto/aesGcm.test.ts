/**
 * Sealed values: AES-256-GCM known answers (NIST CAVP gcmEncryptExtIV256.rsp and the
 * McGrew–Viega GCM specification) through the versioned format, both ways, and typed
 * failures for every kind of bad input.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { open, OVERHEAD, seal } from "../../../platform/crypto/aesGcm.js"
import type { DecryptionFailed } from "../../../platform/crypto/CryptoError.js"
import { sealValue } from "../../../platform/crypto/internal/gcm.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"

const hex = (text: string) => new Uint8Array(Buffer.from(text, "hex"))
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex")

interface Vector {
  readonly name: string
  readonly key: string
  readonly iv: string
  readonly pt: string
  readonly aad: string
  readonly ct: string
  readonly tag: string
}

const vectors: ReadonlyArray<Vector> = [
  {
    name: "CAVP gcmEncryptExtIV256 [PTlen=128, AADlen=128] Count 0",
    key: "92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b",
    iv: "ac93a1a6145299bde902f21a",
    pt: "2d71bcfa914e4ac045b2aa60955fad24",
    aad: "1e0889016f67601c8ebea4943bc23ad6",
    ct: "8995ae2e6df3dbf96fac7b7137bae67f",
    tag: "eca5aa77d51d4a0a14d9c51e1da474ab",
  },
  {
    name: "CAVP gcmEncryptExtIV256 [PTlen=128, AADlen=128] Count 1",
    key: "7da3bccaffb3464178ca7c722379836db50ce0bfb47640b9572163865332e486",
    iv: "c04fd2e701c3dc62b68738b3",
    pt: "fd671cab1ee21f0df6bb610bf94f0e69",
    aad: "fec0311013202e4ffdc4204926ae0ddf",
    ct: "6be61b17b7f7d494a7cdf270562f37ba",
    tag: "5e702a38323fe1160b780d17adad3e96",
  },
  {
    name: "CAVP gcmEncryptExtIV256 [PTlen=128, AADlen=128] Count 2",
    key: "a359b9584beec189527f8842dda6b6d4c6a5db2f889635715fa3bcd7967c0a71",
    iv: "8616c4cde11b34a944caba32",
    pt: "33a46b7539d64c6e1bdb91ba221e3007",
    aad: "e1796fca20cb3d3ab0ade69b2a18891e",
    ct: "b0d316e95f3f3390ba10d0274965c62b",
    tag: "aeaedcf8a012cc32ef25a62790e9334c",
  },
  {
    name: "CAVP gcmEncryptExtIV256 [PTlen=128, AADlen=160] Count 0",
    key: "83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a",
    iv: "0b459724904e010a46901cf3",
    pt: "33d893a2114ce06fc15d55e454cf90c3",
    aad: "794a14ccd178c8ebfd1379dc704c5e208f9d8424",
    ct: "cc66bee423e3fcd4c0865715e9586696",
    tag: "0fb291bd3dba94a1dfd8b286cfb97ac5",
  },
  {
    name: "McGrew–Viega GCM spec, test case 16 (60-byte plaintext, 20-byte AAD)",
    key: "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
    iv: "cafebabefacedbaddecaf888",
    pt:
      "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72" +
      "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
    aad: "feedfacedeadbeeffeedfacedeadbeefabaddad2",
    ct:
      "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa" +
      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
    tag: "76fc6ece0f4e1768cddf8853bb2d551b",
  },
  {
    name: "McGrew–Viega GCM spec, test case 14 (no AAD)",
    key: "0000000000000000000000000000000000000000000000000000000000000000",
    iv: "000000000000000000000000",
    pt: "00000000000000000000000000000000",
    aad: "",
    ct: "cea7403d4d606b6e074ec5d3baf39d18",
    tag: "d0d1c8a799996bf0265b98b5d48ab919",
  },
]

const failure = (result: Either.Either<Uint8Array, DecryptionFailed>) => {
  if (Either.isRight(result)) throw new Error("a damaged value opened")
  return result.left
}

describe("AES-256-GCM known answers", () => {
  for (const v of vectors) {
    it(`seals and opens: ${v.name}`, () => {
      const key = SecretKey.fromBytes(hex(v.key))
      const sealed = sealValue(hex(v.key), hex(v.iv), hex(v.pt), hex(v.aad))
      expect(toHex(sealed)).toBe(`01${v.iv}${v.ct}${v.tag}`)
      const opened = open(key, hex(`01${v.iv}${v.ct}${v.tag}`), hex(v.aad))
      expect(Either.isRight(opened) && toHex(opened.right)).toBe(v.pt)
    })
  }
})

describe("sealed values", () => {
  const key = SecretKey.random()
  const plaintext = new TextEncoder().encode("I was thinking about the garden.")
  const where = new TextEncoder().encode("messages.content:42")

  it.effect("round-trip with a fresh nonce each time, and open inside Effect.gen", () =>
    Effect.gen(function* () {
      const a = seal(key, plaintext, where)
      const b = seal(key, plaintext, where)
      expect(a.length).toBe(plaintext.length + OVERHEAD)
      expect(toHex(a)).not.toBe(toHex(b))
      expect(toHex(yield* open(key, a, where))).toBe(toHex(plaintext))
      expect(toHex(yield* open(key, seal(key, new Uint8Array(0))))).toBe("")
    }),
  )

  it("fail with a bad version, naming it", () => {
    const sealed = seal(key, plaintext, where)
    sealed[0] = 2
    const error = failure(open(key, sealed, where))
    expect(error._tag).toBe("DecryptionFailed")
    expect(error.reason).toBe("bad version")
    expect(error.message).toContain("version byte 2")
  })

  it("fail when too short to hold a nonce and a tag", () => {
    expect(failure(open(key, new Uint8Array(0))).reason).toBe("too short")
    expect(failure(open(key, seal(key, plaintext).subarray(0, OVERHEAD - 1))).reason).toBe(
      "too short",
    )
  })

  it("fail authentication on any flipped bit, a wrong key or wrong associated data", () => {
    const sealed = seal(key, plaintext, where)
    for (let byte = 1; byte < sealed.length; byte++) {
      const damaged = Uint8Array.from(sealed)
      damaged[byte]! ^= 1 << (byte % 8)
      expect(failure(open(key, damaged, where)).reason).toBe("authentication failed")
    }
    expect(failure(open(SecretKey.random(), sealed, where)).reason).toBe("authentication failed")
    expect(failure(open(key, sealed)).reason).toBe("authentication failed")
    expect(failure(open(key, sealed.subarray(0, sealed.length - 1), where)).reason).toBe(
      "authentication failed",
    )
  })

  it("refuse a key that is not 32 bytes (a programming error, thrown)", () => {
    expect(() => seal(SecretKey.fromBytes(new Uint8Array(16)), plaintext)).toThrow(/32-byte key/)
  })
})
