/**
 * One WebSocket connection, from its accepted handshake until it closes: it opens or
 * resumes a session, sends the `session` frame and any replay, then pumps the session's
 * frames from a bounded send buffer while a worker handles what the client sends, one
 * frame at a time. A client that floods is refused frames (`rate_limited`); one that does
 * not read overflows its buffer and is disconnected (it may resume). Whatever one client
 * does, the others are not affected.
 */
import { Deferred, Duration, Effect, Metric, Queue } from "effect"
import type { RawData, WebSocket } from "ws"
import * as SendBuffer from "../../introspection/SendBuffer.js"
import { labelsOf, websocketClients } from "../../metrics/GatewayMetrics.js"
import type { Client } from "../api/Authentication.js"
import type { ClientFrame } from "../../../schemas/client/ClientFrame.js"
import { decodeClientFrame, encodeFrame } from "./frames.js"
import type { Outlet, Session } from "./Session.js"
import type { Hub } from "./SessionHub.js"
import { TokenBucket } from "./TokenBucket.js"

export interface ConnectionOptions {
  readonly node: string
  readonly maxFrameBytes: number
  readonly sendBufferFrames: number
  readonly rateLimit: { readonly perSecond: number; readonly burst: number }
  /** How long a closing connection may take before it is cut. */
  readonly closeGrace: Duration.Duration
}

export interface Resume {
  readonly token: string
  /** The last seq the client saw. */
  readonly after: number
}

export interface ConnectionHandlers {
  /** Serves one decoded frame; `reply` sends an unsequenced frame (a pong) to this client. */
  readonly dispatch: (
    session: Session,
    frame: ClientFrame,
    reply: (text: string) => void,
  ) => Effect.Effect<void>
  /** The session lost its client: stop its open requests and feeds. */
  readonly gone: (session: Session) => Effect.Effect<void>
}

/** Close codes of the gateway's own reasons (4000-4999 are the application's). */
export const closeCodes = { replaced: 4000, tooSlow: 4008, shuttingDown: 1001 } as const

const bytesOf = (data: RawData): Buffer =>
  Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)

/** Opens or resumes the session and makes `outlet` its connection. */
const claimSession = (hub: Hub, client: Client, outlet: Outlet, resume: Resume | undefined) => {
  if (resume !== undefined) {
    const session = hub.resume(resume.token, client)
    if (session !== undefined && session.framesAfter(resume.after) !== undefined) {
      session.claim(outlet)
      return { session, resumed: true, after: resume.after, problem: undefined }
    }
    if (session !== undefined && !session.connected) hub.disconnected(session)
    const problem =
      session === undefined
        ? "the resume token is unknown or expired: this is a new session"
        : `seq ${resume.after} was never sent in that session: this is a new session`
    const fresh = hub.open(client)
    fresh.claim(outlet)
    return { session: fresh, resumed: false, after: 0, problem }
  }
  const session = hub.open(client)
  session.claim(outlet)
  return { session, resumed: false, after: 0, problem: undefined }
}

export const serve = (
  ws: WebSocket,
  client: Client,
  resume: Resume | undefined,
  hub: Hub,
  handlers: ConnectionHandlers,
  options: ConnectionOptions,
): Effect.Effect<void> =>
  Effect.gen(function* () {
    const clients = Metric.taggedWithLabels(websocketClients, labelsOf({ node: options.node }))
    const buffer = yield* SendBuffer.make<string>(options.sendBufferFrames, SendBuffer.refuse)
    const closed = yield* Deferred.make<void>()
    let hungUp = false
    let gone = false

    const hangUp = (code: number, reason: string) => {
      if (hungUp) return
      hungUp = true
      ws.close(code, reason)
      // A client that does not read may never complete the close handshake.
      const timer = setTimeout(() => ws.terminate(), Duration.toMillis(options.closeGrace))
      timer.unref()
    }

    const outlet: Outlet = {
      send: (text) => {
        if (buffer.offer(text) || hungUp) return
        // Detached at once: the session keeps its frames for a resume, not this buffer.
        if (session.detach(outlet)) markGone()
        hangUp(closeCodes.tooSlow, "too slow: reconnect with the resume token to catch up")
      },
      close: (reason) => hangUp(closeCodes.replaced, reason),
    }

    const { after, problem, resumed, session } = claimSession(hub, client, outlet, resume)
    let goneEffect: Effect.Effect<void> = Effect.void
    const markGone = () => {
      if (gone) return
      gone = true
      goneEffect = handlers.gone(session)
      hub.disconnected(session)
    }
    if (problem !== undefined)
      session.push({ type: "error", code: "resume_failed", message: problem })

    const write = (texts: ReadonlyArray<string>) =>
      Effect.async<void, Error>((done) => {
        if (texts.length === 0) return done(Effect.void)
        const last = texts.length - 1
        texts.forEach((text, index) =>
          ws.send(
            text,
            index === last
              ? (error) =>
                  done(error === undefined || error === null ? Effect.void : Effect.fail(error))
              : undefined,
          ),
        )
      })

    /**
     * The `session` frame, then the kept frames the client has not seen, read from the
     * session in rounds (frames pushed meanwhile are read in the next round) until none
     * are left; only then do new frames go to the bounded buffer. A replay can be longer
     * than the buffer, and a client catching up is not cut off for it.
     */
    const catchUp = Effect.gen(function* () {
      let cursor = after
      let first = true
      for (;;) {
        const kept = session.framesAfter(cursor) ?? { frames: [], lost: 0 }
        const texts = [...kept.frames]
        if (first) {
          const frame = encodeFrame({
            type: "session",
            sessionId: session.id,
            resumeToken: session.resumeToken,
            resumed,
            seq: cursor + kept.lost,
          })
          if (frame !== undefined) texts.unshift(frame)
          first = false
        }
        cursor = session.lastSeq
        // Read in the next round, like anything pushed while this round is written.
        if (kept.lost > 0) {
          session.push({
            type: "error",
            code: "resume_failed",
            message: `${kept.lost} frames are no longer kept; the session continues after them`,
          })
        }
        if (kept.frames.length === 0 && kept.lost === 0) {
          session.goLive(outlet)
          return yield* write(texts)
        }
        yield* write(texts)
      }
    })
    const pump = catchUp.pipe(
      Effect.zipRight(Effect.forever(Effect.flatMap(buffer.takeAll, write))),
    )

    // Flooding is refused before anything is queued; one error says so until it stops.
    const inbound = yield* Queue.bounded<{ data: RawData; binary: boolean }>(
      Math.max(1, options.rateLimit.burst),
    )
    const bucket = new TokenBucket(options.rateLimit.perSecond, options.rateLimit.burst, Date.now())
    let limited = false
    const refuseFlood = () => {
      if (limited) return
      limited = true
      session.push({
        type: "error",
        code: "rate_limited",
        message: `too many frames: at most ${options.rateLimit.perSecond} per second (bursts of ${options.rateLimit.burst}); frames are dropped until the rate falls`,
      })
    }
    ws.on("message", (data, binary) => {
      if (!bucket.take(Date.now()) || !inbound.unsafeOffer({ data, binary })) return refuseFlood()
      limited = false
    })
    ws.on("error", () => {})
    ws.once("close", () => Deferred.unsafeDone(closed, Effect.void))
    if (ws.readyState === ws.CLOSED) Deferred.unsafeDone(closed, Effect.void)
    // The handshake paused the socket until these listeners were in place.
    ws.resume()

    const reply = (text: string) => outlet.send(text)
    const handle = ({ binary, data }: { data: RawData; binary: boolean }) => {
      const bytes = bytesOf(data)
      if (bytes.byteLength > options.maxFrameBytes) {
        return Effect.sync(() =>
          session.push({
            type: "error",
            code: "too_large",
            message: `a frame is at most ${options.maxFrameBytes} bytes; this one had ${bytes.byteLength}`,
          }),
        )
      }
      if (binary) {
        return Effect.sync(() =>
          session.push({
            type: "error",
            code: "malformed",
            message: "frames are JSON text, not binary",
          }),
        )
      }
      const decoded = decodeClientFrame(bytes.toString("utf8"))
      if (decoded._tag === "Left") {
        const { code, id, message } = decoded.left
        return Effect.sync(() =>
          session.push({ type: "error", code, message, ...(id === undefined ? {} : { id }) }),
        )
      }
      return handlers.dispatch(session, decoded.right, reply).pipe(
        Effect.catchAllCause((cause) =>
          Effect.logError("gateway: a client frame failed", cause).pipe(
            Effect.zipRight(
              Effect.sync(() =>
                session.push({
                  type: "error",
                  code: "internal",
                  message: "the frame could not be served",
                }),
              ),
            ),
          ),
        ),
      )
    }
    const worker = Effect.forever(Effect.flatMap(Queue.take(inbound), handle))

    yield* Metric.increment(clients)
    yield* Effect.addFinalizer(() =>
      Effect.gen(function* () {
        yield* Metric.modify(clients, -1)
        if (session.detach(outlet)) markGone()
        yield* goneEffect
        if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) {
          hangUp(closeCodes.shuttingDown, "the gateway is stopping")
        }
      }),
    )
    // The connection ends when the socket closes; a failed write means it is closing.
    yield* Effect.forkScoped(pump)
    yield* Effect.forkScoped(worker)
    yield* Deferred.await(closed)
  }).pipe(Effect.scoped)
