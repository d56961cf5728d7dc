/**
 * Starting real nodes for tests: temp data directories, the demo message set, and a
 * helper that waits for a condition without asserting on wall-clock time.
 */
import { Effect, Logger, LogLevel } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { demoMessages } from "../../actors/demo/messages.js"
import * as ActorSystem from "../../runtime/system/ActorSystem.js"
import { supervisor } from "../../runtime/system/TreeSpec.js"

export const tempDir = (prefix = "aico-test-") =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true })),
  )

// Tests crash actors on purpose; their logs stay quiet unless AICO_TEST_LOG=debug|info|warning.
const testLogLevel =
  { debug: LogLevel.Debug, info: LogLevel.Info, warning: LogLevel.Warning }[
    process.env["AICO_TEST_LOG"] ?? ""
  ] ?? LogLevel.None

/** A node on a fresh temp data directory, released (gracefully stopped) with the scope. */
export const startNode = <R>(
  options: Omit<ActorSystem.ActorSystemOptions<R>, "dataDir" | "messages"> & {
    readonly dataDir?: string
  },
) =>
  Effect.gen(function* () {
    const dataDir = options.dataDir ?? (yield* tempDir())
    return yield* ActorSystem.make({
      messages: demoMessages,
      shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 1000 },
      ...options,
      dataDir,
    }).pipe(Logger.withMinimumLogLevel(testLogLevel))
  })

/** A node with no actors of its own: a sender, a prober. */
export const emptyTree = supervisor("root", { strategy: "one-for-one" }, [])

/** Polls `read` until `done` holds; fails with the last value after `timeoutMs`. */
export const eventually = <A, E, R>(
  read: Effect.Effect<A, E, R>,
  done: (a: A) => boolean,
  timeoutMs = 10_000,
): Effect.Effect<A, E | Error, R> =>
  Effect.gen(function* () {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = yield* read
      if (done(value)) return value
      if (Date.now() > deadline) {
        return yield* Effect.fail(
          new Error(
            `condition not reached in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`,
          ),
        )
      }
      yield* Effect.sleep(10)
    }
  })
