/**
 * Items waiting on a shared promise. The journal hands every write of one event-loop turn
 * the same promise; attaching one callback pair per batch instead of one `then` per item
 * saves a promise and a closure per durable message on both sides of a send.
 */
export class BatchWaiter<A> {
  private current: { readonly promise: Promise<unknown>; readonly items: Array<A> } | undefined

  constructor(
    private readonly settled: (items: ReadonlyArray<A>) => void,
    private readonly failed: (items: ReadonlyArray<A>, cause: unknown) => void,
  ) {}

  /** Calls back with `item` (and the rest of its batch) once `promise` settles. */
  add(promise: Promise<unknown>, item: A): void {
    const current = this.current
    if (current !== undefined && current.promise === promise) {
      current.items.push(item)
      return
    }
    const batch = { promise, items: [item] }
    this.current = batch
    const done = () => {
      if (this.current === batch) this.current = undefined
    }
    promise.then(
      () => {
        done()
        this.settled(batch.items)
      },
      (cause: unknown) => {
        done()
        this.failed(batch.items, cause)
      },
    )
  }
}
