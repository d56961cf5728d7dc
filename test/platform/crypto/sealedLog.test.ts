/**
 * Sealed logs: what is appended reads back in order, survives a reopen, and every kind of
 * damage is refused rather than read — a flipped bit, a cut file, swapped or dropped
 * records, another key — while a torn tail left by a crash is cut off on reopen.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as SealedLog from "../../../platform/crypto/SealedLog.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"

const key = SecretKey.random()
const fresh = () => join(mkdtempSync(join(tmpdir(), "aico-sealed-log-")), "aico.log")
const lines = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `{"message":"line ${from + i}","secret":"Ingrid's code"}\n`)

const written = (path: string, records: ReadonlyArray<string>) => {
  const writer = SealedLog.openWriter(path, key)
  for (const record of records) writer.append(Buffer.from(record))
  writer.close()
  return readFileSync(path)
}

const text = (result: SealedLog.ReadResult) => result.records.map((r) => r.toString()).join("")

/** The byte offsets at which each record starts. */
const starts = (bytes: Buffer) => {
  const found: Array<number> = []
  let offset = SealedLog.HEADER_BYTES
  while (offset < bytes.length) {
    found.push(offset)
    offset += 4 + bytes.readUInt32BE(offset) + 16
  }
  return found
}

describe("sealed log", () => {
  it("reads back what was appended, across a reopen, with nothing in the clear", () => {
    const path = fresh()
    written(path, lines(3))
    const bytes = written(path, lines(2, 3))
    expect(bytes.includes(Buffer.from("Ingrid"))).toBe(false)
    const result = SealedLog.read(bytes, key)
    expect(result.problem).toBeUndefined()
    expect(text(result)).toBe(lines(5).join(""))
    expect(result.index).toBe(5)
    // Reading on from where an earlier read stopped gives only what came after.
    const head = SealedLog.read(bytes.subarray(0, starts(bytes)[3]), key)
    const rest = SealedLog.read(bytes, key, { offset: head.offset, index: head.index })
    expect(text(rest)).toBe(lines(2, 3).join(""))
  })

  it.each([
    {
      name: "a flipped bit",
      damage: (bytes: Buffer) => {
        bytes[starts(bytes)[1]! + 10]! ^= 1
        return bytes
      },
      problem: "damaged",
      kept: 1,
    },
    {
      name: "two swapped records",
      damage: (bytes: Buffer) => {
        const [a = 0, b = 0, c = 0] = starts(bytes)
        return Buffer.concat([
          bytes.subarray(0, a),
          bytes.subarray(b, c),
          bytes.subarray(a, b),
          bytes.subarray(c),
        ])
      },
      problem: "damaged",
      kept: 0,
    },
    {
      name: "a dropped record",
      damage: (bytes: Buffer) => {
        const [, b = 0, c = 0] = starts(bytes)
        return Buffer.concat([bytes.subarray(0, b), bytes.subarray(c)])
      },
      problem: "damaged",
      kept: 1,
    },
    {
      name: "a file cut inside a record",
      damage: (bytes: Buffer) => bytes.subarray(0, starts(bytes)[2]! + 7),
      problem: "truncated",
      kept: 2,
    },
    {
      name: "an edited header",
      damage: (bytes: Buffer) => {
        bytes[SealedLog.HEADER_BYTES - 1]! ^= 1
        return bytes
      },
      problem: "damaged",
      kept: 0,
    },
  ])("refuses $name", ({ damage, kept, problem }) => {
    const bytes = damage(Buffer.from(written(fresh(), lines(3))))
    const result = SealedLog.read(bytes, key)
    expect(result.problem?.kind).toBe(problem)
    expect(result.records).toHaveLength(kept)
  })

  it("refuses another key and a file that is not a sealed log", () => {
    const bytes = written(fresh(), lines(2))
    expect(SealedLog.read(bytes, SecretKey.random()).problem?.kind).toBe("damaged")
    expect(SealedLog.read(Buffer.from("plain text\n"), key).problem?.kind).toBe("not-sealed")
    const plain = fresh()
    writeFileSync(plain, "plain text\n")
    expect(() => SealedLog.openWriter(plain, key)).toThrow(SealedLog.NotSealedError)
  })

  it("cuts a torn tail on reopen and goes on after the last whole record", () => {
    const path = fresh()
    const bytes = written(path, lines(3))
    writeFileSync(path, bytes.subarray(0, starts(bytes)[2]! + 5))
    const after = written(path, lines(1, 10))
    const result = SealedLog.read(after, key)
    expect(result.problem).toBeUndefined()
    expect(text(result)).toBe([...lines(2), ...lines(1, 10)].join(""))
  })

  it("never throws reading arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (random, withHeader) => {
        const bytes = withHeader
          ? Buffer.concat([written(fresh(), []), Buffer.from(random)])
          : Buffer.from(random)
        const result = SealedLog.read(bytes, key)
        expect(result.records.length).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 200 },
    )
  })
})
