/**
 * A server (PostgreSQL, Chroma) left running by an AICO process that was killed (`kill -9`
 * gives the parent no chance to stop its child). It would keep its data directory busy, or
 * worse, share it with the next server; it is stopped cleanly before a new one starts.
 * A server whose parent is still a live Node process belongs to another running AICO and
 * is left alone: that is an error the user must see.
 */
import { Effect } from "effect"
import { readFile } from "node:fs/promises"

const readText = (path: string) =>
  Effect.promise(() =>
    readFile(path, "utf8").then(
      (text) => text,
      () => undefined,
    ),
  )

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

const commandLine = (pid: number) =>
  readText(`/proc/${pid}/cmdline`).pipe(Effect.map((text) => text?.replaceAll("\0", " ") ?? ""))

const parentOf = (pid: number) =>
  readText(`/proc/${pid}/stat`).pipe(
    // The command name (field 2) may hold spaces; fields after its closing ")" are fixed.
    Effect.map((text) => Number(text?.slice(text.lastIndexOf(")") + 2).split(" ")[1] ?? 0)),
  )

const waitGone = (pid: number, ms: number) =>
  Effect.gen(function* () {
    const deadline = Date.now() + ms
    while (alive(pid) && Date.now() < deadline) yield* Effect.sleep("50 millis")
    return !alive(pid)
  })

/**
 * The words of the refusal when a live AICO holds the directory. Callers that must tell
 * this case apart (backup's "stop AICO first") match on this constant, never on a copy.
 */
export const inUseByAnotherProcess = "in use by another running process"

export interface OrphanServer {
  /** A file whose first line is the server's pid. */
  readonly pidFile: string
  /** Text the server's command line holds (its data directory): guards against reused pids. */
  readonly marker: string
  readonly name: string
  /** The signal that stops it cleanly. */
  readonly signal: NodeJS.Signals
}

/** Stops an orphaned server; fails when a live AICO owns it. */
export const stopOrphan = (server: OrphanServer): Effect.Effect<void, string> =>
  Effect.gen(function* () {
    const pidFile = yield* readText(server.pidFile)
    const pid = Number.parseInt(pidFile?.split("\n")[0] ?? "", 10)
    if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return
    if (!(yield* commandLine(pid)).includes(server.marker)) return // a recycled pid
    const parent = yield* parentOf(pid)
    if (parent > 1 && alive(parent) && (yield* commandLine(parent)).includes("node")) {
      return yield* Effect.fail(
        `${server.marker} is ${inUseByAnotherProcess} (${server.name} pid ${pid}, started by pid ${parent})`,
      )
    }
    yield* Effect.logWarning(
      `stopping ${server.name} left running by an earlier process (pid ${pid})`,
    )
    process.kill(pid, server.signal)
    if (!(yield* waitGone(pid, 30_000))) {
      process.kill(pid, "SIGKILL")
      yield* waitGone(pid, 5_000)
    }
  })
