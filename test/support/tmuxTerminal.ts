/**
 * A real pseudo-terminal for tests of interactive commands: a private tmux server (its own
 * socket in a temp directory, no user configuration) runs each command in a 200×50 pane;
 * tests type into it, read the screen as a user would see it, and read how the command
 * ended. The server, and whatever still runs in it, is killed with the scope.
 */
import { Data, Effect, Option } from "effect"
import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** A tmux command failed (tmux missing, a pane gone). */
export class TmuxFailed extends Data.TaggedError("TmuxFailed")<{
  readonly args: ReadonlyArray<string>
  readonly reason: string
}> {
  override get message() {
    return `tmux ${this.args.join(" ")} failed: ${this.reason}`
  }
}

/** The pane never showed what a test waited for; `screen` is what it showed last. */
export class ScreenWaitFailed extends Data.TaggedError("ScreenWaitFailed")<{
  readonly waitingFor: string
  readonly screen: string
}> {
  override get message() {
    return `the terminal never showed ${this.waitingFor}; it shows:\n${this.screen}`
  }
}

/** How the pane's command is doing. */
export type PaneState =
  | { readonly _tag: "Running" }
  | { readonly _tag: "Exited"; readonly code: number }
  | { readonly _tag: "Killed"; readonly signal: number }

export type PaneEnd = Exclude<PaneState, { readonly _tag: "Running" }>

export interface Pane {
  /** Types `text` literally (no key names), without pressing Enter. */
  readonly type: (text: string) => Effect.Effect<void, TmuxFailed>
  /** Presses keys by their tmux names: "Enter", "C-c", "C-d". */
  readonly press: (...keys: ReadonlyArray<string>) => Effect.Effect<void, TmuxFailed>
  /** Everything the pane shows, history included, wrapped lines joined, blank tail dropped. */
  readonly screen: Effect.Effect<string, TmuxFailed>
  /** The screen, once `done` holds for it (polled; gives up after `timeoutMs`). */
  readonly waitFor: (
    waitingFor: string,
    done: (screen: string) => boolean,
    timeoutMs?: number,
  ) => Effect.Effect<string, TmuxFailed | ScreenWaitFailed>
  readonly state: Effect.Effect<PaneState>
  /** How the command ended, once it has. */
  readonly ended: (timeoutMs?: number) => Effect.Effect<PaneEnd, TmuxFailed | ScreenWaitFailed>
}

export interface Terminal {
  /** Runs `argv` in a new pane with `env` added to the environment. */
  readonly open: (options: {
    readonly argv: ReadonlyArray<string>
    readonly env: Readonly<Record<string, string>>
    readonly cwd: string
  }) => Effect.Effect<Pane, TmuxFailed>
}

// Polling spawns a tmux client each time: often enough to follow a streamed reply, rarely
// enough to leave the 2 cores to the service under test.
const pollEvery = "200 millis"

// tmux does not always reap a pane's process (its `#{pane_dead_status}` can stay empty), so
// a shell runs the command and writes its status to a file, renamed into place when whole.
// The command still has the pane's terminal as its own: the shell only waits for it.
const statusWrapper =
  'status="$1"; shift; "$@"; echo $? > "$status.part"; mv "$status.part" "$status"'

/** The shell's status: 128 + n is a command ended by signal n. */
const stateOf = (status: string): PaneState => {
  const code = Number(status.trim())
  return code > 128 ? { _tag: "Killed", signal: code - 128 } : { _tag: "Exited", code }
}

const runTmux = (socket: string, args: ReadonlyArray<string>) =>
  Effect.async<string, TmuxFailed>((resume) => {
    execFile("tmux", ["-S", socket, "-f", "/dev/null", ...args], (error, stdout, stderr) =>
      resume(
        error === null
          ? Effect.succeed(stdout)
          : Effect.fail(new TmuxFailed({ args, reason: stderr.trim() || error.message })),
      ),
    )
  })

/** Reads until `pick` finds what it waits for; `screen` says what was there if it never does. */
const poll = <A, B, E>(
  waitingFor: string,
  read: Effect.Effect<A, E>,
  pick: (a: A) => Option.Option<B>,
  timeoutMs: number,
  screen: Effect.Effect<string, TmuxFailed>,
) =>
  Effect.gen(function* () {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = pick(yield* read)
      if (Option.isSome(found)) return found.value
      if (Date.now() > deadline) {
        return yield* new ScreenWaitFailed({ waitingFor, screen: yield* screen })
      }
      yield* Effect.sleep(pollEvery)
    }
  })

const makePane = (
  tmux: (args: ReadonlyArray<string>) => Effect.Effect<string, TmuxFailed>,
  id: string,
  statusFile: string,
): Pane => {
  const screen = tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", id]).pipe(
    Effect.map((text) => text.replace(/\s+$/, "")),
  )
  const state = Effect.sync(() => {
    try {
      return stateOf(readFileSync(statusFile, "utf8"))
    } catch {
      return { _tag: "Running" } as const
    }
  })
  return {
    type: (text) => Effect.asVoid(tmux(["send-keys", "-t", id, "-l", text])),
    press: (...keys) => Effect.asVoid(tmux(["send-keys", "-t", id, ...keys])),
    screen,
    waitFor: (waitingFor, done, timeoutMs = 150_000) =>
      poll(waitingFor, screen, Option.liftPredicate(done), timeoutMs, screen),
    state,
    ended: (timeoutMs = 150_000) =>
      poll(
        "the command's end",
        state,
        (s): Option.Option<PaneEnd> => (s._tag === "Running" ? Option.none() : Option.some(s)),
        timeoutMs,
        screen,
      ),
  }
}

/** A private tmux server for the scope's lifetime. */
export const tmuxTerminal = Effect.gen(function* () {
  const dir = yield* Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(join(tmpdir(), "aico-tmux-"))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true })),
  )
  const tmux = (args: ReadonlyArray<string>) => runTmux(join(dir, "socket"), args)
  // Whatever the test did, no server (and no command still running in it) is left behind.
  yield* Effect.addFinalizer(() => Effect.ignore(tmux(["kill-server"])))
  let panes = 0
  const open: Terminal["open"] = ({ argv, env, cwd }) => {
    const name = `pane-${++panes}`
    const statusFile = join(dir, `${name}.status`)
    return tmux([
      // The pane stays after its command ends, so its last screen can still be read.
      "start-server",
      ";",
      "set-option",
      "-g",
      "remain-on-exit",
      "on",
      ";",
      "new-session",
      "-d",
      "-s",
      name,
      "-x",
      "200",
      "-y",
      "50",
      "-c",
      cwd,
      "-P",
      "-F",
      "#{pane_id}",
      ...Object.entries(env).flatMap(([key, value]) => ["-e", `${key}=${value}`]),
      "--",
      "/bin/sh",
      "-c",
      statusWrapper,
      "sh",
      statusFile,
      ...argv,
    ]).pipe(Effect.map((out) => makePane(tmux, out.trim(), statusFile)))
  }
  return { open } satisfies Terminal
})
