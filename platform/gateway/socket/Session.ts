/**
 * One client session: its frame counter, the frames kept for a resume, the requests it
 * has open and, while connected, the outlet its frames go to. A session outlives its
 * connection (the client may resume within the TTL); the hub forgets it after that.
 */
import { randomBytes, randomUUID } from "node:crypto"
import type { Client } from "../api/Authentication.js"
import { encodeFrame, type SequencedFrame } from "./frames.js"
import { ResumeRing } from "./ResumeRing.js"

/** Where a connected session's frames go: the connection's bounded send buffer. */
export interface Outlet {
  /** Takes an encoded frame without waiting; an overflowing outlet drops its client. */
  readonly send: (text: string) => void
  /** Ends the connection (another one resumed the session). */
  readonly close: (reason: string) => void
}

export interface OpenRequest {
  /** The id on the bus: unique per session and client request id. */
  readonly requestId: string
  conversationId: string
}

export class Session {
  readonly id = randomUUID()
  readonly resumeToken = randomBytes(24).toString("base64url")
  /** Open chat requests by the client's request id. */
  readonly requests = new Map<string, OpenRequest>()
  /** Stops the live actor-state feed, while the client has one. */
  actorFeed: (() => void) | undefined
  expiry: ReturnType<typeof setTimeout> | undefined
  private seq = 0
  private readonly ring: ResumeRing
  /** The connection the session belongs to, catching up or live. */
  private owner: Outlet | undefined
  /** Set once the owner has caught up: new frames go straight to it. */
  private live: Outlet | undefined

  constructor(
    readonly client: Client,
    resumeFrames: number,
  ) {
    this.ring = new ResumeRing(resumeFrames)
  }

  get lastSeq(): number {
    return this.seq
  }

  get connected(): boolean {
    return this.owner !== undefined
  }

  /** Numbers the frame, keeps it for a resume, and sends it if a client is live. */
  push(frame: SequencedFrame): void {
    const seq = this.seq + 1
    const text = encodeFrame({ ...frame, seq })
    if (text === undefined) return
    this.seq = seq
    this.ring.push(seq, text)
    this.live?.send(text)
  }

  /** The kept frames after `seq` and how many after it are lost; undefined if never sent. */
  framesAfter(
    seq: number,
  ): { readonly frames: ReadonlyArray<string>; readonly lost: number } | undefined {
    return this.ring.after(seq)
  }

  /**
   * Makes `outlet` the session's connection; it catches up from `framesAfter` and then
   * goes live. A connection that had the session is closed: it now belongs to the new one.
   */
  claim(outlet: Outlet): void {
    const previous = this.owner
    this.owner = outlet
    this.live = undefined
    if (previous !== undefined && previous !== outlet) {
      previous.close("the session was resumed by another connection")
    }
  }

  /** From now on frames go to `outlet` as they are pushed (if it still owns the session). */
  goLive(outlet: Outlet): void {
    if (this.owner === outlet) this.live = outlet
  }

  /** Disconnects `outlet` if it still owns the session. */
  detach(outlet: Outlet): boolean {
    if (this.owner !== outlet) return false
    this.owner = undefined
    this.live = undefined
    return true
  }
}
