/**
 * kill -9 at the worst moments: durable messages acknowledged to their sender survive a
 * crash of the receiving process (inbox journal) and of the sending process (outbox
 * journal), each processed exactly once in the receiver's persisted state.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Count, CountQuery, Note } from "../../../actors/demo/messages.js"
import { counter } from "../../../actors/demo/counter.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import type { ActorSystem } from "../../../runtime/system/ActorSystem.js"
import { spawnNode } from "../../support/childNode.js"
import { emptyTree, eventually, startNode, tempDir } from "../../support/nodes.js"
import { freePort } from "../../support/ports.js"

const countOf = (system: ActorSystem, to: string) =>
  system.ask("probe@a", to, CountQuery.make({}), 2000).pipe(
    Effect.map((reply) => Schema.decodeUnknownSync(Count.schema)(reply.payload)),
    Effect.orElseSucceed(() => ({ processed: -1, seqs: [] as ReadonlyArray<number> })),
  )

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe("crash recovery", () => {
  it.scopedLive(
    "a receiving process killed with SIGKILL loses none of the durable messages it acknowledged",
    () =>
      Effect.gen(function* () {
        const dirB = yield* tempDir()
        const endpointB = `tcp://127.0.0.1:${yield* freePort}`
        const endpointA = `tcp://127.0.0.1:${yield* freePort}`
        // A slow receiver (2 ms per note) still holds most of the burst when it is killed.
        const b1 = yield* spawnNode({
          nodeId: "b",
          dataDir: dirB,
          endpoint: endpointB,
          peers: [{ id: "a", endpoint: endpointA }],
          args: ["--work-ms", "3"],
        })
        yield* b1.line("ready")
        const a = yield* startNode({
          nodeId: "a",
          endpoint: endpointA,
          peers: [{ id: "b", endpoint: endpointB }],
          root: emptyTree,
        })
        const total = 1500
        yield* Effect.forEach(
          range(total),
          (seq) =>
            a.tellDurable("probe@a", "counter@b", Note.make({ seq, text: "keep me" }), {
              acknowledged: true,
            }),
          {
            concurrency: 200,
            discard: true,
          },
        )
        b1.process.kill("SIGKILL")
        expect(yield* b1.exited).toBe("SIGKILL")

        const b2 = yield* spawnNode({
          nodeId: "b",
          dataDir: dirB,
          endpoint: endpointB,
          peers: [{ id: "a", endpoint: endpointA }],
          args: ["--work-ms", "0"],
        })
        yield* b2.line("ready")
        // The killed process still held a backlog: the new one found it in its journal.
        const resumed = yield* b2.line(/resumed \d+ journaled messages/)
        expect(Number(/resumed (\d+)/.exec(resumed)?.[1])).toBeGreaterThan(0)
        const after = yield* eventually(
          countOf(a, "counter@b"),
          (c) => c.processed >= total,
          30_000,
        )
        expect(after.processed).toBe(total)
        expect([...after.seqs].sort((x, y) => x - y)).toEqual(range(total))
      }),
  )

  it.scopedLive(
    "a sending process killed with SIGKILL resends every durable message it had journaled",
    () =>
      Effect.gen(function* () {
        const dirA = yield* tempDir()
        const dirB = yield* tempDir()
        const endpointA = `tcp://127.0.0.1:${yield* freePort}`
        const endpointB = `tcp://127.0.0.1:${yield* freePort}`
        const total = 800
        // The receiver is down: everything the sender staged sits in its outbox when it dies.
        const a1 = yield* spawnNode({
          nodeId: "a",
          dataDir: dirA,
          endpoint: endpointA,
          peers: [{ id: "b", endpoint: endpointB }],
          args: ["--send", String(total), "--to", "counter@b"],
        })
        yield* a1.line(`staged ${total}`)
        a1.process.kill("SIGKILL")
        yield* a1.exited

        const b = yield* startNode({
          nodeId: "b",
          dataDir: dirB,
          endpoint: endpointB,
          peers: [{ id: "a", endpoint: endpointA }],
          root: supervisor("root", { strategy: "one-for-one" }, [
            actor(counter("counter", { keepSeqs: true })),
          ]),
        })
        const a2 = yield* spawnNode({
          nodeId: "a",
          dataDir: dirA,
          endpoint: endpointA,
          peers: [{ id: "b", endpoint: endpointB }],
        })
        yield* a2.line("ready")
        const count = yield* eventually(
          Effect.map(b.introspection.actor("counter@b").pipe(Effect.orDie), (d) => d.processed),
          (processed) => processed >= total,
          30_000,
        )
        expect(count).toBe(total)
        const reply = yield* b.ask("probe@b", "counter@b", CountQuery.make({}))
        const seqs = Schema.decodeUnknownSync(Count.schema)(reply.payload).seqs
        expect([...seqs].sort((x, y) => x - y)).toEqual(range(total))
      }),
  )
})
