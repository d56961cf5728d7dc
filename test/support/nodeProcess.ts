/**
 * A node in its own process, for tests that kill or signal it. Configured like the real
 * service (AICO_* variables, loaded and decoded by the config loader), run under
 * NodeRuntime.runMain like `npm start`, with a test tree: a counter (optionally slow) and,
 * with --send, a burst of durable notes to another node once started.
 *
 *   tsx test/support/nodeProcess.ts [--work-ms N] [--send N --to ADDRESS]
 *
 * Prints `ready <endpoint>` when serving and `staged <n>` after journaling a burst.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect } from "effect"
import { parseArgs } from "node:util"
import { counter } from "../../actors/demo/counter.js"
import { demoMessages, Note } from "../../actors/demo/messages.js"
import { AppConfig } from "../../config/AppConfig.js"
import * as Logging from "../../platform/logging/Logging.js"
import { startNode } from "../../platform/node/startNode.js"
import { actor, supervisor } from "../../runtime/system/TreeSpec.js"

const { values } = parseArgs({
  options: {
    "work-ms": { type: "string", default: "0" },
    send: { type: "string", default: "0" },
    to: { type: "string", default: "" },
  },
})

const program = Effect.gen(function* () {
  const config = yield* AppConfig
  const tree = supervisor("root", { strategy: "one-for-one", intensity: 100 }, [
    actor(counter("counter", { keepSeqs: true, workMs: Number(values["work-ms"]) })),
  ])
  const { system } = yield* startNode(config, demoMessages, tree)
  yield* Console.log(`ready ${system.endpoint}`)
  const burst = Number(values.send)
  if (burst > 0) {
    yield* Effect.forEach(
      Array.from({ length: burst }, (_, seq) => seq),
      (seq) =>
        system.tellDurable(`sender@${system.nodeId}`, values.to, Note.make({ seq, text: "burst" })),
      { concurrency: 500, discard: true },
    )
    yield* Console.log(`staged ${burst}`)
  }
  return yield* system.failure
})

NodeRuntime.runMain(
  program.pipe(
    Effect.scoped,
    Effect.provide(Logging.fromAppConfig),
    Effect.provide(AppConfig.layer),
  ),
  { disablePrettyLogger: true },
)
