/** Topics read from what the user says, and the questions they become. */
import { describe, expect, it } from "@effect/vitest"
import { questionAbout, topicsOf } from "../../../actors/curiosity/logic/topics.js"

describe("topics of a message", () => {
  it.each([
    { text: "I started pottery classes last week.", topics: ["pottery", "classes"] },
    { text: "We are flying to Lisbon in March with Maria.", topics: ["Lisbon", "March"] },
    { text: "I think I want to do something today.", topics: [] },
    {
      text: "I absolutely love shaping clay at the pottery studio.",
      topics: ["pottery", "studio"],
    },
    { text: "My grandmother taught me embroidery.", topics: ["grandmother", "embroidery"] },
  ])("$text", ({ text, topics }) => {
    expect(topicsOf(text)).toEqual(topics)
  })

  it("asks the same question about the same topic", () => {
    expect(questionAbout("pottery")).toBe(questionAbout("pottery"))
    expect(questionAbout("pottery")).toContain("pottery")
  })
})
