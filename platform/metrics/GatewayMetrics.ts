/**
 * The metrics a node exposes at `/metrics`: HTTP latency and connected WebSocket clients
 * (updated as they happen), and each actor's mailbox depth, messages processed and
 * restarts (read from the introspection model at each scrape).
 */
import { Effect, Metric, MetricBoundaries, MetricLabel } from "effect"
import type { Introspection } from "../../runtime/introspection/Introspection.js"
import * as PrometheusText from "./PrometheusText.js"

export const httpRequestDuration = Metric.histogram(
  "aico_http_request_duration_seconds",
  // 0.25 ms to ~8 s, doubling.
  MetricBoundaries.exponential({ start: 0.00025, factor: 2, count: 16 }),
  "Latency of the gateway's HTTP requests, by method, route and status",
)

export const websocketClients = Metric.gauge("aico_websocket_clients", {
  description: "WebSocket clients connected to the gateway",
})

const mailboxDepth = Metric.gauge("aico_actor_mailbox_depth", {
  description: "Messages waiting in the actor's mailbox",
})
const mailboxCapacity = Metric.gauge("aico_actor_mailbox_capacity", {
  description: "The actor's mailbox bound",
})
const processed = Metric.counter("aico_actor_messages_processed_total", {
  description: "Messages the actor has processed",
})
const restarts = Metric.counter("aico_actor_restarts_total", {
  description: "Times the actor or supervisor was restarted",
})

/** Effect metric labels from a record. */
export const labelsOf = (tags: Readonly<Record<string, string>>) =>
  Object.entries(tags).map(([key, value]) => MetricLabel.make(key, value))

/**
 * Copies the actor tree into the metrics. The tree holds running totals while Effect's
 * counters only grow by increments, so each scrape adds what changed since the last one.
 */
export const actorCollector = (node: string, introspection: Introspection.Service) => {
  const seen = new Map<string, { processed: number; restarts: number }>()
  return Effect.gen(function* () {
    const tree = yield* introspection.tree
    for (const info of tree) {
      const tags = { node, actor: info.address }
      const gauge = (metric: Metric.Metric.Gauge<number>) =>
        Metric.taggedWithLabels(metric, labelsOf(tags))
      const counter = (metric: Metric.Metric.Counter<number>) =>
        Metric.taggedWithLabels(metric, labelsOf(tags))
      const before = seen.get(info.address) ?? { processed: 0, restarts: 0 }
      yield* Metric.set(gauge(mailboxDepth), info.mailboxDepth)
      yield* Metric.set(gauge(mailboxCapacity), info.mailboxCapacity)
      yield* Metric.incrementBy(counter(processed), Math.max(0, info.processed - before.processed))
      yield* Metric.incrementBy(counter(restarts), Math.max(0, info.restarts - before.restarts))
      seen.set(info.address, { processed: info.processed, restarts: info.restarts })
    }
  })
}

/** Every metric of the process, as Prometheus text, after `collect` brought them up to date. */
export const scrape = (collect: Effect.Effect<void>): Effect.Effect<string> =>
  collect.pipe(Effect.zipRight(Metric.snapshot), Effect.map(PrometheusText.render))
