/**
 * The `aico` command's exit codes, and the errors that choose one. Scripts rely on them,
 * so the help text and README list them.
 */
import { Data } from "effect"

export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  /** `aico status` / `aico stop` found no running service. */
  notRunning: 3,
  /** EX_CONFIG from sysexits.h, as `aico start` uses it. */
  config: 78,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

export const exitCodesHelp = `exit codes: 0 done, 1 the command failed, 2 bad arguments, 3 AICO is not running
(status, stop, and commands that need the service), 78 a configuration error`

/** Bad arguments: the message says what, the usage follows it. */
export class UsageError extends Data.TaggedError("UsageError")<{
  readonly problem: string
  readonly usage: string
}> {
  override get message() {
    return `aico: ${this.problem}\n\n${this.usage}`
  }
}

/** The command needs a running service, and there is none on this data directory. */
export class NotRunning extends Data.TaggedError("NotRunning")<{ readonly dataDir: string }> {
  override get message() {
    return `aico: AICO is not running on ${this.dataDir} (start it with \`aico start --detach\`)`
  }
}

/**
 * Ends the command with `code` after it has said everything itself (e.g. `aico status`
 * printed "not running" and exits 3).
 */
export class QuietExit extends Data.TaggedError("QuietExit")<{ readonly code: ExitCode }> {}
