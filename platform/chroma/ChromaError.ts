/** What can go wrong between AICO and its Chroma server, each naming the problem for a reader. */
import { Data } from "effect"

/** No `chroma` executable was found where AICO looked. */
export class ChromaNotInstalledError extends Data.TaggedError("ChromaNotInstalledError")<{
  /** Every place that was tried, in order. */
  readonly tried: ReadonlyArray<string>
}> {
  override get message() {
    return `the Chroma server is not installed (looked for ${this.tried.join(", ")}): run \`npm run setup\`, or set chroma.command to a chroma executable, or chroma.url to a running Chroma server`
  }
}

/** The server never answered its heartbeat in time, or exited while starting. */
export class ChromaUnavailableError extends Data.TaggedError("ChromaUnavailableError")<{
  readonly url: string
  readonly timeoutMs: number
  readonly reason: string
  /** The managed server's last output lines; "" for an external server. */
  readonly output: string
}> {
  override get message() {
    const tail = this.output.trim() === "" ? "" : `\nlast server output:\n${this.output.trim()}`
    return `Chroma at ${this.url} did not become healthy within ${this.timeoutMs} ms: ${this.reason}${tail}`
  }
}
