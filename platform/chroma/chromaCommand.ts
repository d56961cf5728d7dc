/** Finding the `chroma` executable for the managed server. */
import { Effect } from "effect"
import { constants } from "node:fs"
import { access, stat } from "node:fs/promises"
import { delimiter, isAbsolute, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { ChromaNotInstalledError } from "./ChromaError.js"

/** The repository root: this file is `<root>/platform/chroma/chromaCommand.ts`. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url))

/** Where `npm run setup` installs the server. */
export const venvChroma = join(projectRoot, ".venv", "bin", "chroma")

/** The server bundled with the npm `chromadb` package: its binary needs glibc 2.38 or later. */
export const bundledChroma = join(projectRoot, "node_modules", ".bin", "chroma")

const glibcAtLeast = (major: number, minor: number): boolean => {
  const header: unknown = Reflect.get(process.report.getReport() as object, "header")
  const version =
    typeof header === "object" && header !== null
      ? Reflect.get(header, "glibcVersionRuntime")
      : undefined
  const [maj, min] = typeof version === "string" ? version.split(".").map(Number) : []
  return maj !== undefined && min !== undefined && (maj > major || (maj === major && min >= minor))
}

/** The default candidates: the project's venv, the npm package's server where it can run, PATH. */
const defaults = () => [
  venvChroma,
  ...(glibcAtLeast(2, 38) ? [bundledChroma] : []),
  ...onPath("chroma"),
]

const isExecutable = (path: string) =>
  Effect.promise(async () => {
    try {
      await access(path, constants.X_OK)
      return (await stat(path)).isFile()
    } catch {
      return false
    }
  })

const onPath = (name: string) =>
  (process.env["PATH"] ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => join(dir, name))

/**
 * The executable to run: `command` as a path (when it has a slash) or a name on PATH;
 * "" means `.venv/bin/chroma`, then the npm package's bundled server (glibc 2.38+), then
 * `chroma` on PATH.
 */
export const resolveCommand = (command: string): Effect.Effect<string, ChromaNotInstalledError> =>
  Effect.gen(function* () {
    const candidates =
      command === ""
        ? defaults()
        : command.includes("/")
          ? [isAbsolute(command) ? command : resolve(command)]
          : onPath(command)
    for (const candidate of candidates) {
      if (yield* isExecutable(candidate)) return candidate
    }
    const tried =
      command === ""
        ? [venvChroma, "chroma on PATH"]
        : command.includes("/")
          ? candidates
          : [`${command} on PATH`]
    return yield* Effect.fail(new ChromaNotInstalledError({ tried }))
  })
