/**
 * The mailbox layer of one node: routes envelopes to local actors' mailboxes or to peer
 * nodes over the transport; implements tell, ask and publish; and gives durable messages
 * their at-least-once guarantee (journal on both sides, acknowledgement, retry with
 * backoff, de-duplication by id, dead letters).
 *
 * Everything on the per-message path is synchronous or plain promises: an Effect per
 * message would cost more than the routing itself. `ActorSystem` wraps this in Effects.
 */
import { Either, Schema } from "effect"
import type { Codec } from "../codec/Codec.js"
import { PayloadInvalid, type CodecError, type PayloadError } from "../codec/CodecError.js"
import { Kind, type Envelope } from "../codec/Envelope.js"
import { unpack } from "../codec/Frame.js"
import { MAX_ID_LENGTH } from "../codec/Codec.js"
import { DeadLetter } from "../journal/DeadLetterStore.js"
import type { Journal } from "../journal/Journal.js"
import { nodeOf } from "../message/Address.js"
import type { Message } from "../message/MessageDefinition.js"
import { nextId } from "../message/MessageId.js"
import { Failure } from "../message/systemMessages.js"
import { SubscriptionTable } from "../pubsub/Topic.js"
import { Permissions } from "../pubsub/TopicGrants.js"
import type { Transport } from "../transport/Transport.js"
import { backoff } from "./backoff.js"
import {
  AskTimeout,
  BusClosed,
  MailboxFull,
  NotAccepted,
  PermissionDenied,
  RemoteFailure,
  UnknownNode,
  UnknownRecipient,
  type DeliveryError,
} from "./BusError.js"
import { BatchWaiter } from "./BatchWaiter.js"
import type { Delivery, LocalRecipient } from "./Delivery.js"
import { Outbox } from "./Outbox.js"

export type LogLevel = "debug" | "info" | "warning" | "error"
export type BusLog = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void

export interface BusOptions {
  readonly nodeId: string
  readonly codec: Codec
  readonly journal: Journal
  readonly retryBaseMs: number
  readonly retryMaxMs: number
  readonly log: BusLog
}

/** The message being processed when another is sent: causation and trace follow it. */
export interface Cause {
  readonly id: string
  readonly sender: string
  readonly correlationId?: string
  readonly trace?: { readonly traceparent?: string | null } | null
}

export interface SendOptions {
  readonly cause?: Cause | undefined
  readonly traceparent?: string
}

export interface BusStats {
  delivered: number
  malformed: number
  rejectedFull: number
  deadLettered: number
  duplicates: number
  expired: number
  refusedWhileClosed: number
}

/** Why a send failed before leaving this node. */
export type SendError = DeliveryError | PayloadError | PermissionDenied

const isFailure = Schema.is(Failure.schema)

/** Ids listed in one ack envelope (bounded so an ack stays a small frame). */
const ACKS_PER_ENVELOPE = 2048

const sendable = (address: string) => address.length <= MAX_ID_LENGTH && address.isWellFormed()

interface PendingAsk {
  readonly resolve: (message: Message) => void
  readonly reject: (error: AskTimeout | RemoteFailure | SendError) => void
  readonly timer: NodeJS.Timeout
}

export class Bus {
  readonly stats: BusStats = {
    delivered: 0,
    malformed: 0,
    rejectedFull: 0,
    deadLettered: 0,
    duplicates: 0,
    expired: 0,
    refusedWhileClosed: 0,
  }
  private readonly locals = new Map<string, LocalRecipient>()
  private readonly subscriptions = new SubscriptionTable()
  private readonly asks = new Map<string, PendingAsk>()
  private readonly pendingAcks = new Map<string, Array<string>>()
  /** Remote durable messages waiting for their journal batch before they are acknowledged. */
  private readonly journaling = new BatchWaiter<Envelope>(
    (envelopes) => {
      for (const envelope of envelopes) this.acknowledge(envelope)
    },
    (envelopes, cause) => {
      for (const envelope of envelopes)
        this.logLost("could not journal a durable message", envelope, cause)
    },
  )
  private readonly outbox: Outbox
  private transport: Transport | undefined
  private intakeOpen = true
  private lastMalformedLog = 0

  constructor(private readonly options: BusOptions) {
    this.outbox = new Outbox(
      options.journal,
      backoff(options.retryBaseMs, options.retryMaxMs),
      (peer, bytes) => this.transport?.send(peer, bytes) ?? false,
    )
  }

  get nodeId(): string {
    return this.options.nodeId
  }

  get codec(): Codec {
    return this.options.codec
  }

  get inflight(): number {
    return this.outbox.size
  }

  attach(transport: Transport): void {
    this.transport = transport
  }

  /** Stops taking messages from other nodes (graceful shutdown); local traffic goes on. */
  closeIntake(): void {
    this.intakeOpen = false
  }

  get isIntakeOpen(): boolean {
    return this.intakeOpen
  }

  register(recipient: LocalRecipient): void {
    if (nodeOf(recipient.address) !== this.nodeId)
      throw new Error(`${recipient.address} is not an address on node ${this.nodeId}`)
    this.locals.set(recipient.address, recipient)
  }

  unregister(address: string): void {
    this.locals.delete(address)
    this.subscriptions.removeSubscriber(address)
  }

  /** Who may publish and subscribe to what; denied unless granted. */
  readonly permissions = new Permissions()

  /** Subscribes `address` to `pattern`; refused (false) unless a grant covers it. */
  subscribe(pattern: string, address: string): boolean {
    if (!this.permissions.maySubscribe(address, pattern)) return false
    this.subscriptions.add(pattern, address)
    return true
  }

  unsubscribe(pattern: string, address: string): void {
    this.subscriptions.remove(pattern, address)
  }

  // ---------------------------------------------------------------- sending

  /** Sends a message to one recipient, at most once. Errors known locally come back at once. */
  tell(from: string, to: string, message: Message, options?: SendOptions): SendError | undefined {
    const encoded = this.encode(Kind.KIND_TELL, from, message, options, { recipient: to })
    if (Either.isLeft(encoded)) return encoded.left
    return this.route(to, encoded.right.bytes)
  }

  /**
   * Sends a message at least once. Resolves when the message is journaled where it will
   * survive a crash: in the recipient's inbox (same node) or in this node's outbox, from
   * which it is retried with backoff until the recipient's node acknowledges it. With
   * `acknowledged`, resolves only when the recipient's node has journaled it.
   */
  tellDurable(
    from: string,
    to: string,
    message: Message,
    options?: SendOptions & { readonly acknowledged?: boolean },
  ): Promise<void> {
    const encoded = this.encode(Kind.KIND_TELL, from, message, options, {
      recipient: to,
      durable: true,
    })
    if (Either.isLeft(encoded)) return Promise.reject(encoded.left)
    const { id, bytes } = encoded.right
    const node = nodeOf(to)
    if (node === this.nodeId) {
      const result = this.dispatch(this.decodeOwn(bytes), bytes, true)
      return result instanceof Promise
        ? result
        : Promise.reject(result ?? new UnknownRecipient({ address: to }))
    }
    if (node === undefined || this.transport?.hasPeer(node) !== true) {
      return Promise.reject(new UnknownNode({ node: node ?? to }))
    }
    return this.outbox.send(id, node, bytes, options?.acknowledged === true)
  }

  /** Sends a request and waits for its reply (or a typed failure) for at most `timeoutMs`. */
  ask(
    from: string,
    to: string,
    message: Message,
    timeoutMs: number,
    options?: SendOptions,
  ): Promise<Message> {
    const encoded = this.encode(Kind.KIND_ASK, from, message, options, {
      recipient: to,
      deadline: Date.now() + timeoutMs,
    })
    if (Either.isLeft(encoded)) return Promise.reject(encoded.left)
    const { id, bytes } = encoded.right
    return new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.asks.delete(id)
        reject(new AskTimeout({ to, type: message.type, timeoutMs }))
      }, timeoutMs)
      this.asks.set(id, { resolve, reject, timer })
      const error = this.route(to, bytes)
      if (error !== undefined) {
        clearTimeout(timer)
        this.asks.delete(id)
        reject(error)
      }
    })
  }

  /** Publishes an event to every subscriber of the topic, here and on every peer (at most once). */
  publish(
    from: string,
    topic: string,
    message: Message,
    options?: SendOptions,
  ): PayloadError | PermissionDenied | undefined {
    if (!this.permissions.mayPublish(from, topic)) {
      return new PermissionDenied({ principal: from, action: "publish", topic })
    }
    const encoded = this.encode(Kind.KIND_PUBLISH, from, message, options, { topic })
    if (Either.isLeft(encoded)) return encoded.left
    const { bytes } = encoded.right
    if (this.subscriptions.subscribers(topic).length > 0)
      this.onPublish(this.decodeOwn(bytes), bytes)
    this.transport?.broadcast(bytes)
    return undefined
  }

  /** Answers an ask. */
  reply(request: Cause, from: string, message: Message): SendError | undefined {
    const encoded = this.encode(
      Kind.KIND_REPLY,
      from,
      message,
      { cause: request },
      {
        recipient: request.sender,
        correlationId: request.id,
      },
    )
    if (Either.isLeft(encoded)) return encoded.left
    return this.route(request.sender, encoded.right.bytes)
  }

  replyFailure(
    request: Cause,
    from: string,
    error: { readonly _tag: string; readonly message: string },
  ): void {
    this.reply(request, from, Failure.make({ tag: error._tag, message: error.message }))
  }

  private encode(
    kind: Kind,
    from: string,
    message: Message,
    options: SendOptions | undefined,
    fields: {
      readonly recipient?: string
      readonly topic?: string
      readonly durable?: boolean
      readonly deadline?: number
      readonly correlationId?: string
    },
  ): Either.Either<{ id: string; bytes: Uint8Array }, PayloadError> {
    const payload = this.options.codec.encodePayload(message)
    if (Either.isLeft(payload)) return Either.left(payload.left)
    const cause = options?.cause
    const traceparent = options?.traceparent ?? cause?.trace?.traceparent ?? undefined
    // What every receiver would refuse (over-long or broken addresses) is refused here.
    if (
      !sendable(from) ||
      !sendable(fields.recipient ?? "") ||
      !(fields.topic ?? "").isWellFormed() ||
      (traceparent !== undefined && traceparent !== null && !traceparent.isWellFormed())
    ) {
      return Either.left(
        new PayloadInvalid({
          type: message.type,
          issue: "sender, recipient, topic or trace context is not sendable",
        }),
      )
    }
    const id = nextId()
    const envelopeFields = {
      id,
      kind,
      sender: from,
      type: message.type,
      schemaVersion: payload.right.version,
      correlationId:
        fields.correlationId ?? (cause === undefined ? id : cause.correlationId || cause.id),
      causationId: cause?.id ?? "",
      timestamp: Date.now(),
      payload: payload.right.bytes,
      ...fields,
      ...(traceparent === undefined || traceparent === "" ? {} : { traceparent }),
    }
    return Either.right({ id, bytes: this.options.codec.encodeEnvelope(envelopeFields) })
  }

  /**
   * Our own bytes as the envelope the receiving side works with (local delivery decodes
   * exactly what a remote node would). They were validated when encoded, so this succeeds.
   */
  private decodeOwn(bytes: Uint8Array): Envelope {
    const envelope = this.options.codec.decodeEnvelope(bytes)
    if (Either.isLeft(envelope)) throw new Error(`own envelope refused: ${envelope.left.message}`)
    return envelope.right
  }

  private route(to: string, bytes: Uint8Array): SendError | undefined {
    const node = nodeOf(to)
    if (node === this.nodeId) {
      const result = this.dispatch(this.decodeOwn(bytes), bytes, true)
      return result instanceof Promise ? undefined : result
    }
    if (node === undefined || this.transport === undefined || !this.transport.hasPeer(node)) {
      return new UnknownNode({ node: node ?? to })
    }
    return this.transport.send(node, bytes)
      ? undefined
      : new MailboxFull({ address: `node ${node}`, capacity: 0 })
  }

  // -------------------------------------------------------------- receiving

  /** Handles one frame from the transport: any bytes at all, never throwing. */
  receiveFrame(frame: Uint8Array): void {
    if (!this.intakeOpen) {
      this.stats.refusedWhileClosed++
      return
    }
    const parts = unpack(frame)
    if (Either.isLeft(parts)) return this.malformed(parts.left)
    for (const bytes of parts.right) {
      const envelope = this.options.codec.decodeEnvelope(bytes)
      if (Either.isLeft(envelope)) {
        this.malformed(envelope.left)
        continue
      }
      try {
        this.dispatch(envelope.right, bytes, false)
      } catch (error) {
        // Whatever one envelope does, the node keeps reading its socket.
        this.options.log("error", `could not route ${envelope.right.type}: ${String(error)}`, {
          messageId: envelope.right.id,
        })
      }
    }
  }

  private malformed(error: CodecError): void {
    this.stats.malformed++
    const now = Date.now()
    if (now - this.lastMalformedLog > 1000) {
      this.lastMalformedLog = now
      this.options.log("warning", `refused a frame: ${error.message}`, {
        refused: this.stats.malformed,
      })
    }
  }

  /**
   * Routes one decoded envelope. Returns an error the local caller can see, a promise for
   * a durable message's admission to the journal, or undefined.
   */
  private dispatch(
    envelope: Envelope,
    bytes: Uint8Array,
    local: boolean,
  ): SendError | Promise<void> | undefined {
    switch (envelope.kind) {
      case Kind.KIND_ACK:
        this.onAck(envelope)
        return undefined
      case Kind.KIND_REPLY:
        this.onReply(envelope)
        return undefined
      case Kind.KIND_PUBLISH:
        this.onPublish(envelope, bytes)
        return undefined
      default:
        return this.onDirect(envelope, bytes, local)
    }
  }

  private onDirect(
    envelope: Envelope,
    bytes: Uint8Array,
    local: boolean,
  ): SendError | Promise<void> | undefined {
    if (envelope.durable && this.options.journal.isKnown(envelope.id)) {
      // A retry of something already journaled here: acknowledge again, deliver nothing.
      this.stats.duplicates++
      if (!local) this.acknowledge(envelope)
      return local ? Promise.resolve() : undefined
    }
    // Only this node's actors are in `locals`: a hit needs no look at the address's node.
    const recipient = this.locals.get(envelope.recipient)
    if (recipient === undefined && nodeOf(envelope.recipient) !== this.nodeId)
      return new UnknownNode({ node: String(nodeOf(envelope.recipient)) })
    const error: SendError | undefined =
      recipient === undefined
        ? new UnknownRecipient({ address: envelope.recipient })
        : !recipient.accepts(envelope.type)
          ? new NotAccepted({ address: envelope.recipient, type: envelope.type })
          : undefined
    if (error !== undefined) return this.undeliverable(envelope, bytes, error, local)
    const decoded = this.options.codec.decodePayload(envelope)
    if (Either.isLeft(decoded)) return this.undeliverable(envelope, bytes, decoded.left, local)
    if (recipient!.isFull) {
      this.stats.rejectedFull++
      const full = new MailboxFull({ address: envelope.recipient, capacity: recipient!.capacity })
      // A durable message is simply not acknowledged: its sender retries later.
      if (envelope.kind === Kind.KIND_ASK) this.replyFailure(envelope, envelope.recipient, full)
      return full
    }
    if (envelope.deadline > 0 && envelope.deadline < Date.now()) {
      this.stats.expired++
      return undefined
    }
    const delivery: Delivery = { envelope, bytes, message: decoded.right, attempts: 0 }
    this.stats.delivered++
    if (!envelope.durable) {
      recipient!.deliver(delivery)
      return undefined
    }
    const admitted = this.options.journal.admit(envelope.id, bytes)
    recipient!.deliver(delivery)
    if (local) return admitted
    this.journaling.add(admitted, envelope)
    return undefined
  }

  /** A message that cannot reach an actor: answered if asked, dead-lettered if durable or remote. */
  private undeliverable(
    envelope: Envelope,
    bytes: Uint8Array,
    error: SendError | PayloadError,
    local: boolean,
  ) {
    if (envelope.kind === Kind.KIND_ASK) {
      this.replyFailure(envelope, envelope.recipient || `_bus@${this.nodeId}`, error)
      return error
    }
    if (envelope.durable || !local) {
      this.deadLetter(envelope, bytes, error.message, 0).then(
        () => {
          if (envelope.durable && !local) this.acknowledge(envelope)
        },
        (cause: unknown) => this.logLost("could not store a dead letter", envelope, cause),
      )
    }
    return error
  }

  /**
   * Acknowledges a durable message to its sender's node. Acks for one node are gathered
   * for the rest of the event-loop turn and sent as one envelope listing their ids.
   */
  private acknowledge(envelope: Envelope): void {
    const node = nodeOf(envelope.sender)
    if (node === undefined) return
    let ids = this.pendingAcks.get(node)
    if (ids === undefined) this.pendingAcks.set(node, (ids = []))
    ids.push(envelope.id)
    if (this.pendingAcks.size === 1 && ids.length === 1) setImmediate(() => this.flushAcks())
  }

  private flushAcks(): void {
    for (const [node, ids] of this.pendingAcks) {
      for (let from = 0; from < ids.length; from += ACKS_PER_ENVELOPE) {
        const chunk = ids.slice(from, from + ACKS_PER_ENVELOPE)
        const ack = this.options.codec.encodeEnvelope({
          id: nextId(),
          kind: Kind.KIND_ACK,
          sender: `_bus@${this.nodeId}`,
          recipient: `_bus@${node}`,
          type: "",
          schemaVersion: 0,
          correlationId: chunk[0]!,
          timestamp: Date.now(),
          payload: Buffer.from(chunk.join("\n")),
        })
        this.transport?.send(node, ack)
      }
    }
    this.pendingAcks.clear()
  }

  private onAck(envelope: Envelope): void {
    if (envelope.payload.length === 0) return this.outbox.acknowledge(envelope.correlationId)
    for (const id of Buffer.from(
      envelope.payload.buffer,
      envelope.payload.byteOffset,
      envelope.payload.length,
    )
      .toString()
      .split("\n")) {
      this.outbox.acknowledge(id)
    }
  }

  private onReply(envelope: Envelope): void {
    const pending = this.asks.get(envelope.correlationId)
    if (pending === undefined) return // late reply to an ask that timed out
    this.asks.delete(envelope.correlationId)
    clearTimeout(pending.timer)
    const decoded = this.options.codec.decodePayload(envelope)
    if (Either.isLeft(decoded)) return pending.reject(decoded.left)
    const message = decoded.right
    if (message.type === Failure.type && isFailure(message.payload)) {
      return pending.reject(
        new RemoteFailure({
          from: envelope.sender,
          tag: message.payload.tag,
          reason: message.payload.message,
        }),
      )
    }
    pending.resolve(message)
  }

  private onPublish(envelope: Envelope, bytes: Uint8Array): void {
    const subscribers = this.subscriptions.subscribers(envelope.topic)
    if (subscribers.length === 0) return
    const decoded = this.options.codec.decodePayload(envelope)
    if (Either.isLeft(decoded)) return this.malformed(decoded.left)
    for (const address of subscribers) {
      const recipient = this.locals.get(address)
      if (recipient === undefined || !recipient.accepts(envelope.type)) continue
      if (recipient.deliver({ envelope, bytes, message: decoded.right, attempts: 0 }))
        this.stats.delivered++
      else this.stats.rejectedFull++
    }
  }

  // ------------------------------------------------------------ durability

  /** Stores a message that cannot be delivered or keeps crashing its actor. */
  deadLetter(
    envelope: Envelope,
    bytes: Uint8Array,
    reason: string,
    attempts: number,
  ): Promise<void> {
    this.stats.deadLettered++
    this.options.log(
      "warning",
      `dead-lettered ${envelope.type} for ${envelope.recipient}: ${reason}`,
      {
        messageId: envelope.id,
        attempts,
      },
    )
    return this.options.journal.put(
      new DeadLetter({
        id: envelope.id,
        recipient: envelope.recipient,
        sender: envelope.sender,
        type: envelope.type,
        reason,
        attempts,
        at: Date.now(),
        envelope: Uint8Array.from(bytes),
      }),
    )
  }

  /** Dead-letters without a caller to report to: a failure to store is logged. */
  deadLetterQuietly(envelope: Envelope, bytes: Uint8Array, reason: string, attempts: number): void {
    this.deadLetter(envelope, bytes, reason, attempts).catch((cause: unknown) =>
      this.logLost("could not store a dead letter", envelope, cause),
    )
  }

  private logLost(what: string, envelope: Envelope, cause: unknown): void {
    this.options.log("error", `${what}: ${String(cause)}`, { messageId: envelope.id })
  }

  /** Records that durable messages were processed (their effects persisted). */
  completed(ids: ReadonlyArray<string>): Promise<void> {
    return this.options.journal.complete(ids)
  }

  recordAttempt(delivery: Delivery): void {
    if (delivery.envelope.durable)
      this.options.journal.recordAttempt(delivery.envelope.id, delivery.attempts)
  }

  /** Re-delivers a dead letter as a fresh durable message to its original recipient. */
  async replay(id: string): Promise<void> {
    const letter = this.options.journal.get(id)
    if (letter === undefined) throw new UnknownRecipient({ address: `dead letter ${id}` })
    const envelope = this.options.codec.decodeEnvelope(letter.envelope)
    if (Either.isLeft(envelope)) throw envelope.left
    const decoded = this.options.codec.decodePayload(envelope.right)
    if (Either.isLeft(decoded)) throw decoded.left
    await this.options.journal.remove(id)
    await this.tellDurable(letter.sender, letter.recipient, decoded.right, {
      cause: envelope.right,
    })
  }

  /** After a restart: re-deliver what the inbox holds and resend what the outbox holds. */
  resume(): { inbox: number; outbox: number } {
    const inbox = this.options.journal.inbox()
    for (const entry of inbox) {
      const envelope = this.options.codec.decodeEnvelope(entry.envelope)
      const recipient = Either.isRight(envelope)
        ? this.locals.get(envelope.right.recipient)
        : undefined
      const decoded = Either.isRight(envelope)
        ? this.options.codec.decodePayload(envelope.right)
        : undefined
      if (
        recipient === undefined ||
        decoded === undefined ||
        Either.isLeft(decoded) ||
        Either.isLeft(envelope)
      ) {
        if (Either.isRight(envelope))
          this.deadLetterQuietly(
            envelope.right,
            entry.envelope,
            "undeliverable after restart",
            entry.attempts,
          )
        continue
      }
      recipient.deliver(
        {
          envelope: envelope.right,
          bytes: entry.envelope,
          message: decoded.right,
          attempts: entry.attempts,
        },
        true,
      )
    }
    return { inbox: inbox.length, outbox: this.outbox.resume() }
  }

  close(): void {
    this.outbox.close()
    for (const [id, pending] of this.asks) {
      clearTimeout(pending.timer)
      pending.reject(new BusClosed({ node: this.nodeId }))
      this.asks.delete(id)
    }
  }
}
