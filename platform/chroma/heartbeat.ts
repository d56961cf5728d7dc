/** Waiting for a Chroma server to answer `GET /api/v2/heartbeat`. */
import { Duration, Effect, Schedule, Schema } from "effect"

const Heartbeat = Schema.Struct({ "nanosecond heartbeat": Schema.Number })
const decodeHeartbeat = Schema.decodeUnknown(Heartbeat)

/** One request may not hang longer than this, so a silent listener still counts as a miss. */
const probeTimeoutMs = 2_000
const pollInterval = Duration.millis(200)

const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error)
  if (error.name === "TimeoutError") return `no answer within ${probeTimeoutMs} ms`
  const code = (error.cause as { code?: unknown } | undefined)?.code
  return typeof code === "string" ? code : error.message
}

const probe = (url: string): Effect.Effect<void, string> =>
  Effect.tryPromise({
    try: async (signal) => {
      const response = await fetch(`${url}/api/v2/heartbeat`, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(probeTimeoutMs)]),
      })
      if (!response.ok) throw new Error(`the heartbeat answered HTTP ${response.status}`)
      return (await response.json()) as unknown
    },
    catch: describe,
  }).pipe(
    Effect.flatMap((body) =>
      decodeHeartbeat(body).pipe(
        Effect.mapError(() => `the heartbeat answered ${JSON.stringify(body).slice(0, 200)}`),
      ),
    ),
  )

/**
 * Polls until the server answers; fails after `timeoutMs` with the last reason it did not
 * (connection refused, no answer, an unexpected body).
 */
export const waitForHeartbeat = (url: string, timeoutMs: number): Effect.Effect<void, string> => {
  let last = "no answer yet"
  return probe(url).pipe(
    Effect.tapError((reason) => Effect.sync(() => (last = reason))),
    Effect.retry(Schedule.spaced(pollInterval)),
    Effect.timeoutFail({ duration: Duration.millis(timeoutMs), onTimeout: () => last }),
  )
}
