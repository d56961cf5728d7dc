/**
 * What the server needs from the TCP socket under a WebSocket that the `Socket` abstraction
 * does not give: how much is still unsent (so a slow client stops the pump instead of
 * piling bytes up in Node), when it is gone, and a way to cut it when it will not close.
 */
import { Effect } from "effect"
import type { Duration } from "effect"
import type { Socket } from "node:net"

const whenEmitted = (socket: Socket, events: ReadonlyArray<string>, ready: () => boolean) =>
  Effect.async<void>((resume) => {
    if (ready()) return resume(Effect.void)
    const done = () => resume(Effect.void)
    for (const event of events) socket.once(event, done)
    return Effect.sync(() => {
      for (const event of events) socket.off(event, done)
    })
  })

/** Completes once the socket's send buffer is under `limit` bytes again, or it is gone. */
export const belowSendLimit = (socket: Socket, limit: number): Effect.Effect<void> =>
  whenEmitted(socket, ["drain", "close"], () => socket.destroyed || socket.writableLength < limit)

/** Completes when the socket has closed, whoever closed it. */
export const closed = (socket: Socket): Effect.Effect<void> =>
  whenEmitted(socket, ["close"], () => socket.destroyed)

/** Gives a polite close `grace` to finish, then destroys the socket: shutdown stays bounded. */
export const closeWithin = (socket: Socket, grace: Duration.Duration): Effect.Effect<void> =>
  // Finalizers are uninterruptible, and a timeout cannot cut an uninterruptible wait short.
  Effect.interruptible(closed(socket)).pipe(
    Effect.timeoutOption(grace),
    Effect.zipRight(Effect.sync(() => socket.destroy())),
  )
