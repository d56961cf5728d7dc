/**
 * SIGTERM on a real node process: it stops intake, drains what its mailboxes hold,
 * persists snapshots and exits 0; started again on the same data, it shows every message
 * the mailbox held was processed.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Count, CountQuery, Note } from "../../../actors/demo/messages.js"
import { spawnNode } from "../../support/childNode.js"
import { emptyTree, eventually, startNode, tempDir } from "../../support/nodes.js"
import { freePort } from "../../support/ports.js"

describe("graceful shutdown", () => {
  it.scopedLive("SIGTERM drains the mailbox, persists the snapshot and exits 0", () =>
    Effect.gen(function* () {
      const dirB = yield* tempDir()
      const endpointA = `tcp://127.0.0.1:${yield* freePort}`
      const endpointB = `tcp://127.0.0.1:${yield* freePort}`
      const peers = [{ id: "a", endpoint: endpointA }]
      // 4 ms per note: 300 notes are still queued when the signal arrives.
      const b1 = yield* spawnNode({
        nodeId: "b",
        dataDir: dirB,
        endpoint: endpointB,
        peers,
        args: ["--work-ms", "4"],
      })
      yield* b1.line("ready")
      const a = yield* startNode({
        nodeId: "a",
        endpoint: endpointA,
        peers: [{ id: "b", endpoint: endpointB }],
        root: emptyTree,
      })
      for (let seq = 0; seq < 300; seq++)
        yield* a.tell("probe@a", "counter@b", Note.make({ seq, text: "in memory only" }))
      yield* Effect.sleep(300)
      b1.process.kill("SIGTERM")
      expect(yield* b1.exited).toBe(0)
      const draining = /draining (\d+) queued messages/.exec(b1.output())
      expect(Number(draining?.[1])).toBeGreaterThan(0)
      expect(b1.output()).toContain("actors stopped")

      const b2 = yield* spawnNode({ nodeId: "b", dataDir: dirB, endpoint: endpointB, peers })
      yield* b2.line("ready")
      const reply = yield* eventually(
        a.ask("probe@a", "counter@b", CountQuery.make({}), 2000).pipe(Effect.either),
        (r) => r._tag === "Right",
      )
      if (reply._tag === "Left") throw reply.left
      const count = Schema.decodeUnknownSync(Count.schema)(reply.right.payload)
      expect(count.processed).toBe(300)
      expect(count.seqs).toEqual(Array.from({ length: 300 }, (_, i) => i))
    }),
  )
})
