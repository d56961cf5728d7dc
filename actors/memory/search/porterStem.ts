/**
 * The Porter (1980) suffix-stripping stemmer, as in Martin Porter's reference C version
 * (with its "bli" → "ble" and "logi" → "log" departures from the paper). Conflating
 * "painting"/"painted"/"paints" lets a question match the turn that answered it in other
 * words; Porter measured better than plain plural stripping on LoCoMo (see tokenize.ts).
 */
const isConsonant = (word: string, i: number): boolean => {
  const ch = word[i]
  if (ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u") return false
  if (ch === "y") return i === 0 ? true : !isConsonant(word, i - 1)
  return true
}

/** Porter's m: the number of vowel-consonant sequences in `stem` ([C](VC)^m[V]). */
const measure = (stem: string): number => {
  let m = 0
  let i = 0
  const n = stem.length
  while (i < n && isConsonant(stem, i)) i++
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) i++
    if (i >= n) break
    while (i < n && isConsonant(stem, i)) i++
    m++
  }
  return m
}

const hasVowel = (stem: string): boolean => {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true
  return false
}

const endsDoubleConsonant = (w: string): boolean =>
  w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1)

/** *o: ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow"). */
const endsCvc = (w: string): boolean => {
  const n = w.length
  if (n < 3) return false
  if (!isConsonant(w, n - 1) || isConsonant(w, n - 2) || !isConsonant(w, n - 3)) return false
  const last = w[n - 1]
  return last !== "w" && last !== "x" && last !== "y"
}

type Rule = readonly [suffix: string, replacement: string]

/** Only the first rule whose suffix matches is considered, as in the reference version. */
const applyFirst = (
  w: string,
  rules: ReadonlyArray<Rule>,
  accept: (stem: string) => boolean,
): string => {
  for (const [suffix, replacement] of rules) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, w.length - suffix.length)
      return accept(stem) ? stem + replacement : w
    }
  }
  return w
}

const step2Rules: ReadonlyArray<Rule> = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
]

const step3Rules: ReadonlyArray<Rule> = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
]

// Longest first, so "ement" is tried before "ment" and "ent" (only the first match counts).
const step4Suffixes: ReadonlyArray<string> = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ion",
  "ou",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
].sort((a, b) => b.length - a.length)

const step1ab = (word: string): string => {
  let w = word
  if (w.endsWith("sses")) w = w.slice(0, -2)
  else if (w.endsWith("ies")) w = w.slice(0, -2)
  else if (!w.endsWith("ss") && w.endsWith("s")) w = w.slice(0, -1)

  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1)
    return w
  }
  let stripped: string | undefined
  if (w.endsWith("ed") && hasVowel(w.slice(0, -2))) stripped = w.slice(0, -2)
  else if (w.endsWith("ing") && hasVowel(w.slice(0, -3))) stripped = w.slice(0, -3)
  if (stripped === undefined) return w
  w = stripped
  if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) return w + "e"
  if (endsDoubleConsonant(w)) {
    const last = w[w.length - 1]
    return last === "l" || last === "s" || last === "z" ? w : w.slice(0, -1)
  }
  if (measure(w) === 1 && endsCvc(w)) return w + "e"
  return w
}

const step4 = (w: string): string => {
  const suffix = step4Suffixes.find((candidate) => w.endsWith(candidate))
  if (suffix === undefined) return w
  const stem = w.slice(0, w.length - suffix.length)
  if (measure(stem) <= 1) return w
  if (suffix === "ion" && !(stem.endsWith("s") || stem.endsWith("t"))) return w
  return stem
}

const step5 = (word: string): string => {
  let w = word
  if (w.endsWith("e")) {
    const stem = w.slice(0, -1)
    const m = measure(stem)
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith("l")) w = w.slice(0, -1)
  return w
}

/** Stems one lowercase ASCII word; words of two letters or fewer are returned unchanged. */
export const porterStem = (word: string): string => {
  if (word.length <= 2) return word
  let w = step1ab(word)
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i"
  w = applyFirst(w, step2Rules, (stem) => measure(stem) > 0)
  w = applyFirst(w, step3Rules, (stem) => measure(stem) > 0)
  w = step4(w)
  return step5(w)
}
