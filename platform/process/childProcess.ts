/** Child processes AICO runs and keeps: their last words, and their end. */
import type { ChildProcess } from "node:child_process"

/** The last lines a process wrote, kept for error messages. */
export class OutputTail {
  private lines: Array<string> = []
  constructor(private readonly keep = 30) {}
  push(chunk: string): ReadonlyArray<string> {
    const fresh = chunk.split("\n").filter((line) => line.trim() !== "")
    this.lines.push(...fresh)
    if (this.lines.length > this.keep) this.lines = this.lines.slice(-this.keep)
    return fresh
  }
  toString() {
    return this.lines.join("\n")
  }
}

/** Resolves when the process has exited (at once if it already has). */
export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()))
