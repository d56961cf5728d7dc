/**
 * The decoders at the language model's boundaries — the model process's IPC messages and
 * Ollama's streamed chat lines — on anything at all: they answer Right or Left, never
 * throw, and every value their Schema allows decodes back to itself.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc, Schema } from "effect"
import { decode, ProcessMessage } from "../../../platform/llm/embeddedProtocol.js"
import { decodeChunk, OllamaChatChunk } from "../../../platform/llm/ollamaChunk.js"

const anything = fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true })

const suite = <A, I>(
  name: string,
  schema: Schema.Schema<A, I>,
  decoder: (input: unknown) => Either.Either<A, unknown>,
) => {
  it(`${name}: anything decodes to Right or Left without throwing`, () => {
    fc.assert(
      fc.property(anything, (input) => {
        const result = decoder(input)
        expect(Either.isLeft(result) || Either.isRight(result)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it(`${name}: every valid value decodes to itself`, () => {
    const encode = Schema.encodeSync(schema)
    fc.assert(
      fc.property(Arbitrary.make(schema), (value) => {
        expect(Either.getOrThrow(decoder(encode(value)))).toEqual(value)
      }),
      { numRuns: 300 },
    )
  })
}

describe("language model decoders (fuzzed)", () => {
  suite("model process messages", ProcessMessage, decode)
  suite("Ollama chat lines", OllamaChatChunk, decodeChunk)

  it("a delta with a missing id or a negative count is refused", () => {
    expect(Either.isLeft(decode({ type: "delta", text: "x" }))).toBe(true)
    expect(
      Either.isLeft(
        decode({
          type: "done",
          id: 1,
          promptTokens: -1,
          completionTokens: 0,
          firstTokenMs: 0,
          totalMs: 0,
        }),
      ),
    ).toBe(true)
    expect(Either.isLeft(decodeChunk({ done: "yes" }))).toBe(true)
  })
})
