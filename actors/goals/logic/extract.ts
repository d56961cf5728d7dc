/**
 * What a user's message says about goals, read with patterns (no model needed, so it works
 * with any LLM or none): a goal stated ("I want to run a marathon by May"), progress on one
 * ("I ran 10 km today", "halfway there"), one done ("I finished the report") or given up
 * ("I gave up on learning Spanish"). Matching an event to a goal is by shared content words.
 */

export type Statement =
  | { readonly type: "stated"; readonly title: string; readonly dueAt: number | undefined }
  | { readonly type: "completed"; readonly about: string }
  | { readonly type: "abandoned"; readonly about: string }
  | { readonly type: "progressed"; readonly about: string; readonly amount: number }

const stated =
  /\b(?:i (?:really )?(?:want|would like|'d like|plan|intend|hope|need) to|i(?:'m| am) (?:going|planning|trying) to|my (?:goal|plan|dream) is to|i(?:'ll| will) try to)\s+([^.!?;]+)/i
const completed =
  /\b(?:i (?:finally )?(?:finished|completed|did it|managed to|achieved)|i(?:'ve| have) (?:finally )?(?:finished|completed|done|achieved))\s*([^.!?;]*)/i
const abandoned =
  /\b(?:i (?:gave|have given|'ve given) up (?:on )?|i(?:'m| am) (?:not going to|no longer going to|done with trying to)\s+|i (?:dropped|quit)\s+)([^.!?;]+)/i
const halfway = /\b(?:halfway|half way|half of)\b/i
const progressed =
  /\b(?:i (?:made progress on|worked on|practi[cs]ed|started)|i(?:'ve| have) (?:made progress on|been working on|started))\s+([^.!?;]+)/i

const clean = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/^(?:to|on|with)\s+/i, "")
    .trim()

const day = 24 * 60 * 60 * 1000
const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
/** English month names, lower case, January first. */
export const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]

/** The date a "by …" / "in … days" / "tomorrow" phrase names, relative to `now` (UTC days). */
export const dueDate = (phrase: string, now: number): number | undefined => {
  const text = phrase.toLowerCase()
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text)
  if (iso !== null) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))
  const startOfDay = Math.floor(now / day) * day
  if (/\btomorrow\b/.test(text)) return startOfDay + day
  if (/\btoday\b|\btonight\b/.test(text)) return startOfDay
  if (/\bnext week\b/.test(text)) return startOfDay + 7 * day
  if (/\bnext month\b/.test(text)) return startOfDay + 30 * day
  const within = /\bin (\d+|a|one|two|three) (day|week|month)s?\b/.exec(text)
  if (within !== null) {
    const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 }
    const count = words[within[1] ?? ""] ?? Number(within[1])
    const unit = within[2] === "day" ? day : within[2] === "week" ? 7 * day : 30 * day
    return startOfDay + count * unit
  }
  const by = /\b(?:by|before|until|on) (\w+)\b/.exec(text)
  if (by !== null) {
    const word = by[1] ?? ""
    const weekday = weekdays.indexOf(word)
    if (weekday >= 0) {
      const today = new Date(startOfDay).getUTCDay()
      const ahead = (weekday - today + 7) % 7 || 7
      return startOfDay + ahead * day
    }
    const month = monthNames.indexOf(word)
    if (month >= 0) {
      const date = new Date(startOfDay)
      const year = date.getUTCFullYear() + (month < date.getUTCMonth() ? 1 : 0)
      // "by May": by the end of May.
      return Date.UTC(year, month + 1, 0)
    }
  }
  return undefined
}

const dueClause = /\s+(?:by|before|until|in|on|next|tomorrow|today|tonight)\b.*$/i

/** Every goal statement in `text` (sentence by sentence). */
export const statements = (text: string, now: number): ReadonlyArray<Statement> => {
  const found: Array<Statement> = []
  for (const sentence of text.split(/(?<=[.!?;])\s+/)) {
    const done = completed.exec(sentence)
    if (done !== null) {
      found.push({ type: "completed", about: clean(done[1] ?? "") })
      continue
    }
    const gaveUp = abandoned.exec(sentence)
    if (gaveUp !== null) {
      found.push({ type: "abandoned", about: clean(gaveUp[1] ?? "") })
      continue
    }
    const goal = stated.exec(sentence)
    if (goal !== null) {
      const phrase = goal[1] ?? ""
      const title = clean(phrase.replace(dueClause, ""))
      if (title.split(" ").length >= 2) {
        found.push({ type: "stated", title, dueAt: dueDate(phrase, now) })
      }
      continue
    }
    const worked = progressed.exec(sentence)
    if (worked !== null) {
      found.push({
        type: "progressed",
        about: clean(worked[1] ?? ""),
        amount: halfway.test(sentence) ? 0.5 : 0.2,
      })
    } else if (halfway.test(sentence)) {
      found.push({ type: "progressed", about: clean(sentence), amount: 0.5 })
    }
  }
  return found
}

const stopwords = new Set(
  "a an the to of for on in at by my i me it is be this that and or with up my".split(" "),
)

/** Content words, lowercased, with a crude plural/-ing trim so "marathons"/"running" match. */
export const contentWords = (text: string): ReadonlySet<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 2 && !stopwords.has(word))
      .map((word) => word.replace(/(?:ing|ed|es|s)$/, "")),
  )

/**
 * How well an event's words match a goal's title: the share of the title's content words
 * it mentions (0..1). An event matches the goal with the best overlap above `threshold`.
 */
export const overlap = (title: string, about: string) => {
  const goal = contentWords(title)
  if (goal.size === 0) return 0
  const said = contentWords(about)
  let shared = 0
  for (const word of goal) if (said.has(word)) shared++
  return shared / goal.size
}

export const bestMatch = <G extends { readonly title: string }>(
  goals: ReadonlyArray<G>,
  about: string,
  threshold = 0.34,
): G | undefined => {
  let best: G | undefined
  let bestScore = threshold
  for (const goal of goals) {
    const score = overlap(goal.title, about)
    if (score >= bestScore) {
      best = goal
      bestScore = score
    }
  }
  return best
}
