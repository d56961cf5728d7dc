/**
 * `npm run bench [-- suite...]`: runs the named suites (all when none is named), each
 * printing its figures and ending its section with one JSON line
 * `{"suite":"<name>",...figures}`. An unknown suite name exits with status 2.
 */
import { suites } from "./suites.js"

const usage = () =>
  [
    "usage: npm run bench [-- <suite>...]",
    "suites:",
    ...Object.entries(suites).map(([name, entry]) => `  ${name.padEnd(14)} ${entry.description}`),
  ].join("\n")

const main = async (args: ReadonlyArray<string>): Promise<number> => {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage())
    return 0
  }
  const unknown = args.filter((name) => !Object.hasOwn(suites, name))
  if (unknown.length > 0) {
    console.error(`unknown bench suite ${unknown.map((name) => `"${name}"`).join(", ")}`)
    console.error(usage())
    return 2
  }
  const names = args.length > 0 ? args : Object.keys(suites)
  for (const name of names) {
    console.log(`== bench: ${name} ==`)
    const suite = await suites[name]!.load()
    const figures = await suite.run()
    console.log(JSON.stringify({ suite: name, ...figures }))
  }
  return 0
}

// Exit explicitly: a system under test that fails to release its sockets or timers must
// not keep the bench alive once its figures are out.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("bench failed:", error)
    process.exit(1)
  },
)
