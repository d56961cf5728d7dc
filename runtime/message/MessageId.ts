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

// Exactly what `nextId` writes: lowercase hex, and a base-36 counter without leading zeros
// (so two different ids never parse to the same pair). Ten base-36 digits stay below 2^53.
const canonical = /^[0-9a-f]{8}-[0-9a-f]{4}-(?:0|[1-9a-z][0-9a-z]{0,9})$/

/** The incarnation and counter of an id `nextId` made, or undefined for any other id. */
export const parseMessageId = (id: string): ParsedMessageId | undefined =>
  canonical.test(id)
    ? {
        incarnation: id.slice(0, INCARNATION_LENGTH),
        counter: parseInt(id.slice(INCARNATION_LENGTH + 1), 36),
      }
    : undefined
