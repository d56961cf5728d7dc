/**
 * An OTP-style supervisor: starts children in order and stops them in reverse; when a
 * child ends, decides (by strategy, restart type and intensity) whether to restart it and
 * which siblings with it, waits the backoff, and escalates to its own parent when
 * restarts come too often. Exits are handled one at a time by one fiber, so decisions
 * never interleave. Every decision is reported through `onDecision`.
 */
import { Deferred, Duration, Effect, Fiber, Queue } from "effect"
import { ActorInfo } from "../../schemas/Introspection.js"
import type { SupervisionDirective, SupervisionEvent } from "../../schemas/messages/system.js"
import { errorText, type Child, type ChildExit } from "./Child.js"
import {
  affected,
  RestartWindow,
  shouldRestart,
  type RestartType,
  type Strategy,
} from "./Strategy.js"

export interface ChildSpec {
  readonly child: Child
  readonly restart: RestartType
  readonly shutdownTimeoutMs: number
}

export interface SupervisorOptions {
  readonly address: string
  readonly strategy: Strategy
  readonly intensity: number
  readonly periodMs: number
  /** Delay before the n-th restart within the period (n from 0); the first is usually 0. */
  readonly backoff: (n: number) => number
  readonly children: ReadonlyArray<ChildSpec>
  readonly onDecision: (event: SupervisionEvent) => void
}

export class RestartIntensityExceeded extends Error {
  constructor(
    readonly supervisor: string,
    readonly restarts: number,
    readonly periodMs: number,
  ) {
    super(`${supervisor} gave up: ${restarts} restarts within ${periodMs} ms`)
  }
}

interface ExitEvent {
  readonly spec: ChildSpec
  readonly generation: number
  readonly exit: ChildExit
  /** Set for a restart someone asked for (not a crash): completed once it is done. */
  readonly requested?: Deferred.Deferred<void>
}

export class Supervisor implements Child {
  readonly kind = "supervisor"
  private children: Array<ChildSpec>
  private readonly generation = new Map<ChildSpec, number>()
  private window: RestartWindow
  private readonly exits = Effect.runSync(Queue.unbounded<ExitEvent>())
  private loop: Fiber.RuntimeFiber<never> | undefined
  private status: "starting" | "running" | "stopped" | "failed" = "starting"
  private restarts = 0
  private lastError: string | null = null
  private startedAt = Date.now()
  private exitListener: (exit: ChildExit) => void = () => {}

  constructor(private readonly options: SupervisorOptions) {
    this.children = [...options.children]
    this.window = new RestartWindow(options.intensity, options.periodMs)
    for (const spec of this.children) {
      this.generation.set(spec, 0)
      spec.child.onExit((exit) => {
        Queue.unsafeOffer(this.exits, { spec, generation: this.generation.get(spec) ?? 0, exit })
      })
    }
  }

  get address(): string {
    return this.options.address
  }

  onExit(listener: (exit: ChildExit) => void): void {
    this.exitListener = listener
  }

  readonly start: Effect.Effect<void, unknown> = Effect.gen(this, function* () {
    // Started again by our parent after we escalated: a fresh restart window, one loop.
    if (this.loop !== undefined) {
      yield* Fiber.interrupt(this.loop)
      this.loop = undefined
      this.restarts++
      this.window = new RestartWindow(this.options.intensity, this.options.periodMs)
    }
    const started: Array<ChildSpec> = []
    for (const spec of this.children) {
      const result = yield* Effect.either(this.startChild(spec))
      if (result._tag === "Left") {
        yield* this.stopAll([...started].reverse())
        this.status = "failed"
        this.lastError = `${spec.child.address} failed to start: ${errorText(result.left)}`
        return yield* Effect.fail(result.left)
      }
      started.push(spec)
    }
    this.status = "running"
    this.startedAt = Date.now()
    // Started inside an uninterruptible acquire; the loop itself must stay interruptible.
    this.loop = yield* Effect.forkDaemon(
      Effect.interruptible(
        Effect.forever(Queue.take(this.exits).pipe(Effect.flatMap((e) => this.handle(e)))),
      ),
    )
  })

  readonly stop: Effect.Effect<void> = Effect.suspend(() => {
    if (this.status === "stopped") return Effect.void
    this.status = "stopped"
    const loop = this.loop
    return (loop === undefined ? Effect.void : Fiber.interrupt(loop)).pipe(
      Effect.zipRight(this.stopAll([...this.children].reverse())),
    )
  })

  readonly kill: Effect.Effect<void> = Effect.suspend(() => {
    this.status = "stopped"
    return Effect.forEach([...this.children].reverse(), (spec) => spec.child.kill, {
      discard: true,
    })
  })

  readonly drain = (timeoutMs: number): Effect.Effect<void> =>
    Effect.forEach(this.children, (spec) => spec.child.drain(timeoutMs), {
      concurrency: "unbounded",
      discard: true,
    })

  /**
   * Restarts a running child on request (an operator's), with its group as the strategy
   * says, through the same loop as crash handling so decisions never interleave. It does
   * not count toward the restart intensity: nothing failed. False when `address` is not a
   * child of this supervisor.
   */
  restartChild(address: string): Effect.Effect<boolean> {
    return Effect.suspend(() => {
      const spec = this.children.find((candidate) => candidate.child.address === address)
      if (spec === undefined) return Effect.succeed(false)
      return Effect.flatMap(Deferred.make<void>(), (done) => {
        Queue.unsafeOffer(this.exits, {
          spec,
          generation: this.generation.get(spec) ?? 0,
          exit: { _tag: "Crashed", error: "restart requested" },
          requested: done,
        })
        return Deferred.await(done)
      }).pipe(Effect.as(true))
    })
  }

  private restartRequested(spec: ChildSpec, index: number): Effect.Effect<void> {
    return Effect.gen(this, function* () {
      const group = affected(this.options.strategy, this.children, index)
      this.decide(spec.child.address, "restart", "restart requested", 0)
      yield* this.stopAll([...group].reverse())
      for (const member of group) {
        const started = yield* Effect.either(this.startChild(member))
        if (started._tag === "Left") {
          Queue.unsafeOffer(this.exits, {
            spec: member,
            generation: this.generation.get(member) ?? 0,
            exit: { _tag: "Crashed", error: started.left },
          })
          return
        }
      }
    })
  }

  private startChild(spec: ChildSpec): Effect.Effect<void, unknown> {
    this.generation.set(spec, (this.generation.get(spec) ?? 0) + 1)
    return spec.child.start
  }

  private stopChild(spec: ChildSpec): Effect.Effect<void> {
    return spec.child.stop.pipe(
      Effect.timeoutTo({
        duration: Duration.millis(spec.shutdownTimeoutMs),
        onSuccess: () => Effect.void,
        onTimeout: () => spec.child.kill,
      }),
      Effect.flatten,
    )
  }

  private stopAll(specs: ReadonlyArray<ChildSpec>): Effect.Effect<void> {
    return Effect.forEach(specs, (spec) => this.stopChild(spec), { discard: true })
  }

  private decide(
    child: string,
    directive: SupervisionDirective,
    reason: string,
    restarts: number,
  ): void {
    this.options.onDecision({
      supervisor: this.address,
      child,
      directive,
      reason,
      restarts,
      at: Date.now(),
    })
  }

  private handle(event: ExitEvent): Effect.Effect<void> {
    const handled = Effect.gen(this, function* () {
      const { spec, exit } = event
      const index = this.children.indexOf(spec)
      // A stale exit (the child was restarted since) or one after we stopped: nothing to do.
      if (this.status !== "running" || index < 0 || this.generation.get(spec) !== event.generation)
        return
      if (event.requested !== undefined) return yield* this.restartRequested(spec, index)
      const crashed = exit._tag === "Crashed"
      const reason = crashed ? errorText(exit.error) : "normal exit"
      if (!shouldRestart(spec.restart, crashed)) {
        this.decide(spec.child.address, "stop", reason, 0)
        if (spec.restart === "temporary" || !crashed) this.children.splice(index, 1)
        return
      }
      const { allowed, recent } = this.window.record(Date.now())
      if (!allowed) return yield* this.escalate(spec, recent)
      const group = affected(this.options.strategy, this.children, index)
      this.decide(spec.child.address, "restart", reason, recent)
      const delay = this.options.backoff(recent - 1)
      if (delay > 0) yield* Effect.sleep(Duration.millis(delay))
      // Siblings that are still running stop in reverse order before the group restarts.
      yield* this.stopAll(group.filter((s) => s !== spec).reverse())
      for (const member of group) {
        const started = yield* Effect.either(this.startChild(member))
        if (started._tag === "Left") {
          Queue.unsafeOffer(this.exits, {
            spec: member,
            generation: this.generation.get(member) ?? 0,
            exit: { _tag: "Crashed", error: started.left },
          })
          return
        }
      }
    })
    const requested = event.requested
    return requested === undefined
      ? handled
      : Effect.ensuring(handled, Deferred.complete(requested, Effect.void))
  }

  private escalate(spec: ChildSpec, recent: number): Effect.Effect<void> {
    const error = new RestartIntensityExceeded(this.address, recent, this.options.periodMs)
    this.decide(spec.child.address, "escalate", error.message, recent)
    this.status = "failed"
    this.lastError = error.message
    return this.stopAll([...this.children].reverse()).pipe(
      Effect.zipRight(Effect.sync(() => this.exitListener({ _tag: "Crashed", error }))),
    )
  }

  info(parent: string | null): ReadonlyArray<ActorInfo> {
    const self = new ActorInfo({
      address: this.address,
      parent,
      kind: "supervisor",
      status: this.status,
      state: null,
      mailboxDepth: 0,
      mailboxCapacity: 0,
      processed: 0,
      restarts: this.restarts,
      lastError: this.lastError,
      uptimeMs: this.status === "running" ? Date.now() - this.startedAt : 0,
    })
    return [self, ...this.children.flatMap((spec) => spec.child.info(this.address))]
  }

  /** Children currently supervised, in start order. */
  get childAddresses(): ReadonlyArray<string> {
    return this.children.map((spec) => spec.child.address)
  }
}
