/**
 * The last `capacity` frames of a session, encoded, by sequence number: what a client
 * that reconnects with its resume token is sent again. Old frames are overwritten, so
 * memory per session is bounded.
 */
export class ResumeRing {
  private readonly texts: Array<string | undefined>
  private first = 1
  private next = 1

  constructor(private readonly capacity: number) {
    this.texts = new Array<string | undefined>(capacity)
  }

  /** Keeps the frame with sequence number `seq`, which must be the one after the last. */
  push(seq: number, text: string): void {
    this.texts[seq % this.capacity] = text
    this.next = seq + 1
    if (this.next - this.first > this.capacity) this.first = this.next - this.capacity
  }

  /**
   * The frames after `seq`, oldest first, and whether some after it are no longer kept.
   * Undefined when `seq` is later than anything sent.
   */
  after(
    seq: number,
  ): { readonly frames: ReadonlyArray<string>; readonly lost: number } | undefined {
    if (seq < 0 || seq > this.next - 1) return undefined
    const from = Math.max(seq + 1, this.first)
    const frames: Array<string> = []
    for (let s = from; s < this.next; s++) {
      const text = this.texts[s % this.capacity]
      if (text !== undefined) frames.push(text)
    }
    return { frames, lost: from - (seq + 1) }
  }
}
