/**
 * How envelopes leave and reach a node. The mailbox layer above it speaks only this
 * interface; `ZmqTransport` is the ZeroMQ implementation (inproc, ipc, tcp).
 */
import { Data } from "effect"

export class TransportError extends Data.TaggedError("TransportError")<{
  readonly endpoint: string
  readonly reason: string
}> {
  override get message() {
    return `transport ${this.endpoint}: ${this.reason}`
  }
}

export interface TransportStats {
  framesIn: number
  framesOut: number
  envelopesOut: number
  /** Envelopes dropped because a peer's outgoing queue was full. */
  dropped: number
}

export interface Transport {
  /** The endpoint this node listens on, resolved (a tcp wildcard port becomes the real one). */
  readonly endpoint: string
  readonly stats: TransportStats
  /**
   * Starts (or replaces) the outgoing connection to a peer node; `serverKey` is the peer's
   * CurveZMQ public key when the bus is authenticated.
   */
  connect(peer: string, endpoint: string, serverKey?: string): void
  hasPeer(peer: string): boolean
  /** Queues one encoded envelope for a peer; false if the peer is unknown or its queue is full. */
  send(peer: string, envelope: Uint8Array): boolean
  /** Queues one encoded envelope for every peer (topic events). */
  broadcast(envelope: Uint8Array): void
  /** Resolves when every queued envelope has been handed to the socket, or after `timeoutMs`. */
  flush(timeoutMs: number): Promise<void>
}

/** Endpoint schemes the bus accepts. */
export const transportSchemes = ["inproc://", "ipc://", "tcp://"] as const
export const isEndpoint = (s: string): boolean =>
  transportSchemes.some((scheme) => s.startsWith(scheme))
