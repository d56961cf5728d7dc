/**
 * The documents (slots) holding one term, with the term's frequency in each. Slots and
 * frequencies sit in parallel typed arrays so scoring walks them without allocating;
 * `position` finds a slot for removal (swap with the last) and for pruned lookups.
 */
export class Posting {
  slots = new Int32Array(4)
  frequencies = new Int32Array(4)
  size = 0
  private readonly position = new Map<number, number>()

  add(slot: number, frequency: number): void {
    if (this.size === this.slots.length) {
      const slots = new Int32Array(this.size * 2)
      slots.set(this.slots)
      const frequencies = new Int32Array(this.size * 2)
      frequencies.set(this.frequencies)
      this.slots = slots
      this.frequencies = frequencies
    }
    this.slots[this.size] = slot
    this.frequencies[this.size] = frequency
    this.position.set(slot, this.size)
    this.size++
  }

  remove(slot: number): void {
    const at = this.position.get(slot)
    if (at === undefined) return
    this.position.delete(slot)
    const last = --this.size
    if (at !== last) {
      const moved = this.slots[last]!
      this.slots[at] = moved
      this.frequencies[at] = this.frequencies[last]!
      this.position.set(moved, at)
    }
  }

  /** The term's frequency in `slot`, or undefined when the slot lacks the term. */
  frequency(slot: number): number | undefined {
    const at = this.position.get(slot)
    return at === undefined ? undefined : this.frequencies[at]
  }
}
