import { porterStem } from "./porterStem.js"
import { englishStopwords } from "./stopwords.js"

/** Turns text into index terms; the index and its queries must share one. */
export type Tokenizer = (text: string) => ReadonlyArray<string>

/** How hard terms are conflated: not at all, plurals only, or full Porter. */
export type Stemming = "none" | "plural" | "porter"

export interface TokenizerOptions {
  readonly stemming?: Stemming
  readonly stopwords?: ReadonlySet<string>
}

// A word is a run of letters, marks and digits, optionally joined by apostrophes
// ("don't", "o'neill"); hyphens and other punctuation split words.
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu
const curlyApostrophes = /[\u2018\u2019\u02bc\uff07]/g
const possessive = /'s$/

/** "dogs" → "dog", "parties" → "party", "classes" → "class", leaving "glass", "bus" and "this" alone. */
const stripPlural = (word: string): string => {
  if (word.length <= 3) return word
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y"
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word
  if (word.endsWith("s")) return word.slice(0, -1)
  return word
}

const stemmers: Record<Stemming, (word: string) => string> = {
  none: (word) => word,
  plural: stripPlural,
  porter: porterStem,
}

// Porter's rules are written for English letters; words with other scripts or digits
// are kept as they are rather than mangled.
const stemmable = /^[a-z]+$/

/**
 * Builds a tokenizer: NFKC-normalise and lowercase, split into words, drop possessive
 * "'s" ("Melanie's" must match "Melanie"), drop stopwords (contractions like "i'm" are
 * in the list), strip remaining apostrophes, then stem. Porter is the default because it
 * recalled the most on LoCoMo (see the LoCoMo bench); "plural" is the cautious option.
 */
export const makeTokenizer = (options: TokenizerOptions = {}): Tokenizer => {
  const stem = stemmers[options.stemming ?? "porter"]
  const stopwords = options.stopwords ?? englishStopwords
  return (text) => {
    const normalised = text.normalize("NFKC").toLowerCase().replace(curlyApostrophes, "'")
    const terms: Array<string> = []
    for (const match of normalised.matchAll(wordPattern)) {
      const word = match[0].replace(possessive, "")
      if (stopwords.has(word)) continue
      const bare = word.includes("'") ? word.replaceAll("'", "") : word
      if (bare.length === 0 || stopwords.has(bare)) continue
      terms.push(stemmable.test(bare) ? stem(bare) : bare)
    }
    return terms
  }
}

/** The default tokenizer: English stopwords, Porter stemming. */
export const tokenize: Tokenizer = makeTokenizer()
