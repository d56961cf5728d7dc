/**
 * The codec skips Effect's parser when `PlainCheck` says a payload is its own decoded and
 * encoded form. That is only sound if the check never says yes where the Schema would
 * refuse the value or return something different; these properties hold it to that, for
 * every registered message type, on valid payloads and on damaged ones.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc, Schema } from "effect"
import { Note } from "../../../actors/demo/messages.js"
import { compilePlainCheck } from "../../../runtime/codec/PlainCheck.js"
import { allMessages } from "../../support/allMessages.js"

const checked = allMessages.definitions.flatMap((definition) => {
  const check = compilePlainCheck(definition.schema.ast)
  return check === undefined ? [] : [{ definition, check }]
})

/** A payload with one thing wrong: a field replaced, dropped or added, or no object at all. */
const damaged = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything(),
    fc
      .tuple(valid, fc.nat(), fc.anything({ withNullPrototype: false }))
      .map(([value, index, replacement]) => {
        if (typeof value !== "object" || value === null) return replacement
        const copy: Record<string, unknown> = { ...value }
        const keys = Object.keys(copy)
        if (keys.length === 0) return { extra: replacement }
        const key = keys[index % keys.length]!
        if (index % 3 === 0) delete copy[key]
        else if (index % 3 === 1) copy[key] = replacement
        else copy[`${key}_extra`] = replacement
        return copy
      }),
  )

describe("plain payload check", () => {
  it("covers the hot message types, and not Schemas that transform", () => {
    expect(checked.map((c) => c.definition.type)).toContain(Note.type)
    expect(checked.length).toBeGreaterThan(allMessages.definitions.length / 2)
    for (const schema of [
      Schema.Date,
      Schema.NumberFromString,
      Schema.Struct({ at: Schema.optionalWith(Schema.Number, { default: () => 0 }) }),
      Schema.Record({ key: Schema.String, value: Schema.Number }),
      Schema.Tuple(Schema.String, Schema.Number),
    ]) {
      expect(compilePlainCheck(schema.ast)).toBeUndefined()
    }
  })

  describe.each(checked.map((c) => [c.definition.type, c] as const))(
    "%s",
    (_type, { definition, check }) => {
      const schema = definition.schema as Schema.Schema<unknown, unknown>
      const decode = Schema.decodeUnknownEither(schema)
      const encode = Schema.encodeUnknownEither(schema)
      const valid = Arbitrary.make(schema)

      it("says yes to every valid payload, which decodes and encodes to itself", () => {
        fc.assert(
          fc.property(valid, (value) => {
            expect(check(value)).toBe(true)
            expect(decode(value)).toEqual(Either.right(value))
            expect(encode(value)).toEqual(Either.right(value))
          }),
          { numRuns: 200 },
        )
      })

      it("never says yes to a damaged payload the Schema refuses or changes", () => {
        fc.assert(
          fc.property(damaged(valid), (value) => {
            if (!check(value)) return
            expect(decode(value)).toEqual(Either.right(value))
            expect(encode(value)).toEqual(Either.right(value))
          }),
          { numRuns: 300 },
        )
      })
    },
  )

  it("refuses what plain structs, arrays and refinements refuse", () => {
    const check = compilePlainCheck(
      Schema.Struct({
        seq: Schema.Number.pipe(Schema.int(), Schema.between(0, 10)),
        tags: Schema.Array(Schema.String),
        mode: Schema.Literal("a", "b"),
        note: Schema.optional(Schema.String),
      }).ast,
    )!
    const good = { seq: 3, tags: ["x"], mode: "a" }
    expect(check(good)).toBe(true)
    expect(check({ ...good, note: undefined })).toBe(true)
    expect(check({ ...good, seq: 11 })).toBe(false)
    expect(check({ ...good, seq: 1.5 })).toBe(false)
    expect(check({ ...good, mode: "c" })).toBe(false)
    expect(check({ ...good, undeclared: 1 })).toBe(false)
    expect(check({ seq: 3, tags: ["x"] })).toBe(false)
    // A hole is an undefined element to the Schema, not a skipped one.
    const holey: Array<string> = []
    holey[1] = "x"
    expect(check({ ...good, tags: holey })).toBe(false)
    expect(check([good])).toBe(false)
    expect(check(null)).toBe(false)
  })
})
