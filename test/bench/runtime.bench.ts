/**
 * The `runtime` suite: how close actor-to-actor messaging comes to raw zeromq.js, what
 * durability costs, how fast an ask answers and how fast a crashed actor is back.
 * Baseline, tell, durable tell and ask run between two processes over ipc; the restart
 * runs in one process. See BENCHMARKS.md for what each figure means.
 */
import { Effect } from "effect"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { measureAskLatency, warmUpAsks } from "./runtime/askLatency.js"
import { measureDurableTell, type DurableResult } from "./runtime/durableTell.js"
import { measureRawRoundTrip } from "./runtime/rawRoundTrip.js"
import { measureRawZmq } from "./runtime/rawZmq.js"
import { measureRestart } from "./runtime/restart.js"
import { measureTell } from "./runtime/tell.js"
import { twoNodes } from "./runtime/twoNodes.js"
import { busyFraction, cores } from "./support/machine.js"
import { count, heading, line, ms, rate, seconds, target } from "./support/report.js"
import { round } from "./support/stats.js"
import { tempDir } from "./support/tempDir.js"

/** Sizes chosen so the whole suite stays well under two minutes on two cores. */
const plan = {
  raw: { warmupMs: 500, ms: 2500 },
  // In flight at most chunk × markers notes: below the counter's mailbox capacity.
  tell: { warmup: 50_000, messages: 300_000, chunk: 1000, markers: 4 },
  mailboxCapacity: 20_000,
  // Unacknowledged sends at most, as a producer with a bounded window would keep. A message
  // unacknowledged for longer than the bus's first retry delay (200 ms by default) is sent
  // again; at this window a note is acknowledged within about 20 ms.
  durable: { warmup: 20_000, messages: 100_000, window: 1000, chunk: 250 },
  // Six seconds of warm-up: before that the ask path has not settled in either process, and
  // 3,000 asks after 300 warm-up asks had a p99 of about 5 ms, against about 1 ms after 6,000.
  // In three runs, so the harness's own code is compiled for good before it measures (see
  // `warmUpPaced`); the raw round trip is warmed up the same way.
  ask: { warmup: 6000, warmupRuns: 3, asks: 3000, intervalMs: 1 },
  restart: { crashes: 20 },
} as const

const targets = { ratio: 0.7, durable: 50_000, askP99Ms: 1, restartMs: 10 } as const

const warnIfBusy = (busy: number, when: string) => {
  if (busy > 0.1)
    console.error(
      `bench: other processes kept ${(busy * 100).toFixed(0)}% of this machine busy ${when}; ` +
        "figures are likely low and noisy",
    )
}

const subdir = (dir: string, name: string) => {
  const path = join(dir, name)
  mkdirSync(path, { recursive: true })
  return path
}

const cpu = (result: { readonly senderCpuUs: number; readonly receiverCpuUs: number }) =>
  `CPU per msg: sender ${result.senderCpuUs.toFixed(2)} µs, receiver ${result.receiverCpuUs.toFixed(2)} µs`

const durableDetails = (result: DurableResult) => [
  `${count(result.acknowledged)}/${count(result.sent)} acknowledged and processed in ${seconds(result.ms)}; failed ${result.failed}`,
  `${count(result.duplicates)} resends reached the receiver; ` +
    `${count(result.processed - result.acknowledged)} notes were processed twice`,
  cpu(result),
]

const program = Effect.gen(function* () {
  const dir = yield* tempDir("aico-bench-runtime-")
  const busy = yield* Effect.promise(() => busyFraction(500))
  heading(
    `runtime: two processes over ipc (zeromq.js 6), 64-byte messages; ` +
      `${cores()} cores, ${(busy * 100).toFixed(0)}% busy before the start`,
  )
  warnIfBusy(busy, "before the start")

  const raw = yield* measureRawZmq(subdir(dir, "raw"), plan.raw)
  line(
    "raw zmq DEALER→ROUTER (baseline)",
    rate(raw.msgsPerS),
    `${count(raw.received)}/${count(raw.sent)} frames received in ${seconds(raw.ms)}`,
    cpu(raw),
  )

  const synced = yield* Effect.scoped(
    Effect.gen(function* () {
      const nodes = yield* twoNodes({
        dir: subdir(dir, "sync"),
        sync: true,
        mailboxCapacity: plan.mailboxCapacity,
      })
      const run = <A>(f: () => Promise<A>) => Effect.promise(f)
      yield* run(() => measureTell(nodes, { ...plan.tell, messages: plan.tell.warmup }))
      const tell = yield* run(() => measureTell(nodes, plan.tell))
      line(
        "tell (actor → actor)",
        rate(tell.msgsPerS),
        `${count(tell.processed)}/${count(tell.sent)} processed in ${seconds(tell.ms)}; ` +
          `dropped ${count(tell.droppedFull)} (mailbox full), refused ${count(tell.refused)} (sender)`,
        cpu(tell),
      )
      const echo = yield* measureRawRoundTrip(subdir(dir, "echo"), {
        warmup: plan.ask.warmup,
        warmupRuns: plan.ask.warmupRuns,
        count: plan.ask.asks,
        intervalMs: plan.ask.intervalMs,
      })
      line(
        "raw zmq round trip p50 / p99 (ask baseline)",
        `${ms(echo.p50)} / ${ms(echo.p99)}`,
        `${count(echo.samples)} round trips, one per ${plan.ask.intervalMs} ms; p90 ${ms(echo.p90)}, max ${ms(echo.max)}, failed ${echo.failed}`,
      )
      yield* run(() =>
        warmUpAsks(nodes, {
          asks: plan.ask.warmup,
          runs: plan.ask.warmupRuns,
          intervalMs: plan.ask.intervalMs,
        }),
      )
      const ask = yield* run(() => measureAskLatency(nodes, plan.ask))
      line(
        "ask round trip p50 / p99",
        `${ms(ask.p50)} / ${ms(ask.p99)}`,
        `${count(ask.samples)} asks, one per ${plan.ask.intervalMs} ms; p90 ${ms(ask.p90)}, max ${ms(ask.max)}, failed ${ask.failed}`,
      )
      yield* run(() =>
        measureDurableTell(nodes, { ...plan.durable, messages: plan.durable.warmup }),
      )
      const durable = yield* run(() => measureDurableTell(nodes, plan.durable))
      line("durable tell (acked, sync)", rate(durable.msgsPerS), ...durableDetails(durable))
      return { tell, ask, durable }
    }),
  )

  const unsynced = yield* Effect.scoped(
    Effect.gen(function* () {
      const nodes = yield* twoNodes({
        dir: subdir(dir, "nosync"),
        sync: false,
        mailboxCapacity: plan.mailboxCapacity,
      })
      yield* Effect.promise(() =>
        measureDurableTell(nodes, { ...plan.durable, messages: plan.durable.warmup }),
      )
      return yield* Effect.promise(() => measureDurableTell(nodes, plan.durable))
    }),
  )
  line("durable tell (acked, sync: false)", rate(unsynced.msgsPerS), ...durableDetails(unsynced))

  const restart = yield* Effect.scoped(measureRestart(subdir(dir, "restart"), plan.restart))
  line(
    "restart (crash → successor answers)",
    ms(restart.median),
    `median of ${restart.crashes} crashes (${restart.restarts} restarts); p90 ${ms(restart.p90)}, max ${ms(restart.max)}`,
  )

  const busyAfter = yield* Effect.promise(() => busyFraction(500))
  line("machine busy after the suite", `${(busyAfter * 100).toFixed(0)}%`)
  warnIfBusy(busyAfter, "after the suite")

  const ratio = synced.tell.msgsPerS / raw.msgsPerS
  heading("targets:")
  target("tell / raw zmq", ratio.toFixed(3), `≥ ${targets.ratio}`, ratio >= targets.ratio)
  target(
    "durable tell",
    rate(synced.durable.msgsPerS),
    `≥ ${rate(targets.durable)}`,
    synced.durable.msgsPerS >= targets.durable,
  )
  target(
    "ask p99",
    ms(synced.ask.p99),
    `< ${targets.askP99Ms} ms`,
    synced.ask.p99 < targets.askP99Ms,
  )
  target(
    "restart",
    ms(restart.median),
    `< ${targets.restartMs} ms`,
    restart.median < targets.restartMs,
  )

  return {
    raw_zmq_msgs_per_s: round(raw.msgsPerS),
    tell_msgs_per_s: round(synced.tell.msgsPerS),
    ratio: round(ratio, 3),
    durable_tell_msgs_per_s: round(synced.durable.msgsPerS),
    ask_p50_ms: round(synced.ask.p50, 3),
    ask_p99_ms: round(synced.ask.p99, 3),
    restart_ms: round(restart.median, 3),
  }
})

export const run = (): Promise<Record<string, number>> => Effect.runPromise(Effect.scoped(program))
