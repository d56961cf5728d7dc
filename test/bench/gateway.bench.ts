/**
 * The `gateway` suite: WebSocket round trips and how many clients a node holds. A node
 * with the gateway runs in a child process; this process connects real `ws` clients.
 * Round trip: a `ping` frame to its `pong`, one at a time, from clients taken in turn, with
 * 1, 100 and 1,000 clients connected. Capacity: the node's RSS measured as clients keep
 * connecting (up to `maxClients`), and the clients a node holds under 1 GiB extrapolated
 * from the RSS each client adds (the figure says whether it was measured or extrapolated).
 */
import { Effect } from "effect"
import WebSocket from "ws"
import { benchChild } from "./support/childProcess.js"
import { count, heading, line, ms } from "./support/report.js"
import { percentile, round } from "./support/stats.js"

const pingsPerLevel = 2000
const maxClients = 12_000
const batch = 500
const gib = 1024 ** 3

interface Client {
  readonly ws: WebSocket
  pending: ((frame: string) => void) | undefined
}

const open = (url: string, token: string): Promise<Client> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } })
    const client: Client = { ws, pending: undefined }
    ws.on("message", (data) => {
      const text = data.toString()
      if (!text.includes('"pong"')) return
      const pending = client.pending
      client.pending = undefined
      pending?.(text)
    })
    ws.once("open", () => resolve(client))
    ws.once("error", reject)
  })

const roundTrip = (client: Client, id: number) =>
  new Promise<number>((resolve) => {
    const started = performance.now()
    client.pending = () => resolve(performance.now() - started)
    client.ws.send(JSON.stringify({ type: "ping", id: `p${id}` }))
  })

const rtts = async (clients: ReadonlyArray<Client>) => {
  const samples: Array<number> = []
  for (let i = 0; i < pingsPerLevel + 200; i++) {
    const sample = await roundTrip(clients[i % clients.length]!, i)
    if (i >= 200) samples.push(sample)
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) }
}

const connectUpTo = async (clients: Array<Client>, total: number, url: string, token: string) => {
  while (clients.length < total) {
    const wave = Math.min(100, total - clients.length)
    clients.push(...(await Promise.all(Array.from({ length: wave }, () => open(url, token)))))
  }
}

const program = Effect.gen(function* () {
  const node = yield* benchChild(new URL("./gateway/gatewayNode.child.ts", import.meta.url))
  const ready = yield* Effect.promise(() => node.next("ready"))
  const url = String(ready["wsUrl"])
  const token = String(ready["token"])
  const rss = () =>
    Effect.promise(() => node.request("rss")).pipe(Effect.map((r) => Number(r["rss"])))
  const clients: Array<Client> = []
  yield* Effect.addFinalizer(() => Effect.sync(() => clients.forEach((c) => c.ws.terminate())))

  heading("gateway: WebSocket round trip (ping → pong), one at a time")
  const figures: Record<string, number> = {}
  for (const level of [1, 100, 1000]) {
    yield* Effect.promise(() => connectUpTo(clients, level, url, token))
    const { p50, p99 } = yield* Effect.promise(() => rtts(clients))
    line(`${count(level)} clients connected`, `p50 ${ms(p50)}`, `p99 ${ms(p99)}`)
    figures[`ws_rtt_p99_ms_${level}`] = round(p99, 3)
  }

  heading(`gateway: node RSS as clients connect (up to ${count(maxClients)})`)
  const points: Array<{ clients: number; rss: number }> = []
  for (;;) {
    const bytes = yield* rss()
    points.push({ clients: clients.length, rss: bytes })
    line(`${count(clients.length)} clients`, `${(bytes / 1024 ** 2).toFixed(1)} MiB`)
    if (bytes >= gib || clients.length >= maxClients) break
    yield* Effect.promise(() => connectUpTo(clients, clients.length + batch, url, token))
  }
  const last = points[points.length - 1]!
  const reference = points.find((p) => p.clients === 1000) ?? points[0]!
  const perClient = (last.rss - reference.rss) / Math.max(1, last.clients - reference.clients)
  const measured = last.rss >= gib
  const underGib = measured
    ? (points.filter((p) => p.rss < gib).at(-1)?.clients ?? 0)
    : Math.floor(last.clients + (gib - last.rss) / Math.max(perClient, 1))
  line(
    "clients under 1 GiB",
    count(underGib),
    measured
      ? "measured: the node reached 1 GiB"
      : `extrapolated from ${(perClient / 1024).toFixed(1)} KiB per client between ${count(reference.clients)} and ${count(last.clients)} clients`,
  )
  const result: Record<string, number> = { ...figures, clients_under_1gib: underGib }
  return result
})

export const run = async (): Promise<Record<string, number>> => {
  const figures = await Effect.runPromise(Effect.scoped(program))
  const figure = (name: string) => figures[name] ?? Number.NaN
  return {
    ws_rtt_p99_ms_1: figure("ws_rtt_p99_ms_1"),
    ws_rtt_p99_ms_100: figure("ws_rtt_p99_ms_100"),
    ws_rtt_p99_ms_1000: figure("ws_rtt_p99_ms_1000"),
    clients_under_1gib: figure("clients_under_1gib"),
  }
}
