/**
 * Topics a user's message is about, found without a model: names (capitalised words
 * inside a sentence) first, then the longer content words that are not everyday verbs or
 * fillers. Crude, but enough to notice "pottery" or "Lisbon" and ask about it.
 */
import { englishStopwords } from "../../memory/search/stopwords.js"

const everyday = new Set(
  (
    "really today yesterday tomorrow thing things something anything everything nothing " +
    "about would could should maybe think thought know knew want wanted feel feeling felt " +
    "going doing being having made make makes getting got good great bad little much many " +
    "very just still also always never sometimes again week weekend morning evening night " +
    "time times days people person started start trying tried learn learning lately"
  ).split(" "),
)

const isName = (word: string, first: boolean) =>
  !first && /^[A-Z][a-z]{2,}$/.test(word) && !englishStopwords.has(word.toLowerCase())

/** Up to `limit` topics, names first, then content words by length (longer is rarer). */
export const topicsOf = (text: string, limit = 2): ReadonlyArray<string> => {
  const names: Array<string> = []
  const words: Array<string> = []
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    sentence
      .split(/[^A-Za-z'-]+/)
      .filter((word) => word.length > 0)
      .forEach((word, index) => {
        if (isName(word, index === 0)) names.push(word)
        else {
          const lower = word.toLowerCase().replace(/'s$/, "")
          // Adverbs and participles say how, not what.
          const manner = /(?:ly|ing)$/.test(lower)
          if (
            lower.length >= 5 &&
            !manner &&
            !englishStopwords.has(lower) &&
            !everyday.has(lower)
          ) {
            words.push(lower)
          }
        }
      })
  }
  const ranked = [
    ...new Set([...names, ...[...new Set(words)].sort((a, b) => b.length - a.length)]),
  ]
  return ranked.slice(0, limit)
}

const templates = [
  (topic: string) => `You mentioned ${topic} the other day. What draws you to it?`,
  (topic: string) => `I keep thinking about ${topic}. Would you tell me more about it?`,
]

/** The question to ask about `topic` (the template picked by the topic, so it is stable). */
export const questionAbout = (topic: string) => {
  const pick = [...topic].reduce((sum, char) => sum + char.charCodeAt(0), 0) % templates.length
  return templates[pick]!(topic)
}
