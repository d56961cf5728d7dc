/**
 * Spawns `nodeProcess.ts` as a real child process and follows its output, so tests can
 * wait for `ready`/`staged` lines, signal it, and see how it exited.
 */
import { Effect } from "effect"
import { spawn, type ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"

const script = fileURLToPath(new URL("./nodeProcess.ts", import.meta.url))
const root = fileURLToPath(new URL("../../", import.meta.url))

export interface ChildNode {
  readonly process: ChildProcess
  readonly output: () => string
  /** Resolves with the first output line starting with `prefix` (or matching it, for a RegExp). */
  readonly line: (prefix: string | RegExp, timeoutMs?: number) => Effect.Effect<string, Error>
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Effect.Effect<number | string>
}

export const spawnNode = (options: {
  readonly nodeId: string
  readonly dataDir: string
  readonly endpoint: string
  readonly peers?: ReadonlyArray<{ readonly id: string; readonly endpoint: string }>
  readonly args?: ReadonlyArray<string>
  /** Another entry point than `nodeProcess.ts` (e.g. the service's own `platform/main.ts`). */
  readonly script?: string
  readonly env?: Readonly<Record<string, string>>
}) =>
  Effect.acquireRelease(
    Effect.sync((): ChildNode => {
      // Node itself with the tsx loader (not the tsx wrapper), so signals reach the node.
      const child = spawn(
        process.execPath,
        ["--import", "tsx", options.script ?? script, ...(options.args ?? [])],
        {
          cwd: root,
          env: {
            ...process.env,
            AICO_CONFIG: "/dev/null",
            AICO_NODE__ID: options.nodeId,
            AICO_NODE__DATA_DIR: options.dataDir,
            AICO_BUS__ENDPOINT: options.endpoint,
            AICO_BUS__PEERS: JSON.stringify(options.peers ?? []),
            AICO_BUS__DURABLE__RETRY_BASE_MS: "20",
            AICO_BUS__DURABLE__RETRY_MAX_MS: "200",
            AICO_INTROSPECTION__ENABLED: "false",
            AICO_LOG__CONSOLE: "json",
            AICO_LOG__FILE__ENABLED: "false",
            ...options.env,
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      )
      let output = ""
      const waiters: Array<() => void> = []
      const collect = (chunk: Buffer) => {
        output += chunk.toString()
        for (const wake of waiters.splice(0)) wake()
      }
      child.stdout.on("data", collect)
      child.stderr.on("data", collect)
      const exited = new Promise<number | string>((resolve) =>
        child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
      )
      const line = (prefix: string | RegExp, timeoutMs = 30_000) =>
        Effect.tryPromise({
          try: () =>
            new Promise<string>((resolve, reject) => {
              const timer = setTimeout(
                () =>
                  reject(
                    new Error(`no "${prefix}" line within ${timeoutMs} ms; output:\n${output}`),
                  ),
                timeoutMs,
              )
              const check = () => {
                const found = output
                  .split("\n")
                  .find((l) => (typeof prefix === "string" ? l.startsWith(prefix) : prefix.test(l)))
                if (found !== undefined) {
                  clearTimeout(timer)
                  resolve(found)
                } else waiters.push(check)
              }
              check()
            }),
          catch: (error) => (error instanceof Error ? error : new Error(String(error))),
        })
      return { process: child, output: () => output, line, exited: Effect.promise(() => exited) }
    }),
    (node) =>
      Effect.sync(() => {
        if (node.process.exitCode === null && node.process.signalCode === null)
          node.process.kill("SIGKILL")
      }),
  )
