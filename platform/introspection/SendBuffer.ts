/**
 * The bounded queue between the actors and one client's socket. The actors' side never
 * waits and never allocates past the bound. What happens when the client falls behind is
 * the caller's choice: drop new items and deliver their count where the gap is (the
 * introspection stream, whose clients only want the live picture), or refuse them so the
 * caller can disconnect the client (the gateway, whose clients resume from a replay).
 */
import { Effect, Option, Queue } from "effect"

export interface SendBuffer<A> {
  /**
   * Enqueues, or applies the overflow policy: false when the item was refused. Synchronous
   * and non-blocking, so it may run on the actors' hot path.
   */
  readonly offer: (item: A) => boolean
  /** The next item to send, waiting for one if the buffer is empty. */
  readonly take: Effect.Effect<A>
  /** Everything queued, waiting for at least one item. */
  readonly takeAll: Effect.Effect<ReadonlyArray<A>>
}

export type Overflow<A> =
  | { readonly _tag: "Refuse" }
  | { readonly _tag: "DropWithNotice"; readonly notice: (count: number) => A }

/** A full buffer refuses new items; the caller decides what that means for the client. */
export const refuse: Overflow<never> = { _tag: "Refuse" }

/** A full buffer drops new items and later delivers `notice(count)` where they are missing. */
export const dropWithNotice = <A>(notice: (count: number) => A): Overflow<A> => ({
  _tag: "DropWithNotice",
  notice,
})

export const make = <A>(capacity: number, overflow: Overflow<A>): Effect.Effect<SendBuffer<A>> =>
  Effect.map(Queue.bounded<A>(capacity), (queue) => {
    const takeAll = Effect.flatMap(Queue.takeBetween(queue, 1, capacity), (items) =>
      Effect.succeed(Array.from(items)),
    )
    if (overflow._tag === "Refuse") {
      return { offer: (item: A) => queue.unsafeOffer(item), take: Queue.take(queue), takeAll }
    }
    const notice = overflow.notice
    let dropped = 0

    const offer = (item: A): boolean => {
      // The notice goes in first, so it sits exactly where the missing items would be.
      if (dropped > 0 && queue.unsafeOffer(notice(dropped))) dropped = 0
      if (dropped > 0 || !queue.unsafeOffer(item)) {
        dropped++
        return false
      }
      return true
    }

    // With nothing queued, a pending count is announced now rather than at the next item.
    const take = Effect.flatMap(Queue.poll(queue), (next) => {
      if (Option.isSome(next)) return Effect.succeed(next.value)
      if (dropped === 0) return Queue.take(queue)
      const frame = notice(dropped)
      dropped = 0
      return Effect.succeed(frame)
    })

    return { offer, take, takeAll: Effect.map(take, (item) => [item]) }
  })
