/**
 * The bounded queue between the actors and one inspector's socket. The actors' side never
 * waits and never allocates past the bound: when the client falls behind, new events are
 * counted and dropped, and the count is delivered where the gap is.
 */
import { Effect, Option, Queue } from "effect"
import type { InspectionEvent } from "../../schemas/Introspection.js"
import type { DroppedNotice, InspectorFrame } from "./InspectorFrame.js"

export interface SendBuffer {
  /** Enqueues or drops; synchronous and non-blocking, so it may run on the actors' hot path. */
  readonly offer: (event: InspectionEvent) => void
  /** The next frame to send, waiting for one if the buffer is empty. */
  readonly take: Effect.Effect<InspectorFrame>
}

const notice = (count: number): DroppedNotice => ({ type: "@aico.dropped", count })

export const make = (capacity: number): Effect.Effect<SendBuffer> =>
  Effect.map(Queue.bounded<InspectorFrame>(capacity), (queue) => {
    let dropped = 0

    const offer = (event: InspectionEvent): void => {
      // The notice goes in first, so it sits exactly where the missing events would be.
      if (dropped > 0 && queue.unsafeOffer(notice(dropped))) dropped = 0
      if (dropped > 0 || !queue.unsafeOffer(event)) dropped++
    }

    // With nothing queued, a pending count is announced now rather than at the next event.
    const take = Effect.flatMap(Queue.poll(queue), (next) => {
      if (Option.isSome(next)) return Effect.succeed(next.value)
      if (dropped === 0) return Queue.take(queue)
      const frame = notice(dropped)
      dropped = 0
      return Effect.succeed(frame)
    })

    return { offer, take }
  })
