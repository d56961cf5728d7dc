/**
 * Bench child processes: this Node binary with the tsx loader and the service's V8 flags,
 * talked to over an IPC channel; the child's stdout and stderr go to our stderr, since our
 * stdout carries only figures. Released by asking the child to stop, then killing it if it
 * does not exit.
 */
import { fork, type ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { serviceNodeFlags } from "../../../platform/process/serviceNodeFlags.js"
import { onExit } from "./cleanup.js"

/** What travels over the channel: a type, an id pairing a request with its reply, data. */
export interface ChildMessage {
  readonly type: string
  readonly id?: number
  readonly [key: string]: unknown
}

interface Waiter {
  readonly matches: (message: ChildMessage) => boolean
  readonly resolve: (message: ChildMessage) => void
  readonly reject: (error: Error) => void
}

export interface BenchChild {
  /** Sends a request and resolves with the child's reply (same id). */
  readonly request: (type: string, data?: Record<string, unknown>) => Promise<ChildMessage>
  /** Resolves with the next report of this type (including one already received). */
  readonly next: (type: string) => Promise<ChildMessage>
}

const tsxLoader = import.meta.resolve("tsx")

/**
 * Extra Node flags for every bench child, to look inside the receiving side: for example
 * `AICO_BENCH_CHILD_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- runtime`.
 */
const childNodeFlags = (process.env["AICO_BENCH_CHILD_NODE_FLAGS"] ?? "")
  .split(/\s+/)
  .filter((flag) => flag.length > 0)

const startChild = (module: URL, args: ReadonlyArray<string>) => {
  const child = fork(fileURLToPath(module), [...args], {
    // The flags the service runs with, so a child node measures what a deployed one does.
    execArgv: ["--import", tsxLoader, ...serviceNodeFlags, ...childNodeFlags],
    stdio: ["ignore", 2, 2, "ipc"],
  })
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
  }
  const unregister = onExit(kill)
  const inbox: Array<ChildMessage> = []
  const waiters: Array<Waiter> = []
  let exited: Error | undefined
  let nextId = 1

  child.on("message", (raw) => {
    const message = raw as ChildMessage
    const index = waiters.findIndex((w) => w.matches(message))
    if (index < 0) inbox.push(message)
    else waiters.splice(index, 1)[0]!.resolve(message)
  })
  child.on("exit", (code, signal) => {
    unregister()
    exited = new Error(`bench child ${module.pathname} exited (${signal ?? `code ${code}`})`)
    for (const waiter of waiters.splice(0)) waiter.reject(exited)
  })

  const wait = (matches: (message: ChildMessage) => boolean) =>
    new Promise<ChildMessage>((resolve, reject) => {
      const index = inbox.findIndex(matches)
      if (index >= 0) return resolve(inbox.splice(index, 1)[0]!)
      if (exited !== undefined) return reject(exited)
      waiters.push({ matches, resolve, reject })
    })

  const handle: BenchChild = {
    request: async (type, data = {}) => {
      const id = nextId++
      const reply = wait((m) => m.id === id)
      child.send({ ...data, type, id })
      const message = await reply
      if (message.type === "error") throw new Error(`bench child: ${String(message["error"])}`)
      return message
    },
    next: (type) => wait((m) => m.type === type && m.id === undefined),
  }
  return { child, handle, kill }
}

/** Waits up to `ms` for the child to exit by itself after a "stop", then kills it. */
const stopChild = (child: ChildProcess, kill: () => void, ms: number) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(kill, ms)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    if (child.connected) child.send({ type: "stop" })
    else kill()
  })

/** Spawns `module` (a .ts file) as a child for the scope's lifetime. */
export const benchChild = (module: URL, args: ReadonlyArray<string> = []) =>
  Effect.acquireRelease(
    Effect.sync(() => startChild(module, args)),
    ({ child, kill }) => Effect.promise(() => stopChild(child, kill, 5000)),
  ).pipe(Effect.map(({ handle }) => handle))
