/**
 * A conversation's summary for semantic memory, without a model: what the user said, in
 * their own sentences, most informative first, within a length budget — so what they told
 * the companion can be recalled later even after working memory has forgotten it.
 */
export interface Turn {
  readonly role: "user" | "assistant" | "system"
  readonly content: string
  readonly createdAt: number
}

const filler = /^(?:hi|hello|hey|thanks|thank you|ok|okay|yes|no|sure|bye|good night)\b[\s!.,]*$/i

/** The user's informative sentences, de-duplicated, in order, within `maxChars`. */
export const summarise = (
  turns: ReadonlyArray<Turn>,
  date: Date,
  maxChars = 1200,
): string | undefined => {
  const sentences: Array<string> = []
  const seen = new Set<string>()
  for (const turn of turns) {
    if (turn.role !== "user") continue
    for (const raw of turn.content.split(/(?<=[.!?])\s+/)) {
      const sentence = raw.trim()
      const key = sentence.toLowerCase()
      if (sentence.length < 12 || filler.test(sentence) || seen.has(key)) continue
      seen.add(key)
      sentences.push(sentence)
    }
  }
  if (sentences.length === 0) return undefined
  const day = date.toISOString().slice(0, 10)
  let summary = `On ${day} the user said: `
  for (const sentence of sentences) {
    if (summary.length + sentence.length + 1 > maxChars) break
    summary += `${sentence} `
  }
  return summary.trim()
}
