/**
 * An actor's bounded mailbox: a FIFO ring buffer with a visible depth. A full mailbox
 * refuses new messages instead of growing; the bus turns the refusal into back-pressure
 * (durable messages are not acknowledged and will be retried) or a typed error.
 */
export class Mailbox<A> {
  private items: Array<A | undefined>
  private head = 0
  private size = 0
  /** Messages refused because the mailbox was full. */
  rejected = 0

  constructor(readonly capacity: number) {
    this.items = new Array<A | undefined>(Math.min(capacity, 1024))
  }

  get depth(): number {
    return this.size
  }

  get isFull(): boolean {
    return this.size >= this.capacity
  }

  offer(item: A): boolean {
    if (this.size >= this.capacity) {
      this.rejected++
      return false
    }
    this.push(item)
    return true
  }

  private push(item: A): void {
    if (this.size === this.items.length) this.grow()
    this.items[(this.head + this.size) % this.items.length] = item
    this.size++
  }

  /** Puts a message back at the front (a message to retry after its actor restarts). */
  unshift(item: A): void {
    if (this.size === this.items.length) this.grow()
    this.head = (this.head - 1 + this.items.length) % this.items.length
    this.items[this.head] = item
    this.size++
  }

  poll(): A | undefined {
    if (this.size === 0) return undefined
    const item = this.items[this.head]
    this.items[this.head] = undefined
    this.head = (this.head + 1) % this.items.length
    this.size--
    return item
  }

  /** Drops the messages matching `predicate`, keeping the order of the rest; returns how many. */
  removeWhere(predicate: (item: A) => boolean): number {
    let removed = 0
    for (const item of this.drain()) {
      if (predicate(item)) removed++
      else this.push(item)
    }
    return removed
  }

  drain(): Array<A> {
    const all: Array<A> = []
    for (let item = this.poll(); item !== undefined; item = this.poll()) all.push(item)
    return all
  }

  private grow(): void {
    const grown = new Array<A | undefined>(Math.max(1, this.items.length * 2))
    for (let i = 0; i < this.size; i++) grown[i] = this.items[(this.head + i) % this.items.length]
    this.items = grown
    this.head = 0
  }
}
