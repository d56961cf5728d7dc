/**
 * The inbox's batch records: what is written reads back the same, and damaged or foreign
 * bytes read as "damaged" (undefined) instead of throwing or inventing messages.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { decodeBatch, decodeMessage, encodeBatch } from "../../../runtime/journal/InboxRecords.js"

const entry = fc.record({
  id: fc.string({ unit: "binary", maxLength: 40 }),
  envelope: fc.uint8Array({ maxLength: 300 }),
})

describe("inbox records", () => {
  it("a batch reads back exactly as written, ids in any script", () =>
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        expect(decodeBatch(encodeBatch(entries))).toEqual(entries)
      }),
    ))

  it("a truncated or extended batch reads as damaged", () =>
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.nat(), (entries, cut) => {
        const record = encodeBatch(entries)
        expect(decodeBatch(record.subarray(0, cut % record.length))).toBeUndefined()
        expect(decodeBatch(Buffer.concat([record, Buffer.of(0)]))).toBeUndefined()
      }),
    ))

  it("random bytes never throw, and never read as both kinds of record", () =>
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const batch = decodeBatch(bytes)
        const message = decodeMessage(bytes)
        expect(batch === undefined || message === undefined).toBe(true)
      }),
    ))

  it("a message record from before batches keeps its attempts and envelope", () => {
    expect(decodeMessage(Uint8Array.of(1, 0, 0, 0, 3, 9, 8))).toEqual({
      attempts: 3,
      envelope: Uint8Array.of(9, 8),
    })
    expect(decodeMessage(Uint8Array.of(1, 0, 0))).toBeUndefined()
  })
})
