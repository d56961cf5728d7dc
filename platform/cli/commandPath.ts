/**
 * Names the command a mistyped argv was heading for, before @effect/cli parses it:
 * `unknown command "frobnicate"` (or `unknown security action …`) reads better than a
 * generic parse failure, and a group given no subcommand says which ones it takes.
 */
import { Option } from "effect"

/** The shape of the command line: which words lead where, and which stops can run. */
export interface CommandTree {
  /** Whether the command runs without a subcommand (`aico actors dead-letters`). */
  readonly runnable: boolean
  readonly children: Readonly<Record<string, CommandTree>>
}

export const leaf: CommandTree = { runnable: true, children: {} }

export const group = (
  children: Readonly<Record<string, CommandTree>>,
  runnable = false,
): CommandTree => ({ runnable, children })

const noun = (path: ReadonlyArray<string>) =>
  path.length === 0
    ? "command"
    : path[0] === "security"
      ? "security action"
      : `${path.join(" ")} command`

/** The first problem on argv's way down `tree`, if any; options end the walk. */
export const checkCommandPath = (
  tree: CommandTree,
  argv: ReadonlyArray<string>,
): Option.Option<string> => {
  let at = tree
  const path: Array<string> = []
  for (const word of argv) {
    const names = Object.keys(at.children)
    if (names.length === 0 || word.startsWith("-")) return Option.none()
    const next = Object.hasOwn(at.children, word) ? at.children[word] : undefined
    if (next === undefined) {
      if (at.runnable) return Option.none() // an argument of a runnable group
      return Option.some(`unknown ${noun(path)} ${JSON.stringify(word)}`)
    }
    path.push(word)
    at = next
  }
  if (at.runnable) return Option.none()
  if (path.length === 0) return Option.some("no command given")
  const what = path[0] === "security" ? "an action" : "a subcommand"
  return Option.some(
    `${path.join(" ")} needs ${what}: ${Object.keys(at.children).sort().join(", ")}`,
  )
}
