/**
 * @effect/cli writes its help and errors with ANSI styles whatever the output is: strip them
 * where the stream is not a colour terminal, so pipes, files and tests read plain text.
 */
import { Console, Effect } from "effect"
import { colorsFor, stripAnsi } from "./ansi.js"

const plain = (args: ReadonlyArray<unknown>) =>
  args.map((arg) => (typeof arg === "string" ? stripAnsi(arg) : arg))

export const plainWhereNoColor = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Console.consoleWith((current) => {
    const outPlain = !colorsFor(process.stdout)
    const errPlain = !colorsFor(process.stderr)
    if (!outPlain && !errPlain) return effect
    return Effect.withConsole(effect, {
      ...current,
      log: (...args) => current.log(...(outPlain ? plain(args) : args)),
      info: (...args) => current.info(...(outPlain ? plain(args) : args)),
      error: (...args) => current.error(...(errPlain ? plain(args) : args)),
      warn: (...args) => current.warn(...(errPlain ? plain(args) : args)),
    })
  })
