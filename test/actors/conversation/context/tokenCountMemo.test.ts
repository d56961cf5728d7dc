/**
 * The token-count memo: counts kept by text across turns, and the upper bound that stands
 * in for a text not counted yet — checked against the real tokenizer of the shared GGUF
 * model on known and random texts (ASCII, accents, CJK, emoji, control characters).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import {
  TokenCountMemo,
  uncounted,
  upperBoundTokens,
} from "../../../../actors/conversation/context/TokenCountMemo.js"
import * as Embedded from "../../../../platform/llm/EmbeddedLanguageModel.js"
import { LanguageModel } from "../../../../platform/llm/LanguageModel.js"
import { stories } from "../../../platform/llm/storiesModel.js"

/** A small seeded generator, so a failing text can be found again. */
const randomTexts = (seed: number, count: number): Array<string> => {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
  const alphabets = [
    "abcdefghijklmnopqrstuvwxyz ",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"()[]{}-_",
    "äöüßéèêçñ",
    "日本語の文章と中文句子",
    "😀🎉👍🏽❤️‍🔥",
    "\n\t\r\u0000\u001f",
  ]
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 120)
    let text = ""
    while (text.length < length) {
      const alphabet = [...alphabets[Math.floor(next() * alphabets.length)]!]
      text += alphabet[Math.floor(next() * alphabet.length)]!
    }
    return text
  })
}

describe("token count memo", () => {
  it("remembers counts by text and the model's window, and lists only texts not counted", () => {
    const memo = new TokenCountMemo()
    expect(memo.contextSize).toBeUndefined()
    expect(memo.lookup(["persona", "hello"])).toEqual([undefined, undefined])

    memo.remember(["persona"], [12], 2048)
    expect(memo.contextSize).toBe(2048)
    const known = memo.lookup(["persona", "hello", "hello"])
    expect(known).toEqual([12, undefined, undefined])
    expect(uncounted(["persona", "hello", "hello"], known)).toEqual(["hello"])
  })

  it("forgets the least recently used counts beyond its capacity", () => {
    const memo = new TokenCountMemo()
    memo.remember(["oldest", "used again"], [1, 2], 512)
    const filler = Array.from({ length: 9_998 }, (_, i) => `text ${i}`)
    memo.remember(
      filler,
      filler.map(() => 3),
      512,
    )
    expect(memo.size).toBe(10_000)
    // Used again now, so "oldest" is the least recently used when one more comes.
    memo.lookup(["used again"])
    memo.remember(["newest"], [4], 512)
    expect(memo.size).toBe(10_000)
    expect(memo.lookup(["oldest", "used again", "text 0", "newest"])).toEqual([undefined, 2, 3, 4])
  })

  it.scopedLive("no text has more tokens than its upper bound, by the real tokenizer", () =>
    Effect.gen(function* () {
      const llm = yield* LanguageModel
      const texts = [
        "",
        " ",
        "Once upon a time",
        "  leading and trailing spaces  ",
        "ÄÖÜ äöü ß",
        "🎉🎉🎉",
        "\u0000\u0001\u0002",
        ...randomTexts(7, 300),
      ]
      const counts = yield* llm.countTokens(texts)
      const over = texts.filter((text, i) => counts[i]! > upperBoundTokens(text))
      expect(over).toEqual([])
      // The bound is not vacuous: it is in the range of the real counts.
      expect(upperBoundTokens("Once upon a time")).toBeLessThan(5 * counts[2]!)
    }).pipe(Effect.provide(Embedded.layer(stories()))),
  )
})
