/**
 * A real WebSocket inspector (the `ws` package) that decodes every frame with the public
 * `InspectorFrameJson` schema and lets a test wait for what it expects.
 */
import { Deferred, Effect, Schema } from "effect"
import type { Duration, Scope } from "effect"
import WebSocket from "ws"
import type { InspectorFrame } from "../../../platform/introspection/InspectorFrame.js"
import { InspectorFrameJson } from "../../../platform/introspection/InspectorFrame.js"

const decodeFrame = Schema.decodeUnknownSync(InspectorFrameJson)

export interface InspectorClient {
  readonly socket: WebSocket
  /** Every frame received so far, in order. */
  readonly frames: ReadonlyArray<InspectorFrame>
  /** Frames that were not valid InspectorFrame JSON (should stay empty). */
  readonly undecodable: ReadonlyArray<string>
  /** Waits until `predicate` holds for the frames received so far. */
  readonly until: (
    description: string,
    predicate: (frames: ReadonlyArray<InspectorFrame>) => boolean,
    timeout?: Duration.DurationInput,
  ) => Effect.Effect<void, Error>
  /** Completes with the close code once the connection has closed. */
  readonly closed: Effect.Effect<number>
}

export const connect = (url: string): Effect.Effect<InspectorClient, Error, Scope.Scope> =>
  Effect.gen(function* () {
    const frames: Array<InspectorFrame> = []
    const undecodable: Array<string> = []
    const waiters = new Set<() => void>()
    const closed = yield* Deferred.make<number>()

    const socket = yield* Effect.acquireRelease(
      Effect.async<WebSocket, Error>((resume) => {
        const ws = new WebSocket(url)
        ws.on("message", (data, isBinary) => {
          const text = isBinary ? "<binary>" : data.toString()
          try {
            frames.push(decodeFrame(text))
          } catch {
            undecodable.push(text)
          }
          for (const wake of waiters) wake()
        })
        ws.on("close", (code) => {
          Deferred.unsafeDone(closed, Effect.succeed(code))
          for (const wake of waiters) wake()
        })
        ws.once("open", () => resume(Effect.succeed(ws)))
        ws.once("error", (error) => resume(Effect.fail(error)))
      }),
      (ws) => Effect.sync(() => ws.terminate()),
    )
    // Errors after open (e.g. the server cutting the connection) surface as `close`.
    socket.on("error", () => undefined)

    const until: InspectorClient["until"] = (description, predicate, timeout = "10 seconds") =>
      Effect.async<void>((resume) => {
        const check = () => {
          if (predicate(frames)) {
            waiters.delete(check)
            resume(Effect.void)
          }
        }
        waiters.add(check)
        check()
        return Effect.sync(() => waiters.delete(check))
      }).pipe(
        Effect.timeoutFail({
          duration: timeout,
          onTimeout: () =>
            new Error(`timed out waiting for ${description}; got ${frames.length} frames`),
        }),
      )

    return { socket, frames, undecodable, until, closed: Deferred.await(closed) }
  })

/** How many frames of `type` have arrived. */
export const count = (frames: ReadonlyArray<InspectorFrame>, type: InspectorFrame["type"]) =>
  frames.filter((frame) => frame.type === type).length
