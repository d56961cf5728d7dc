/**
 * The service entry point (`npm start`, `aico start`): loads configuration, sets up
 * logging, starts the stores (PostgreSQL, working memory, Chroma, the embedder), then the
 * node with the companion's supervision tree, and runs until SIGTERM/SIGINT (graceful
 * shutdown in reverse order, exit 0) or until the root supervisor gives up (exit 1, so the
 * service manager restarts it).
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Context, Effect, Layer } from "effect"
import { companionMessages, companionTree } from "../actors/companionTree.js"
import { AppConfig } from "../config/AppConfig.js"
import { ConfigError } from "../config/ConfigError.js"
import * as DataLayer from "./data/DataLayer.js"
import { Database } from "./database/Database.js"
import * as PgSnapshotStore from "./database/repositories/PgSnapshotStore.js"
import * as Logging from "./logging/Logging.js"
import { startupKey } from "./security/startupKey.js"
import { busCurve } from "./node/busCurve.js"
import { startNode } from "./node/startNode.js"

const main = Effect.gen(function* () {
  const config = yield* AppConfig
  // The master key comes from where `aico security setup`/`unlock` kept it; without one the
  // service does not start (it could not read its own stores).
  const masterKey = yield* startupKey(config)
  yield* Effect.logInfo("starting the stores")
  // Built in this scope: the stores stop after the node, which needs them to drain.
  const stores = yield* Layer.build(DataLayer.fromConfig(config, masterKey))
  const database = Context.get(stores, Database)
  yield* Effect.logInfo(`database: ${database.target}`)
  const snapshots = yield* PgSnapshotStore.make.pipe(Effect.provide(stores))
  const curve = yield* busCurve(config, masterKey)
  const { system, introspectionUrl } = yield* startNode(
    config,
    companionMessages,
    companionTree(config.node.id),
    curve === undefined ? { snapshots } : { snapshots, curve },
  ).pipe(Effect.provide(stores))
  yield* Effect.logInfo(`AICO node ${system.nodeId} ready`).pipe(
    Effect.annotateLogs({
      bus: system.endpoint,
      introspection: introspectionUrl ?? "off",
      dataDir: config.node.dataDir,
    }),
  )
  // Machines and scripts wait for this line.
  yield* Console.log(
    `ready node=${system.nodeId} bus=${system.endpoint} curve=${curve === undefined ? "off" : "on"} ` +
      `introspection=${introspectionUrl ?? "off"}`,
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
  // A store that cannot start (no Chroma installed, a database out of reach, a damaged
  // file) names itself in its error: say that, and exit 1 for the service manager.
  Effect.catchAll((error) =>
    Console.error(`AICO stopped: ${error instanceof Error ? error.message : String(error)}`).pipe(
      Effect.zipRight(Effect.sync(() => process.exit(1))),
    ),
  ),
)

NodeRuntime.runMain(program, { disablePrettyLogger: true })
