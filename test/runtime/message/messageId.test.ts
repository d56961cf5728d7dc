/**
 * Message ids and their parsing: every id `nextId` makes parses back to its incarnation and
 * counter, two different ids never parse to the same pair, and any other text is refused.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { nextId, parseMessageId } from "../../../runtime/message/MessageId.js"

const incarnation = fc
  .tuple(fc.stringMatching(/^[0-9a-f]{8}$/), fc.stringMatching(/^[0-9a-f]{4}$/))
  .map(([a, b]) => `${a}-${b}`)

/** The canonical form, as a regular expression: the reference the hand-written reader must match. */
const canonical = /^[0-9a-f]{8}-[0-9a-f]{4}-(?:0|[1-9a-z][0-9a-z]{0,9})$/

/** Strings near the canonical form: its characters and a few others, at nearby lengths. */
const nearlyIds = fc.oneof(
  fc
    .array(fc.constantFrom(..."0123456789abcdefgxyzAF-_ \u00e9"), { minLength: 12, maxLength: 26 })
    .map((chars) => chars.join("")),
  fc
    .tuple(incarnation, fc.string({ unit: fc.constantFrom(..."0019azAZ-/:`{"), maxLength: 12 }))
    .map(([inc, rest]) => `${inc}-${rest}`),
)

describe("message ids", () => {
  it("ids made here parse back to one incarnation and consecutive counters", () => {
    const ids = Array.from({ length: 50 }, () => nextId())
    const parsed = ids.map(parseMessageId)
    expect(parsed.every((p) => p?.incarnation === parsed[0]?.incarnation)).toBe(true)
    const counters = parsed.map((p) => p!.counter)
    expect(counters).toEqual(counters.map((_, i) => counters[0]! + i))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("any counter up to ten base-36 digits parses back exactly", () =>
    fc.assert(
      fc.property(incarnation, fc.integer({ min: 0, max: 36 ** 10 - 1 }), (inc, counter) => {
        expect(parseMessageId(`${inc}-${counter.toString(36)}`)).toEqual({
          incarnation: inc,
          counter,
        })
      }),
    ))

  it("refuses ids that are not in the canonical form", () => {
    for (const id of [
      "",
      "storm-1",
      "0123abcd-ef01-0a", // leading zero: would share a counter with "-a"
      "0123ABCD-ef01-a", // upper case
      "0123abcd-ef01-", // no counter
      "0123abcd-ef01-a-b",
      "0123abcd-ef01-10000000000", // eleven digits
      " 0123abcd-ef01-a",
    ])
      expect(parseMessageId(id), id).toBeUndefined()
  })

  it("accepts exactly the strings of the canonical form", () =>
    fc.assert(
      fc.property(nearlyIds, (id) => {
        expect(parseMessageId(id) !== undefined, id).toBe(canonical.test(id))
      }),
      { numRuns: 5000 },
    ))

  it("two different strings never parse to the same incarnation and counter", () =>
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          incarnation.map((inc) => `${inc}-`).chain((p) => fc.string().map((s) => p + s)),
        ),
        (id) => {
          const parsed = parseMessageId(id)
          if (parsed !== undefined)
            expect(`${parsed.incarnation}-${parsed.counter.toString(36)}`).toBe(id)
        },
      ),
    ))
})
