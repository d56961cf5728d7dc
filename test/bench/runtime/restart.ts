/**
 * Restart latency, in one process: a counter under a one-for-one supervisor is sent a
 * `demo.crash`, a note and an ask, back to back. The ask waits in the mailbox while the
 * actor is down, so its answer comes once the restarted successor has processed the note:
 * the time from the crash send to that answer is the restart time.
 *
 * Crashes are spaced more than the supervision period apart, so every restart is the
 * first in its period (immediate, no backoff), and `maxAttempts: 1` dead-letters the crash
 * message at once instead of replaying it into the successor.
 */
import { Effect, LogLevel } from "effect"
import { counter } from "../../../actors/demo/counter.js"
import { CountQuery, Crash, demoMessages, Note } from "../../../actors/demo/messages.js"
import * as ActorSystem from "../../../runtime/system/ActorSystem.js"
import { actor, supervisor } from "../../../runtime/system/TreeSpec.js"
import { boundedScoped } from "../support/bounded.js"
import { benchLogging } from "../support/logging.js"
import { median, percentile } from "../support/stats.js"
import { noteText } from "./tell.js"
import { processedOf, shutdownWithinMs } from "./twoNodes.js"

export interface RestartResult {
  readonly crashes: number
  readonly restarts: number
  readonly median: number
  readonly p90: number
  readonly max: number
}

const periodMs = 100
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export const measureRestart = (dir: string, options: { readonly crashes: number }) =>
  Effect.gen(function* () {
    const system = yield* boundedScoped(
      ActorSystem.make({
        nodeId: "r",
        dataDir: dir,
        messages: demoMessages,
        root: supervisor("root", { strategy: "one-for-one" }, [actor(counter("counter"))]),
        supervision: { intensity: 1000, periodMs },
        durable: { maxAttempts: 1 },
        shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 1000 },
        // Every crash logs an error and a dead letter: expected here, so not shown.
      }).pipe(Effect.provide(benchLogging(LogLevel.None))),
      shutdownWithinMs,
      "the restart node",
    )
    const from = "bench@r"
    const target = "counter@r"
    const restartsOf = () =>
      Effect.runSync(system.introspection.tree).find((info) => info.address === target)?.restarts ??
      0
    return yield* Effect.promise(async () => {
      const ask = () => system.bus.ask(from, target, CountQuery.make({}), 5000).then(processedOf)
      let processed = await ask()
      const restartsBefore = restartsOf()
      const samples: Array<number> = []
      for (let i = 0; i < options.crashes; i++) {
        await sleep(periodMs * 1.5)
        const start = performance.now()
        system.bus.tell(from, target, Crash.make({ reason: "bench" }))
        system.bus.tell(from, target, Note.make({ seq: i, text: noteText }))
        const after = await ask()
        samples.push(performance.now() - start)
        if (after !== processed + 1)
          throw new Error(`the successor processed ${after - processed} notes, expected 1`)
        processed = after
      }
      return {
        crashes: options.crashes,
        restarts: restartsOf() - restartsBefore,
        median: median(samples),
        p90: percentile(samples, 90),
        max: Math.max(...samples),
      } satisfies RestartResult
    })
  })
