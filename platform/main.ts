/**
 * The service entry point (`npm start`, `aico start`): loads configuration, sets up
 * logging, starts the node with the demo supervision tree, and runs until SIGTERM/SIGINT
 * (graceful shutdown, exit 0) or until the root supervisor gives up (exit 1, so the
 * service manager restarts it).
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect } from "effect"
import { demoMessages, demoTree } from "../actors/demo/tree.js"
import { AppConfig } from "../config/AppConfig.js"
import { ConfigError } from "../config/ConfigError.js"
import * as Logging from "./logging/Logging.js"
import { startNode } from "./node/startNode.js"

const main = Effect.gen(function* () {
  const config = yield* AppConfig
  const { system, introspectionUrl } = yield* startNode(
    config,
    demoMessages,
    demoTree(config.node.id),
  )
  yield* Effect.logInfo(`AICO node ${system.nodeId} ready`).pipe(
    Effect.annotateLogs({
      bus: system.endpoint,
      introspection: introspectionUrl ?? "off",
      dataDir: config.node.dataDir,
    }),
  )
  // Machines and scripts wait for this line.
  yield* Console.log(
    `ready node=${system.nodeId} bus=${system.endpoint} introspection=${introspectionUrl ?? "off"}`,
  )
  return yield* system.failure
})

const program = main.pipe(
  Effect.scoped,
  Effect.provide(Logging.fromAppConfig),
  Effect.provide(AppConfig.layer),
  // A configuration mistake is the user's to fix: say exactly what, without a stack trace.
  Effect.catchIf(
    (error): error is ConfigError => error instanceof ConfigError,
    (error) =>
      Console.error(error.message).pipe(Effect.zipRight(Effect.sync(() => process.exit(78)))),
  ),
)

NodeRuntime.runMain(program, { disablePrettyLogger: true })
