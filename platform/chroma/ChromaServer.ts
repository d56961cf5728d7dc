/**
 * The Chroma server AICO's vector store talks to. With `chroma.url` empty AICO runs its own
 * (`chroma run` on 127.0.0.1, data in `<node.dataDir>/chroma`) for as long as the scope
 * lives and stops it with SIGTERM when it closes; otherwise it waits for the given server
 * to answer its heartbeat. Either way the layer is ready only once the server is healthy.
 */
import { Context, Effect, Layer, Runtime, type Scope } from "effect"
import { spawn, type ChildProcess } from "node:child_process"
import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { Config } from "../../schemas/Config.js"
import { exited, OutputTail } from "../process/childProcess.js"
import { freePort } from "../net/freePort.js"
import { stopOrphan } from "../process/orphanServer.js"
import { type ChromaNotInstalledError, ChromaUnavailableError } from "./ChromaError.js"
import { resolveCommand } from "./chromaCommand.js"
import { waitForHeartbeat } from "./heartbeat.js"

export interface ChromaServerOptions {
  /** "" runs AICO's own server; otherwise the base URL of a running one. */
  readonly url: string
  /** The managed server's executable; "" is `.venv/bin/chroma`, then `chroma` on PATH. */
  readonly command: string
  /** Where the managed server keeps its data. */
  readonly directory: string
  /** The managed server's port; 0 picks a free one. */
  readonly port: number
  readonly startTimeoutMs: number
  /** How long SIGTERM may take before SIGKILL; 10 s unless told. */
  readonly stopTimeoutMs?: number
}

export interface ChromaServerInfo {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8000`. */
  readonly url: string
  readonly managed: boolean
}

export class ChromaServer extends Context.Tag("aico/ChromaServer")<
  ChromaServer,
  ChromaServerInfo
>() {}

export type ChromaServerError = ChromaNotInstalledError | ChromaUnavailableError

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*[A-Za-z]/g

/** SIGTERM, then SIGKILL if the server is still there after `graceMs`. */
const stop = async (child: ChildProcess, graceMs: number) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill("SIGTERM")
  const done = exited(child)
  const late = setTimeout(() => child.kill("SIGKILL"), graceMs)
  await done
  clearTimeout(late)
}

interface Running {
  readonly child: ChildProcess
  readonly url: string
  readonly tail: OutputTail
}

/** Spawns the server; its output goes to the debug log and a tail kept for errors. */
const spawnServer = (command: string, options: ChromaServerOptions, port: number) =>
  Effect.gen(function* () {
    const url = `http://127.0.0.1:${port}`
    const runtime = yield* Effect.runtime<never>()
    const log = (line: string) =>
      Runtime.runFork(runtime)(
        Effect.logDebug(line).pipe(Effect.annotateLogs("component", "chroma")),
      )
    yield* Effect.tryPromise({
      try: () => mkdir(options.directory, { recursive: true, mode: 0o700 }),
      catch: (error) => unavailable(url, options, `cannot create ${options.directory}: ${error}`),
    })
    const tail = new OutputTail()
    const args = ["run", "--path", options.directory, "--host", "127.0.0.1", "--port", String(port)]
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", ANONYMIZED_TELEMETRY: "False" },
    })
    // Remembered so that a server orphaned by a killed AICO is stopped before the next start.
    yield* Effect.promise(() =>
      writeFile(pidFile(options), `${child.pid ?? ""}\n`).catch(() => undefined),
    )
    const onOutput = (chunk: Buffer) => {
      for (const line of tail.push(chunk.toString("utf8").replace(ansi, ""))) log(line)
    }
    child.stdout.on("data", onOutput)
    child.stderr.on("data", onOutput)
    return { child, url, tail } satisfies Running
  })

/**
 * Waits for the heartbeat, or fails with the server's last words if it exits first. Runs
 * outside `acquireRelease`'s acquire, which is uninterruptible: the poll must be
 * interruptible for its timeout and the race with the exit to end it.
 */
const ready = ({ child, url, tail }: Running, options: ChromaServerOptions) => {
  const died = Effect.async<never, string>((resume) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return resume(
        Effect.fail(
          `the server exited during start (${child.signalCode ?? `code ${child.exitCode}`})`,
        ),
      )
    }
    child.once("error", (error) => resume(Effect.fail(`${child.spawnfile}: ${error.message}`)))
    // "close", not "exit": the output pipes are drained by then, so the tail is complete.
    child.once("close", (code, signal) =>
      resume(Effect.fail(`the server exited during start (${signal ?? `code ${code}`})`)),
    )
  })
  return Effect.raceFirst(waitForHeartbeat(url, options.startTimeoutMs), died).pipe(
    Effect.mapError((reason) => unavailable(url, options, reason, tail.toString())),
    Effect.tapError(() => Effect.promise(() => stop(child, stopTimeoutMs(options)))),
    Effect.tap(() => Effect.logDebug(`Chroma server ready at ${url}`)),
  )
}

const pidFile = (options: ChromaServerOptions) => `${options.directory}.pid`

const stopTimeoutMs = (options: ChromaServerOptions) => options.stopTimeoutMs ?? 10_000

const unavailable = (url: string, options: ChromaServerOptions, reason: string, output = "") =>
  new ChromaUnavailableError({ url, timeoutMs: options.startTimeoutMs, reason, output })

/** A healthy Chroma server for the life of the scope: AICO's own, or the configured one. */
export const start = (
  options: ChromaServerOptions,
): Effect.Effect<ChromaServerInfo, ChromaServerError, Scope.Scope> =>
  Effect.gen(function* () {
    if (options.url !== "") {
      const url = options.url.replace(/\/+$/, "")
      yield* waitForHeartbeat(url, options.startTimeoutMs).pipe(
        Effect.mapError((reason) => unavailable(url, options, reason)),
      )
      return { url, managed: false }
    }
    const command = yield* resolveCommand(options.command)
    yield* stopOrphan({
      pidFile: pidFile(options),
      marker: options.directory,
      name: "Chroma",
      signal: "SIGTERM",
    }).pipe(Effect.mapError((reason) => unavailable("(not started)", options, reason)))
    const port =
      options.port !== 0
        ? options.port
        : yield* freePort().pipe(
            Effect.mapError((error) =>
              unavailable("http://127.0.0.1:0", options, `no free port: ${error.message}`),
            ),
          )
    const running = yield* Effect.acquireRelease(spawnServer(command, options, port), ({ child }) =>
      Effect.promise(() => stop(child, stopTimeoutMs(options))).pipe(
        Effect.tap(() => Effect.logDebug("Chroma server stopped")),
      ),
    )
    yield* ready(running, options)
    return { url: running.url, managed: true }
  })

/** The server as a layer; a managed one stops when the layer is released. */
export const layer = (options: ChromaServerOptions): Layer.Layer<ChromaServer, ChromaServerError> =>
  Layer.scoped(ChromaServer, start(options))

/** The options AICO's configuration gives. */
export const optionsFromConfig = (config: Config): ChromaServerOptions => ({
  url: config.chroma.url,
  command: config.chroma.command,
  directory: join(config.node.dataDir, "chroma"),
  port: config.chroma.port,
  startTimeoutMs: config.chroma.startTimeoutMs,
})

export const layerFromConfig = (config: Config) => layer(optionsFromConfig(config))
