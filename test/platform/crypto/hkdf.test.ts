/**
 * HKDF-SHA256 against RFC 5869 Appendix A (test cases 1–3), and the purpose keys derived
 * from it: distinct, stable, and never printed.
 */
import { describe, expect, it } from "@effect/vitest"
import { inspect } from "node:util"
import { derive, hkdf, purposeKeys, SALT } from "../../../platform/crypto/hkdf.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"

const hex = (text: string) => new Uint8Array(Buffer.from(text, "hex"))
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex")
const range = (from: number, to: number) =>
  Uint8Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe("HKDF-SHA256 (RFC 5869 Appendix A)", () => {
  it("test case 1: basic", () => {
    const okm = hkdf(new Uint8Array(22).fill(0x0b), range(0x00, 0x0c), range(0xf0, 0xf9), 42)
    expect(toHex(okm)).toBe(
      "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
    )
  })

  it("test case 2: longer inputs and output", () => {
    const okm = hkdf(range(0x00, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82)
    expect(toHex(okm)).toBe(
      "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c" +
        "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71" +
        "cc30c58179ec3e87c14c01d5c1f3434f1d87",
    )
  })

  it("test case 3: zero-length salt and info", () => {
    const okm = hkdf(new Uint8Array(22).fill(0x0b), new Uint8Array(0), new Uint8Array(0), 42)
    expect(toHex(okm)).toBe(
      "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
    )
  })
})

describe("purpose keys", () => {
  const master = hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")

  it("are 32 bytes, distinct per purpose, and stable for one master key", () => {
    const keys = purposeKeys(master)
    const all = [keys.database, keys.files, keys.bus, keys.tokens].map(SecretKey.bytes)
    for (const key of all) expect(key.length).toBe(32)
    expect(new Set(all.map(toHex)).size).toBe(4)
    expect(toHex(SecretKey.bytes(purposeKeys(master).files))).toBe(toHex(all[1]!))
    expect(toHex(SecretKey.bytes(purposeKeys(SecretKey.fromBytes(master)).bus))).toBe(
      toHex(all[2]!),
    )
  })

  it("are HKDF with the documented salt and info `aico/v1/<purpose>`", () => {
    expect(new TextDecoder().decode(SALT)).toBe("aico/v1/hkdf-salt")
    const expected = hkdf(master, SALT, new TextEncoder().encode("aico/v1/database"), 32)
    expect(toHex(SecretKey.bytes(purposeKeys(master).database))).toBe(toHex(expected))
  })

  it("differ for another master key", () => {
    const other = purposeKeys(hex("ff".repeat(32)))
    expect(toHex(SecretKey.bytes(other.database))).not.toBe(
      toHex(SecretKey.bytes(purposeKeys(master).database)),
    )
  })

  it("derive any length for a generic purpose, and refuse ambiguous purposes", () => {
    expect(SecretKey.bytes(derive(master, "search-index", 64)).length).toBe(64)
    expect(() => derive(master, "files/v2")).toThrow(/invalid key purpose/)
    expect(() => derive(master, "")).toThrow(/invalid key purpose/)
  })

  it("never show their bytes in logs, JSON or inspect", () => {
    const key = purposeKeys(master).tokens
    const bytes = toHex(SecretKey.bytes(key))
    for (const shown of [String(key), JSON.stringify({ key }), inspect({ key }), `${key}`]) {
      expect(shown).toContain("<redacted>")
      expect(shown).not.toContain(bytes)
    }
  })

  it("can be wiped", () => {
    const key = SecretKey.random()
    const bytes = SecretKey.bytes(key)
    SecretKey.wipe(key)
    expect(bytes.every((b) => b === 0)).toBe(true)
    expect(() => SecretKey.bytes(key)).toThrow()
  })
})
