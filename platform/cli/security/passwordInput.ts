/**
 * Where the master password comes from: a terminal prompt that does not echo, or a file
 * descriptor for automation (`--password-fd 3`: one password per line, in the order the
 * command asks). Passwords stay `Redacted` from the moment they are read.
 */
import { Data, Effect, Redacted } from "effect"
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"

export class PasswordInputError extends Data.TaggedError("PasswordInputError")<{
  readonly reason: string
}> {
  override get message() {
    return `cannot read the password: ${this.reason}`
  }
}

export interface PasswordInput {
  /** The next password; `prompt` is shown on a terminal only. */
  readonly next: (prompt: string) => Effect.Effect<Redacted.Redacted<string>, PasswordInputError>
}

/** Every line of a file descriptor, read once (a pipe ends when the writer closes it). */
export const fromFd = (fd: number): Effect.Effect<PasswordInput, PasswordInputError> =>
  Effect.tryPromise({
    try: async () => {
      const chunks: Array<Buffer> = []
      for await (const chunk of createReadStream("", { fd, autoClose: true })) {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
      }
      return Buffer.concat(chunks).toString("utf8").split("\n")
    },
    catch: (cause) => new PasswordInputError({ reason: `file descriptor ${fd}: ${String(cause)}` }),
  }).pipe(
    Effect.map((lines): PasswordInput => {
      let at = 0
      return {
        next: () => {
          const line = lines[at++]
          return line === undefined || (at > lines.length - 1 && line === "")
            ? Effect.fail(
                new PasswordInputError({ reason: `file descriptor ${fd} has no more lines` }),
              )
            : Effect.succeed(Redacted.make(line.replace(/\r$/, "")))
        },
      }
    }),
  )

/** A terminal prompt with echo off. */
export const fromTerminal: Effect.Effect<PasswordInput, PasswordInputError> = Effect.suspend(() =>
  process.stdin.isTTY
    ? Effect.succeed<PasswordInput>({
        next: (prompt) =>
          Effect.async<Redacted.Redacted<string>, PasswordInputError>((resume) => {
            const rl = createInterface({
              input: process.stdin,
              output: process.stderr,
              terminal: true,
            })
            // Swallow the typed characters instead of echoing them.
            const write = Reflect.get(rl, "_writeToOutput") as unknown
            Reflect.set(rl, "_writeToOutput", (text: string) => {
              if (typeof write === "function" && text.startsWith(prompt)) write.call(rl, prompt)
            })
            rl.question(prompt, (answer) => {
              rl.close()
              process.stderr.write("\n")
              resume(Effect.succeed(Redacted.make(answer)))
            })
            return Effect.sync(() => rl.close())
          }),
      })
    : Effect.fail(
        new PasswordInputError({
          reason:
            "standard input is not a terminal: pass the password on a file descriptor with --password-fd <n>",
        }),
      ),
)
