/**
 * Message ids: a random prefix per process incarnation plus a counter, so they are cheap to
 * make on the hot path and never repeat across restarts. The journal reads them back
 * (`parseMessageId`) to remember processed ids as bits per sender incarnation.
 */

/** `xxxxxxxx-xxxx`: the first 13 characters of a random UUID. */
const INCARNATION_LENGTH = 13

let incarnation = ""
let counter = 0

export const nextId = (): string => {
  if (incarnation === "") incarnation = crypto.randomUUID().slice(0, INCARNATION_LENGTH)
  return `${incarnation}-${(counter++).toString(36)}`
}

export interface ParsedMessageId {
  readonly incarnation: string
  readonly counter: number
}

// Exactly what `nextId` writes: 8 and 4 lowercase hex digits, then a base-36 counter of at
// most ten digits (below 2^53) without leading zeros, so two different ids never parse to
// the same pair. Read by hand rather than by a regular expression: the journal parses
// every durable message's id twice on its way in.
const DASH = 45
const LONGEST = INCARNATION_LENGTH + 1 + 10

const isLowerHex = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 102)

/** A base-36 digit's value (0–9, a–z), or -1. */
const base36 = (code: number) =>
  code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 122 ? code - 87 : -1

/** The incarnation and counter of an id `nextId` made, or undefined for any other id. */
export const parseMessageId = (id: string): ParsedMessageId | undefined => {
  const length = id.length
  if (length <= INCARNATION_LENGTH + 1 || length > LONGEST) return undefined
  for (let i = 0; i < INCARNATION_LENGTH; i++) {
    const code = id.charCodeAt(i)
    if (i === 8 ? code !== DASH : !isLowerHex(code)) return undefined
  }
  if (id.charCodeAt(INCARNATION_LENGTH) !== DASH) return undefined
  let counter = 0
  for (let i = INCARNATION_LENGTH + 1; i < length; i++) {
    const digit = base36(id.charCodeAt(i))
    if (digit < 0 || (digit === 0 && counter === 0 && length > INCARNATION_LENGTH + 2))
      return undefined
    counter = counter * 36 + digit
  }
  return { incarnation: id.slice(0, INCARNATION_LENGTH), counter }
}
