/**
 * Writes working-memory entries until killed, printing `put <conversation> <id>` after each
 * put has committed. Run as `node --import tsx crashWriter.child.ts <store path>`.
 */
import { Console, Effect } from "effect"
import { openStore } from "./store.js"

const path = process.argv[2]
if (path === undefined) throw new Error("usage: crashWriter.child.ts <store path>")

const program = Effect.gen(function* () {
  const store = yield* openStore({ path })
  yield* Console.log("ready")
  // Four writers at once, so a kill lands while transactions are in flight.
  yield* Effect.forEach(
    ["a", "b", "c", "d"],
    (conversation) =>
      Effect.gen(function* () {
        for (let i = 0; ; i++) {
          const entry = yield* store.put(conversation, {
            role: "user",
            content: `line ${i} `.repeat(50),
          })
          yield* Console.log(`put ${conversation} ${entry.id}`)
        }
      }),
    { concurrency: "unbounded", discard: true },
  )
})

Effect.runFork(Effect.scoped(program))
