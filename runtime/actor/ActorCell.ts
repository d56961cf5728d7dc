/**
 * One live actor: its address, bounded mailbox and XState actor. The cell feeds the
 * machine one message at a time, routes what the machine emits, persists the snapshot
 * after each batch (before telling the journal the batch's durable messages are done),
 * and reports crashes to its supervisor. The mailbox outlives the XState actor, so
 * messages wait across a restart.
 */
import { Effect, Schema, type Runtime } from "effect"
import {
  createActor,
  type AnyActor,
  type AnyStateMachine,
  type InspectionEvent as XStateInspectionEvent,
} from "xstate"
import { ActorInfo, type ActorStatus, type InspectionEvent } from "../../schemas/Introspection.js"
import type { Bus, BusLog } from "../bus/Bus.js"
import type { Delivery, LocalRecipient } from "../bus/Delivery.js"
import { Kind, type Envelope } from "../codec/Envelope.js"
import { Mailbox } from "../mailbox/Mailbox.js"
import type { SnapshotStore } from "../snapshot/SnapshotStore.js"
import { errorText, type Child, type ChildExit } from "../supervision/Child.js"
import type { ActorDefinition, MessageMeta } from "./ActorDefinition.js"
import { snapshotPart, translate } from "./inspection.js"
import { registerHost } from "./ActorHost.js"
import { isOutgoing } from "./Outgoing.js"

export interface CellEnvironment {
  readonly bus: Bus
  readonly snapshots: SnapshotStore
  /** Crashes one message may cause before it is dead-lettered. */
  readonly maxAttempts: number
  readonly defaultCapacity: number
  readonly log: BusLog
  /** The node's runtime: invoked Effects run on it (its logger, its services). */
  readonly runtime: Runtime.Runtime<never>
  readonly inspector: {
    readonly active: () => boolean
    readonly emit: (event: InspectionEvent) => void
    readonly register: (source: { attachInspection(): void; detachInspection(): void }) => void
  }
}

/**
 * How long a snapshot without durable messages behind it may wait before it is written,
 * so a busy actor writes a few snapshots a second instead of one per batch (a file write
 * and a rename each). Durable messages commit at once; a restart or stop writes first.
 */
const SNAPSHOT_DELAY_MS = 20
/** Messages processed per turn of the event loop before yielding to I/O. */
const BATCH = 512
/** …and for at most this long, so a slow actor cannot starve the node's sockets. */
const BATCH_MS = 5

const kindOf = (kind: Kind): MessageMeta["kind"] =>
  kind === Kind.KIND_ASK ? "ask" : kind === Kind.KIND_PUBLISH ? "publish" : "tell"

const hasChildren = (snapshot: unknown): boolean => {
  const children =
    typeof snapshot === "object" && snapshot !== null && "children" in snapshot
      ? snapshot.children
      : undefined
  if (typeof children !== "object" || children === null) return false
  for (const _ in children) return true
  return false
}

const metaOf = (envelope: Envelope): MessageMeta => ({
  id: envelope.id,
  sender: envelope.sender,
  kind: kindOf(envelope.kind),
  topic: envelope.topic,
  correlationId: envelope.correlationId,
  attempt: envelope.attempt,
  durable: envelope.durable,
  replyTo: { sender: envelope.sender, id: envelope.id, kind: envelope.kind },
})

// What XState accepts as a persisted snapshot; anything else starts the actor fresh.
const PersistedSnapshot = Schema.Struct(
  {
    status: Schema.Literal("active"),
    output: Schema.optionalWith(Schema.Undefined, { default: () => undefined }),
    error: Schema.optionalWith(Schema.Undefined, { default: () => undefined }),
    value: Schema.Unknown,
    context: Schema.Unknown,
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown }),
)
/**
 * What the store holds: the machine's snapshot and the durable message ids whose effects
 * it includes but the journal may not yet have marked done (a crash between the two
 * writes). A restart skips those ids instead of processing them twice.
 */
const StoredSnapshot = Schema.Struct({
  snapshot: PersistedSnapshot,
  covers: Schema.Array(Schema.String),
})
const decodeStored = Schema.decodeUnknownOption(StoredSnapshot)

export class ActorCell implements Child, LocalRecipient {
  readonly kind = "actor"
  readonly address: string
  readonly mailbox: Mailbox<Delivery>
  status: ActorStatus = "starting"
  processed = 0
  restarts = 0
  lastError: string | null = null
  private startedAt = Date.now()
  private actor: AnyActor | undefined
  private current: Delivery | undefined
  private failure: { error: unknown } | undefined
  private scheduled = false
  private everStarted = false
  private readonly acceptSet: ReadonlySet<string>
  private readonly emitSet: ReadonlySet<string>
  private readonly secretKeys: ReadonlySet<string>
  private exitListener: (exit: ChildExit) => void = () => {}
  private readonly work = new Set<() => void>()
  /** Set while an inspector listens (see `Inspector`). */
  private inspection: { unsubscribe(): void } | undefined
  // Commit pipeline: the latest snapshot and the durable ids it covers, written by one loop.
  private pendingSnapshot: unknown = undefined
  /** The machine snapshot `pendingSnapshot` (or the last write) was taken from. */
  private capturedFrom: unknown = undefined
  private pendingIds: Array<string> = []
  private committing: Promise<void> | undefined
  private commitTimer: NodeJS.Timeout | undefined

  constructor(
    readonly definition: ActorDefinition<never>,
    private readonly machine: AnyStateMachine,
    readonly node: string,
    private readonly env: CellEnvironment,
  ) {
    this.address = `${definition.name}@${node}`
    this.mailbox = new Mailbox(definition.mailboxCapacity ?? env.defaultCapacity)
    this.acceptSet = new Set(definition.accepts.map((d) => d.type))
    this.emitSet = new Set(definition.emits.map((d) => d.type))
    this.secretKeys = new Set(definition.secretContextKeys ?? [])
    env.inspector.register(this)
    registerHost(this.address, {
      runtime: env.runtime,
      currentMessageId: () => this.current?.envelope.id,
      track: (cancel) => {
        this.work.add(cancel)
        return () => this.work.delete(cancel)
      },
      ask: (to, message, timeoutMs) => env.bus.ask(this.address, to, message, timeoutMs),
    })
  }

  /** Interrupts invoked work still running (XState leaves it running when an actor fails). */
  private cancelWork(): void {
    for (const cancel of [...this.work]) cancel()
    this.work.clear()
  }

  get capacity(): number {
    return this.mailbox.capacity
  }

  get isFull(): boolean {
    return this.mailbox.isFull
  }

  get persist(): boolean {
    return this.definition.persist ?? true
  }

  accepts(type: string): boolean {
    return this.acceptSet.has(type)
  }

  deliver(delivery: Delivery, force = false): boolean {
    if (force) this.mailbox.unshift(delivery)
    else if (!this.mailbox.offer(delivery)) return false
    this.schedule()
    return true
  }

  onExit(listener: (exit: ChildExit) => void): void {
    this.exitListener = listener
  }

  // ------------------------------------------------------------- lifecycle

  readonly start: Effect.Effect<void, unknown> = Effect.suspend(() =>
    Effect.tryPromise({
      try: async () => {
        await this.whenCommitted()
        const stored = this.persist
          ? decodeStored(await this.env.snapshots.load(this.address))
          : undefined
        const persisted = stored?._tag === "Some" ? stored.value.snapshot : undefined
        if (stored?._tag === "Some" && stored.value.covers.length > 0) {
          const covered = new Set(stored.value.covers)
          this.mailbox.removeWhere((d) => covered.has(d.envelope.id))
          await this.env.bus.completed(stored.value.covers)
        }
        if (this.everStarted) this.restarts++
        this.everStarted = true
        this.failure = undefined
        const actor = createActor(this.machine, {
          id: this.address,
          ...(persisted === undefined ? {} : { snapshot: persisted }),
        })
        actor.on("*", (emitted) => this.route(emitted))
        actor.subscribe({
          error: (error) => {
            this.failure = { error }
          },
        })
        this.actor = actor
        if (this.inspection !== undefined) this.attachInspection()
        actor.start()
        const failure = this.failedWith()
        if (failure !== undefined) throw failure.error
        this.startedAt = Date.now()
        this.status = "running"
        this.schedule()
      },
      catch: (error) => {
        this.status = "failed"
        this.lastError = errorText(error)
        return error
      },
    }),
  )

  readonly stop: Effect.Effect<void> = Effect.suspend(() => {
    if (this.status === "stopped") return Effect.void
    this.status = "stopped"
    const actor = this.actor
    if (actor !== undefined && actor.getSnapshot().status === "active") this.queueCommit(actor, [])
    return Effect.promise(() => this.whenCommitted()).pipe(
      Effect.ensuring(
        Effect.sync(() => {
          actor?.stop()
          this.cancelWork()
        }),
      ),
    )
  })

  readonly kill: Effect.Effect<void> = Effect.sync(() => {
    this.status = "stopped"
    this.actor?.stop()
    this.cancelWork()
  })

  readonly drain = (timeoutMs: number): Effect.Effect<void> =>
    Effect.promise(async () => {
      const deadline = Date.now() + timeoutMs
      while (this.mailbox.depth > 0 && this.status === "running" && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
      await this.whenCommitted()
    })

  // ------------------------------------------------------------ processing

  // Read through a method: the error callback sets it while `send` runs.
  private failedWith(): { error: unknown } | undefined {
    return this.failure
  }

  private schedule(): void {
    if (this.scheduled || this.status !== "running") return
    this.scheduled = true
    setImmediate(() => this.run())
  }

  private run(): void {
    this.scheduled = false
    const actor = this.actor
    if (this.status !== "running" || actor === undefined) return
    const batch: Array<Delivery> = []
    const now = Date.now()
    const until = performance.now() + BATCH_MS
    while (batch.length < BATCH && performance.now() < until) {
      const delivery = this.mailbox.poll()
      if (delivery === undefined) break
      const { envelope } = delivery
      if (envelope.kind === Kind.KIND_ASK && envelope.deadline > 0 && envelope.deadline < now)
        continue
      batch.push(delivery)
      this.current = delivery
      const event = {
        type: delivery.message.type,
        payload: delivery.message.payload,
        meta: metaOf(envelope),
      }
      actor.send(event)
      this.current = undefined
      const failure = this.failedWith()
      if (failure !== undefined) return this.crashed(actor, batch, failure.error)
      this.processed++
    }
    const durableIds = batch.filter((d) => d.envelope.durable).map((d) => d.envelope.id)
    if (batch.length > 0) this.queueCommit(actor, durableIds)
    if (actor.getSnapshot().status === "done") return this.ended()
    if (this.mailbox.depth > 0) this.schedule()
  }

  /** What the machine emitted while processing `current` (or later, from invoked work). */
  private route(emitted: unknown): void {
    if (!isOutgoing(emitted)) return
    const out = emitted
    if (out.type === "@aico.log") {
      const fields = this.current === undefined ? {} : { messageId: this.current.envelope.id }
      return this.env.log(out.level, out.text, { actor: this.address, ...fields })
    }
    if (!this.emitSet.has(out.message.type)) {
      this.env.log(
        "error",
        `${this.address} emitted "${out.message.type}", which it does not declare`,
        {
          actor: this.address,
        },
      )
      return
    }
    const cause = this.current?.envelope
    const bus = this.env.bus
    let error: { readonly message: string } | undefined
    switch (out.type) {
      case "@aico.tell":
        if (out.durable) {
          bus
            .tellDurable(this.address, out.to, out.message, { cause })
            .catch((e: unknown) => this.sendFailed(out.to, e))
        } else {
          error = bus.tell(this.address, out.to, out.message, { cause })
        }
        break
      case "@aico.publish":
        error = bus.publish(this.address, out.topic, out.message, { cause })
        break
      case "@aico.reply": {
        const request = out.to?.replyTo ?? (cause === undefined ? undefined : cause)
        if (request === undefined || request.kind !== Kind.KIND_ASK) {
          return this.env.log("warning", `${this.address} replied outside an ask`, {
            actor: this.address,
          })
        }
        error = bus.reply(
          cause !== undefined && cause.id === request.id ? cause : request,
          this.address,
          out.message,
        )
      }
    }
    if (error !== undefined) this.sendFailed(out.type, error)
  }

  private sendFailed(what: string, error: unknown): void {
    this.env.log("warning", `${this.address} could not send (${what}): ${errorText(error)}`, {
      actor: this.address,
      ...(this.current === undefined ? {} : { messageId: this.current.envelope.id }),
    })
  }

  private crashed(actor: AnyActor, batch: Array<Delivery>, error: unknown): void {
    const culprit = batch[batch.length - 1]!
    culprit.attempts++
    this.lastError = errorText(error)
    this.status = "failed"
    this.env.log("error", `${this.address} crashed: ${this.lastError}`, {
      actor: this.address,
      messageId: culprit.envelope.id,
      attempt: culprit.attempts,
    })
    // The restart resumes from the last snapshot, from before this batch: the whole batch
    // goes back in front of the mailbox, except a message that crashed too often.
    const requeue = culprit.attempts >= this.env.maxAttempts ? batch.slice(0, -1) : batch
    if (requeue.length < batch.length) {
      this.env.bus.deadLetterQuietly(
        culprit.envelope,
        culprit.bytes,
        `crashed its actor: ${this.lastError}`,
        culprit.attempts,
      )
    } else {
      this.env.bus.recordAttempt(culprit)
    }
    for (let i = requeue.length - 1; i >= 0; i--) this.mailbox.unshift(requeue[i]!)
    this.cancelWork()
    actor.stop()
    this.exitListener({ _tag: "Crashed", error })
  }

  private ended(): void {
    this.status = "stopped"
    // A finished actor starts afresh if it is started again.
    void this.whenCommitted().then(() => this.env.snapshots.remove(this.address))
    this.exitListener({ _tag: "Normal" })
  }

  // -------------------------------------------------------------- commits

  private queueCommit(actor: AnyActor, durableIds: ReadonlyArray<string>): void {
    if (this.persist) this.capture(actor)
    for (const id of durableIds) this.pendingIds.push(id)
    this.scheduleCommit()
  }

  /**
   * Takes the snapshot to write, unless nothing changed since the last one taken: XState
   * keeps the same snapshot object when a batch changes nothing (asks answered from the
   * context, events without a transition), and rewriting an equal file costs a file write
   * and a rename for nothing. Invoked children can change without their parent's snapshot
   * changing, so an actor with children is always taken.
   */
  private capture(actor: AnyActor): void {
    const snapshot: unknown = actor.getSnapshot()
    if (snapshot === this.capturedFrom && !hasChildren(snapshot)) return
    this.capturedFrom = snapshot
    this.pendingSnapshot = actor.getPersistedSnapshot()
  }

  /** Commits at once if durable ids wait, within SNAPSHOT_DELAY_MS if only a snapshot does. */
  private scheduleCommit(): void {
    if (this.committing !== undefined) return
    if (this.pendingIds.length > 0) return this.commitNow()
    if (this.pendingSnapshot === undefined || this.commitTimer !== undefined) return
    this.commitTimer = setTimeout(() => this.commitNow(), SNAPSHOT_DELAY_MS)
    // Like a snapshot being written when the process dies, it is lost; a graceful stop writes it.
    this.commitTimer.unref()
  }

  private commitNow(): void {
    clearTimeout(this.commitTimer)
    this.commitTimer = undefined
    if (this.committing !== undefined) return
    if (this.pendingSnapshot === undefined && this.pendingIds.length === 0) return
    // Cleared in `finally`, which runs after this assignment even if the commit has no await.
    this.committing = this.commitPending().finally(() => {
      this.committing = undefined
      this.scheduleCommit()
    })
  }

  private async commitPending(): Promise<void> {
    const snapshot = this.pendingSnapshot
    const ids = this.pendingIds
    this.pendingSnapshot = undefined
    this.pendingIds = []
    try {
      if (snapshot !== undefined)
        await this.env.snapshots.save(
          this.address,
          { snapshot, covers: ids },
          { durable: ids.length > 0 },
        )
      if (ids.length > 0) await this.env.bus.completed(ids)
    } catch (error) {
      // The next batch takes its snapshot again, changed or not.
      if (snapshot !== undefined) this.capturedFrom = undefined
      this.env.log("error", `${this.address} could not persist its snapshot: ${errorText(error)}`, {
        actor: this.address,
      })
    }
  }

  /** Writes what waits for the timer now, and waits until nothing is being written. */
  private async whenCommitted(): Promise<void> {
    for (;;) {
      if (this.commitTimer !== undefined) this.commitNow()
      if (this.committing === undefined) return
      await this.committing
    }
  }

  // ---------------------------------------------------------- introspection

  attachInspection(): void {
    this.inspection?.unsubscribe()
    this.inspection = this.actor?.system.inspect((event) => this.inspect(event)) ?? {
      unsubscribe: () => {},
    }
  }

  detachInspection(): void {
    this.inspection?.unsubscribe()
    this.inspection = undefined
  }

  private inspect(event: XStateInspectionEvent): void {
    const translated = translate(event, this.address, this.actor?.sessionId, this.secretKeys)
    if (translated !== undefined) this.env.inspector.emit(translated)
  }

  get stateValue(): unknown {
    const snapshot = this.actor?.getSnapshot()
    return snapshot === undefined ? null : snapshotPart(snapshot, "value", this.secretKeys)
  }

  get context(): unknown {
    const snapshot = this.actor?.getSnapshot()
    return snapshot === undefined ? null : snapshotPart(snapshot, "context", this.secretKeys)
  }

  info(parent: string | null): ReadonlyArray<ActorInfo> {
    return [
      new ActorInfo({
        address: this.address,
        parent,
        kind: "actor",
        status: this.status,
        state: this.stateValue,
        mailboxDepth: this.mailbox.depth,
        mailboxCapacity: this.mailbox.capacity,
        processed: this.processed,
        restarts: this.restarts,
        lastError: this.lastError,
        uptimeMs: this.status === "running" ? Date.now() - this.startedAt : 0,
      }),
    ]
  }
}
