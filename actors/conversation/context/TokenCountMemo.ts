/**
 * Token counts that outlive a turn. Most of a prompt — the persona, the earlier turns, a
 * memory recalled before — was counted on an earlier turn, so counts are kept by a digest
 * of their text (never the text itself) and only new texts need the model.
 *
 * Even those need not always be counted: no text has more tokens than UTF-8 bytes, plus
 * the space a tokenizer may put before it (every token but a special one stands for at
 * least one byte, and special tokens are not parsed out of message text). When everything
 * fits with that bound standing in for the new texts, exact counts could only show more
 * room, never less, so nothing would be trimmed differently and the model is not asked.
 */
import { createHash } from "node:crypto"

/** At most this many counts are kept; the least recently used go first. */
const capacity = 10_000

/** More tokens than `text` can have: its UTF-8 bytes, plus a leading space and one spare. */
export const upperBoundTokens = (text: string): number => Buffer.byteLength(text, "utf8") + 2

const digest = (text: string) => createHash("sha256").update(text).digest("base64")

export class TokenCountMemo {
  private readonly counts = new Map<string, number>()
  /** The model's window as it last said, unknown until it has been asked once. */
  contextSize: number | undefined = undefined

  /** The remembered count of each text, `undefined` for a text not counted yet. */
  lookup(texts: ReadonlyArray<string>): Array<number | undefined> {
    return texts.map((text) => {
      const key = digest(text)
      const count = this.counts.get(key)
      if (count !== undefined) {
        // Moved to the back: the map's order is the order of use.
        this.counts.delete(key)
        this.counts.set(key, count)
      }
      return count
    })
  }

  /** Keeps the model's counts of `texts` and its window. */
  remember(texts: ReadonlyArray<string>, counts: ReadonlyArray<number>, contextSize: number) {
    this.contextSize = contextSize
    texts.forEach((text, i) => {
      const count = counts[i]
      if (count === undefined) return
      const key = digest(text)
      this.counts.delete(key)
      this.counts.set(key, count)
    })
    for (const key of this.counts.keys()) {
      if (this.counts.size <= capacity) break
      this.counts.delete(key)
    }
  }

  get size(): number {
    return this.counts.size
  }
}

/** The texts of `texts` that have no count yet, each once. */
export const uncounted = (
  texts: ReadonlyArray<string>,
  known: ReadonlyArray<number | undefined>,
): ReadonlyArray<string> => [...new Set(texts.filter((_, i) => known[i] === undefined))]
