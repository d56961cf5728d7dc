import { describe, expect, it } from "vitest"
import { porterStem } from "../../../../actors/memory/search/porterStem.js"
import { makeTokenizer, tokenize } from "../../../../actors/memory/search/tokenize.js"

describe("tokenize", () => {
  it("lowercases, splits on punctuation and drops stopwords", () => {
    expect(tokenize("The DOG, and the cat!")).toEqual(["dog", "cat"])
  })

  it("drops contractions as stopwords and possessive 's", () => {
    expect(tokenize("I'm sure Melanie's kids don't mind")).toEqual([
      "sure",
      "melani",
      "kid",
      "mind",
    ])
    expect(tokenize("I\u2019m here, Caroline\u2019s")).toEqual(["carolin"])
  })

  it("keeps apostrophe names as one word and splits hyphens", () => {
    expect(makeTokenizer({ stemming: "none" })("O'Neill self-care")).toEqual([
      "oneill",
      "self",
      "care",
    ])
  })

  it("keeps digits and non-English letters unstemmed", () => {
    expect(tokenize("in 2023 at the café in Zürich")).toEqual(["2023", "café", "zürich"])
    expect(tokenize("東京 visits")).toEqual(["東京", "visit"])
  })

  it("conflates inflections with Porter stemming", () => {
    expect(tokenize("painting painted paints")).toEqual(["paint", "paint", "paint"])
  })

  it("strips only plurals with plural stemming", () => {
    const plural = makeTokenizer({ stemming: "plural" })
    expect(plural("parties dogs classes glass bus painting")).toEqual([
      "party",
      "dog",
      "class",
      "glass",
      "bus",
      "painting",
    ])
  })

  it("returns nothing for empty or stopword-only text", () => {
    expect(tokenize("")).toEqual([])
    expect(tokenize("it is what it is")).toEqual([])
  })
})

describe("porterStem", () => {
  it("matches the reference stemmer's outputs", () => {
    const cases: Record<string, string> = {
      caresses: "caress",
      ponies: "poni",
      agreed: "agre",
      hopping: "hop",
      filing: "file",
      happy: "happi",
      relational: "relat",
      generalizations: "gener",
      adjustment: "adjust",
      adoption: "adopt",
      controll: "control",
    }
    for (const [word, stem] of Object.entries(cases)) expect(porterStem(word)).toBe(stem)
  })
})
