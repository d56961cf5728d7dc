/**
 * Facts about the user read out of what they said, for the knowledge graph: where they
 * live, where and as what they work, the people and animals in their life, their
 * favourites. Some relations hold one value at a time (one home, one job): a new value
 * ends the old one's validity instead of standing beside it.
 */
export interface Fact {
  /** From the user to the object, e.g. "lives_in". */
  readonly relation: string
  /** The object's kind, the knowledge graph node's label: "place", "organisation", … */
  readonly label: string
  readonly name: string
  /** Only one current value (a new one ends the old one's validity). */
  readonly singleValued: boolean
}

const properName = "([A-Z][\\w'-]*(?:\\s+(?:[A-Z][\\w'-]*|de|del|von|van|am|upon))*)"

interface Pattern {
  readonly pattern: RegExp
  readonly fact: (match: RegExpExecArray) => Fact | undefined
}

const single = (relation: string, label: string, name: string | undefined): Fact | undefined =>
  name === undefined || name.trim() === ""
    ? undefined
    : { relation, label, name: name.trim(), singleValued: true }

const kin = new Set([
  "dog",
  "cat",
  "horse",
  "sister",
  "brother",
  "wife",
  "husband",
  "partner",
  "friend",
  "son",
  "daughter",
  "mother",
  "father",
  "boss",
])

const patterns: ReadonlyArray<Pattern> = [
  {
    pattern: new RegExp(`\\bI (?:live|am living|'m living|now live) in ${properName}`, "g"),
    fact: (m) => single("lives_in", "place", m[1]),
  },
  {
    pattern: new RegExp(
      `\\bI(?:'ve| have)? (?:just |recently |finally )?(?:moved|relocated) to ${properName}`,
      "g",
    ),
    fact: (m) => single("lives_in", "place", m[1]),
  },
  {
    pattern: new RegExp(`\\bI (?:work|started working|now work) (?:at|for) ${properName}`, "g"),
    fact: (m) => single("works_at", "organisation", m[1]),
  },
  {
    pattern: /\bI work as an? ([a-z]+(?: [a-z]+)?)\b/g,
    fact: (m) => single("works_as", "occupation", m[1]),
  },
  {
    pattern: new RegExp(
      `\\b[Mm]y (\\w+)(?:'s name is| is called| is named| named| called) ${properName}`,
      "g",
    ),
    fact: (m) => {
      const who = (m[1] ?? "").toLowerCase()
      const name = m[2]
      if (!kin.has(who) || name === undefined || !/^[A-Z]/.test(name)) return undefined
      const animal = ["dog", "cat", "horse"].includes(who)
      return { relation: `has_${who}`, label: animal ? "pet" : "person", name, singleValued: false }
    },
  },
  {
    pattern: /\bmy favou?rite (\w+) is ([^.!?,;]+)/gi,
    fact: (m) => single(`favourite_${(m[1] ?? "").toLowerCase()}`, "thing", m[2]),
  },
]

/** Every fact `text` states, in the order stated; later ones win for single values. */
export const factsOf = (text: string): ReadonlyArray<Fact> => {
  const found: Array<{ readonly at: number; readonly fact: Fact }> = []
  for (const { fact, pattern } of patterns) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const result = fact(match as RegExpExecArray)
      if (result !== undefined) found.push({ at: match.index ?? 0, fact: result })
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ fact }) => fact)
}

/** Two names for the same thing, as a person would write them ("berlin" = "Berlin"). */
export const sameName = (a: string, b: string) =>
  a.trim().toLowerCase().replace(/\s+/g, " ") === b.trim().toLowerCase().replace(/\s+/g, " ")
