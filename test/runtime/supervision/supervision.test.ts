/**
 * Supervision through the public surface of a real node: actors are crashed with
 * `demo.crash` messages, finished with `demo.finish`, and observed through introspection
 * and the `system.supervision` events the supervisors publish.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Schema } from "effect"
import { existsSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { counter } from "../../../actors/demo/counter.js"
import { Count, CountQuery, Crash, Finish, Note } from "../../../actors/demo/messages.js"
import { SupervisionEvent } from "../../../runtime/message/systemMessages.js"
import { actor, supervisor, type TreeSpec } from "../../../runtime/system/TreeSpec.js"
import type { ActorSystem } from "../../../runtime/system/ActorSystem.js"
import { eventually, startNode, tempDir } from "../../support/nodes.js"
import { recorder } from "../../support/recorder.js"

/** The part of a stored counter snapshot these tests read. */
const StoredCount = Schema.Struct({
  snapshot: Schema.Struct({ context: Schema.Struct({ processed: Schema.Number }) }),
})

// One crash per message: each demo.crash is dead-lettered after the crash it causes.
const start = (root: TreeSpec) =>
  startNode({
    nodeId: "n",
    endpoint: `inproc://sup-${crypto.randomUUID()}`,
    root,
    durable: { maxAttempts: 1 },
  })

const restartsOf = (system: ActorSystem) =>
  Effect.map(system.introspection.tree, (tree) =>
    Object.fromEntries(tree.map((a) => [a.address, a.restarts])),
  )

const crash = (system: ActorSystem, name: string) =>
  system.tell("test@n", `${name}@n`, Crash.make({ reason: `crash ${name}` }))

/** Supervision events recorded by a subscriber of `system.>`. */
const decisions = (system: ActorSystem) =>
  Effect.map(system.introspection.actor("events@n").pipe(Effect.orDie), (detail) =>
    Schema.decodeUnknownSync(
      Schema.Struct({
        received: Schema.Array(Schema.Struct({ payload: SupervisionEvent.schema })),
      }),
    )(detail.context).received.map(
      (r) => `${r.payload.directive} ${r.payload.child} by ${r.payload.supervisor}`,
    ),
  )

const events = actor(recorder("events", [SupervisionEvent], ["system.>"]), {
  grants: { subscribe: ["system.>"] },
})

const threeUnder = (strategy: "one-for-one" | "one-for-all" | "rest-for-one") =>
  supervisor("root", { strategy: "one-for-one", intensity: 10 }, [
    events,
    supervisor("group", { strategy, intensity: 10 }, [
      actor(counter("c1")),
      actor(counter("c2")),
      actor(counter("c3")),
    ]),
  ])

describe("supervision strategies", () => {
  it.scopedLive("one-for-one restarts only the child that crashed", () =>
    Effect.gen(function* () {
      const system = yield* start(threeUnder("one-for-one"))
      yield* crash(system, "c2")
      const restarts = yield* eventually(restartsOf(system), (r) => r["c2@n"] === 1)
      expect([restarts["c1@n"], restarts["c2@n"], restarts["c3@n"]]).toEqual([0, 1, 0])
      expect(yield* eventually(decisions(system), (d) => d.length === 1)).toEqual([
        "restart c2@n by group@n",
      ])
    }),
  )

  it.scopedLive("one-for-all restarts every child of the supervisor", () =>
    Effect.gen(function* () {
      const system = yield* start(threeUnder("one-for-all"))
      yield* crash(system, "c2")
      const restarts = yield* eventually(
        restartsOf(system),
        (r) => r["c1@n"] === 1 && r["c3@n"] === 1,
      )
      expect([restarts["c1@n"], restarts["c2@n"], restarts["c3@n"]]).toEqual([1, 1, 1])
    }),
  )

  it.scopedLive("rest-for-one restarts the crashed child and those started after it", () =>
    Effect.gen(function* () {
      const system = yield* start(threeUnder("rest-for-one"))
      yield* crash(system, "c2")
      const restarts = yield* eventually(restartsOf(system), (r) => r["c3@n"] === 1)
      expect([restarts["c1@n"], restarts["c2@n"], restarts["c3@n"]]).toEqual([0, 1, 1])
    }),
  )
})

describe("restart intensity", () => {
  it.scopedLive(
    "too many restarts in the period escalate to the parent, which restarts the subtree",
    () =>
      Effect.gen(function* () {
        const system = yield* start(
          supervisor("root", { strategy: "one-for-one", intensity: 10 }, [
            events,
            supervisor("sub", { strategy: "one-for-one", intensity: 2, periodMs: 60_000 }, [
              actor(counter("worker")),
            ]),
          ]),
        )
        for (let i = 0; i < 3; i++) {
          yield* crash(system, "worker")
          yield* eventually(decisions(system), (d) => d.length === i + 1 + (i === 2 ? 1 : 0))
        }
        const seen = yield* eventually(decisions(system), (d) => d.length === 4)
        expect(seen).toEqual([
          "restart worker@n by sub@n",
          "restart worker@n by sub@n",
          "escalate worker@n by sub@n",
          "restart sub@n by root@n",
        ])
        const restarts = yield* eventually(restartsOf(system), (r) => r["sub@n"] === 1)
        expect(restarts["sub@n"]).toBe(1)
        // The restarted subtree serves again.
        const reply = yield* system.ask("test@n", "worker@n", CountQuery.make({}))
        expect(reply.type).toBe(Count.type)
      }),
  )

  it.scopedLive("the root supervisor giving up fails the whole system", () =>
    Effect.gen(function* () {
      const system = yield* start(
        supervisor("root", { strategy: "one-for-one", intensity: 1, periodMs: 60_000 }, [
          actor(counter("worker")),
        ]),
      )
      yield* crash(system, "worker")
      yield* eventually(restartsOf(system), (r) => r["worker@n"] === 1)
      yield* crash(system, "worker")
      const exit = yield* Effect.exit(system.failure)
      expect(Exit.isFailure(exit)).toBe(true)
      if (Exit.isFailure(exit)) expect(String(exit.cause)).toContain("root@n gave up: 2 restarts")
    }),
  )

  it.scopedLive("backoff delays repeated restarts within the period", () =>
    Effect.gen(function* () {
      const system = yield* start(
        supervisor(
          "root",
          { strategy: "one-for-one", intensity: 10, backoffBaseMs: 150, backoffMaxMs: 1000 },
          [actor(counter("worker"))],
        ),
      )
      yield* crash(system, "worker")
      yield* eventually(restartsOf(system), (r) => r["worker@n"] === 1)
      const second = Date.now()
      yield* crash(system, "worker")
      yield* eventually(restartsOf(system), (r) => r["worker@n"] === 2)
      // The first restart in a period is immediate; the second waits the 150 ms base delay.
      expect(Date.now() - second).toBeGreaterThanOrEqual(145)
    }),
  )
})

describe("restart types", () => {
  const tree = (restart: "permanent" | "transient" | "temporary") =>
    supervisor("root", { strategy: "one-for-one", intensity: 10 }, [
      events,
      actor(counter("child"), { restart }),
    ])

  const addresses = (system: ActorSystem) =>
    Effect.map(system.introspection.tree, (t) => t.map((a) => a.address))

  it.scopedLive("permanent children are restarted even after a normal exit", () =>
    Effect.gen(function* () {
      const system = yield* start(tree("permanent"))
      yield* system.tell("test@n", "child@n", Finish.make({}))
      expect((yield* eventually(restartsOf(system), (r) => r["child@n"] === 1))["child@n"]).toBe(1)
      expect(yield* eventually(decisions(system), (d) => d.length === 1)).toEqual([
        "restart child@n by root@n",
      ])
    }),
  )

  it.scopedLive("transient children are restarted after a crash but not after a normal exit", () =>
    Effect.gen(function* () {
      const system = yield* start(tree("transient"))
      yield* crash(system, "child")
      yield* eventually(restartsOf(system), (r) => r["child@n"] === 1)
      yield* system.tell("test@n", "child@n", Finish.make({}))
      yield* eventually(addresses(system), (a) => !a.includes("child@n"))
      expect(yield* eventually(decisions(system), (d) => d.length === 2)).toEqual([
        "restart child@n by root@n",
        "stop child@n by root@n",
      ])
    }),
  )

  it.scopedLive("temporary children are never restarted", () =>
    Effect.gen(function* () {
      const system = yield* start(tree("temporary"))
      yield* crash(system, "child")
      yield* eventually(addresses(system), (a) => !a.includes("child@n"))
      expect(yield* eventually(decisions(system), (d) => d.length === 1)).toEqual([
        "stop child@n by root@n",
      ])
    }),
  )
})

describe("restart from snapshot", () => {
  it.scopedLive("a batch that changes nothing does not write the snapshot again", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir()
      const system = yield* startNode({
        nodeId: "n",
        endpoint: `inproc://sup-${crypto.randomUUID()}`,
        dataDir,
        root: supervisor("root", { strategy: "one-for-one" }, [actor(counter("keeper"))]),
      })
      const file = join(dataDir, "snapshots", `${encodeURIComponent("keeper@n")}.json`)
      const written = Effect.sync(() => {
        if (!existsSync(file)) return undefined
        const stored = Schema.decodeUnknownSync(StoredCount)(JSON.parse(readFileSync(file, "utf8")))
        // Each write replaces the file by a rename, so it gets a new inode.
        return { processed: stored.snapshot.context.processed, inode: statSync(file).ino }
      })
      const note = (seq: number) => system.tell("test@n", "keeper@n", Note.make({ seq, text: "" }))
      for (let seq = 0; seq < 3; seq++) yield* note(seq)
      const before = yield* eventually(written, (w) => w?.processed === 3)

      for (let i = 0; i < 20; i++) {
        const reply = yield* system.ask("test@n", "keeper@n", CountQuery.make({}))
        expect(Schema.decodeUnknownSync(Count.schema)(reply.payload).processed).toBe(3)
      }
      // Longer than a snapshot waits before it is written.
      yield* Effect.sleep(200)
      expect(yield* written).toEqual(before)

      yield* note(3)
      const after = yield* eventually(written, (w) => w?.processed === 4)
      expect(after?.inode).not.toBe(before?.inode)
    }),
  )

  it.scopedLive("a restarted actor resumes from its last persisted snapshot", () =>
    Effect.gen(function* () {
      const system = yield* start(
        supervisor("root", { strategy: "one-for-one", intensity: 10 }, [
          actor(counter("keeper", { keepSeqs: true })),
        ]),
      )
      for (let seq = 0; seq < 10; seq++)
        yield* system.tell("test@n", "keeper@n", Note.make({ seq, text: "" }))
      yield* eventually(
        Effect.map(system.introspection.actor("keeper@n").pipe(Effect.orDie), (d) => d.processed),
        (processed) => processed === 10,
      )
      // Let the batch's snapshot reach the store before the crash.
      yield* Effect.sleep(50)
      yield* crash(system, "keeper")
      yield* eventually(restartsOf(system), (r) => r["keeper@n"] === 1)
      const reply = yield* system.ask("test@n", "keeper@n", CountQuery.make({}))
      expect(Schema.decodeUnknownSync(Count.schema)(reply.payload)).toEqual({
        processed: 10,
        seqs: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      })
    }),
  )
})
