/**
 * Entry ids: 26 Crockford base-32 characters, a ULID in spirit. Ten characters of time,
 * four of sequence within the millisecond, twelve random (so ids from two runs of the
 * store never collide). Ids of one generator sort in the order they were made, even if
 * the clock steps back.
 */
import { randomBytes } from "node:crypto"

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const SEQ_LIMIT = 32 ** 4

export const entryIdPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/

/** Greater than every id: the upper bound of a conversation's key range. */
export const AFTER_EVERY_ID = "~"

const encode = (value: number, length: number): string => {
  let out = ""
  for (let i = 0; i < length; i++) {
    out = ALPHABET[value % 32]! + out
    value = Math.floor(value / 32)
  }
  return out
}

const random = (length: number): string => {
  const bytes = randomBytes(length)
  let out = ""
  for (const byte of bytes) out += ALPHABET[byte & 31]!
  return out
}

export const makeEntryIds = () => {
  let lastTime = -1
  let seq = 0
  return (now: number): string => {
    if (now > lastTime) {
      lastTime = now
      seq = 0
    } else if (++seq >= SEQ_LIMIT) {
      lastTime++
      seq = 0
    }
    return encode(lastTime, 10) + encode(seq, 4) + random(12)
  }
}
