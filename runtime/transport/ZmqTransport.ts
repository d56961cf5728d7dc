/**
 * The ZeroMQ transport: one ROUTER bound for everything arriving, one DEALER per peer for
 * everything leaving. Each socket has exactly one pump (zeromq.js throws EBUSY on a second
 * pending operation), and each DEALER packs every envelope queued since its last send into
 * one frame, so the per-call cost of zeromq.js is paid per batch rather than per message.
 */
import { Effect } from "effect"
import * as zmq from "zeromq"
import { MAX_ENVELOPE_BYTES, pack } from "../codec/Frame.js"
import { randomUUID } from "node:crypto"
import { TransportError, type Transport, type TransportStats } from "./Transport.js"
import { zapHandler } from "./curve/ZapHandler.js"

/** A frame never grows past this, so one slow batch cannot hold a huge buffer. */
const MAX_FRAME_BYTES = 256 * 1024
/** Larger inbound frames are refused by libzmq before they are buffered. */
const MAX_INBOUND_FRAME = 2 * MAX_ENVELOPE_BYTES

/**
 * CurveZMQ for ipc and tcp: this node's keypair (Z85), and the client keys its ROUTER
 * admits (checked by the ZAP handler). inproc never leaves the process and stays plain.
 */
export interface CurveOptions {
  readonly publicKey: string
  readonly secretKey: string
  readonly allow: ReadonlyArray<string>
}

export interface ZmqTransportOptions {
  readonly endpoint: string
  readonly curve?: CurveOptions
  /** Called once per received frame, synchronously on the receive pump. */
  readonly onFrame: (frame: Buffer) => void
  /** Envelopes a peer's outgoing queue may hold before sends are refused. */
  readonly peerQueueCapacity?: number
  readonly onError?: (error: unknown) => void
}

class Peer {
  queue: Array<Uint8Array> = []
  pumping = false
  idle: Array<() => void> = []

  constructor(
    readonly id: string,
    readonly socket: zmq.Dealer,
  ) {}
}

class ZmqTransportImpl implements Transport {
  readonly stats: TransportStats = { framesIn: 0, framesOut: 0, envelopesOut: 0, dropped: 0 }
  private readonly peers = new Map<string, Peer>()
  private closed = false

  constructor(
    readonly endpoint: string,
    private readonly router: zmq.Router,
    private readonly options: ZmqTransportOptions,
    private readonly zapDomain: string | undefined,
  ) {}

  connect(peerId: string, endpoint: string, serverKey?: string): void {
    this.peers.get(peerId)?.socket.close()
    const curve = this.options.curve
    // No routing id: the ROUTER ignores it, and a fixed one would let any peer squat on it.
    const socket = new zmq.Dealer({
      linger: 1000,
      sendHighWaterMark: 10_000,
      ...(curve !== undefined && serverKey !== undefined && !endpoint.startsWith("inproc://")
        ? {
            curveServerKey: serverKey,
            curvePublicKey: curve.publicKey,
            curveSecretKey: curve.secretKey,
          }
        : {}),
    })
    socket.connect(endpoint)
    this.peers.set(peerId, new Peer(peerId, socket))
  }

  hasPeer(peer: string): boolean {
    return this.peers.has(peer)
  }

  send(peerId: string, envelope: Uint8Array): boolean {
    const peer = this.peers.get(peerId)
    if (peer === undefined || this.closed) return false
    if (peer.queue.length >= (this.options.peerQueueCapacity ?? 200_000)) {
      this.stats.dropped++
      return false
    }
    peer.queue.push(envelope)
    if (!peer.pumping) {
      peer.pumping = true
      // Packs once the current task is done, so what it sends shares a frame. A microtask,
      // not the next turn of the event loop: an actor's reply to an ask leaves as soon as
      // its batch is processed, instead of waiting behind timers and I/O callbacks.
      queueMicrotask(() => void this.pump(peer))
    }
    return true
  }

  broadcast(envelope: Uint8Array): void {
    for (const peer of this.peers.keys()) this.send(peer, envelope)
  }

  private async pump(peer: Peer): Promise<void> {
    try {
      while (peer.queue.length > 0 && !this.closed) {
        const queue = peer.queue
        let end = 0
        let bytes = 0
        while (
          end < queue.length &&
          (end === 0 || bytes + queue[end]!.length + 4 <= MAX_FRAME_BYTES)
        ) {
          bytes += queue[end]!.length + 4
          end++
        }
        const frame = pack(queue, 0, end)
        peer.queue = end === queue.length ? [] : queue.slice(end)
        await peer.socket.send(frame)
        this.stats.framesOut++
        this.stats.envelopesOut += end
      }
    } catch (error) {
      if (!this.closed) this.options.onError?.(error)
    } finally {
      peer.pumping = false
      for (const resolve of peer.idle.splice(0)) resolve()
    }
  }

  async flush(timeoutMs: number): Promise<void> {
    const waits = [...this.peers.values()]
      .filter((peer) => peer.pumping || peer.queue.length > 0)
      .map((peer) => new Promise<void>((resolve) => peer.idle.push(resolve)))
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      Promise.all(waits),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ])
    clearTimeout(timer)
  }

  async receiveLoop(): Promise<void> {
    try {
      for (;;) {
        const frames = await this.router.receive()
        // [routing id, frame]; a peer sending extra parts gets each part read as a frame.
        for (let i = 1; i < frames.length; i++) {
          this.stats.framesIn++
          try {
            this.options.onFrame(frames[i]!)
          } catch (error) {
            this.options.onError?.(error)
          }
        }
      }
    } catch (error) {
      if (!this.closed) this.options.onError?.(error)
    }
  }

  close(): void {
    this.closed = true
    if (this.zapDomain !== undefined) zapHandler.unregister(this.zapDomain)
    for (const peer of this.peers.values()) peer.socket.close()
    this.router.close()
  }
}

const resolveEndpoint = (endpoint: string): string =>
  // zeromq spells "any free port" as `*`; accept the more familiar `:0` too.
  endpoint.startsWith("tcp://") && endpoint.endsWith(":0") ? `${endpoint.slice(0, -2)}:*` : endpoint

/** Binds a ZeroMQ transport for the scope's lifetime; closing flushes what is queued first. */
export const make = (options: ZmqTransportOptions) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: async () => {
        const curve = options.endpoint.startsWith("inproc://") ? undefined : options.curve
        const zapDomain = curve === undefined ? undefined : `aico-${randomUUID()}`
        if (curve !== undefined && zapDomain !== undefined) {
          await zapHandler.register(zapDomain, new Set(curve.allow))
        }
        const router = new zmq.Router({
          linger: 0,
          receiveHighWaterMark: 10_000,
          maxMessageSize: MAX_INBOUND_FRAME,
          ...(curve === undefined || zapDomain === undefined
            ? {}
            : {
                curveServer: true,
                curvePublicKey: curve.publicKey,
                curveSecretKey: curve.secretKey,
                zapDomain,
              }),
        })
        try {
          await router.bind(resolveEndpoint(options.endpoint))
        } catch (cause) {
          router.close()
          if (zapDomain !== undefined) zapHandler.unregister(zapDomain)
          throw cause
        }
        const transport = new ZmqTransportImpl(
          router.lastEndpoint ?? options.endpoint,
          router,
          options,
          zapDomain,
        )
        void transport.receiveLoop()
        return transport
      },
      catch: (cause) => new TransportError({ endpoint: options.endpoint, reason: String(cause) }),
    }),
    (transport) =>
      Effect.promise(() => transport.flush(2000)).pipe(
        Effect.ensuring(Effect.sync(() => transport.close())),
      ),
  )
