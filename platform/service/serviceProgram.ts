/**
 * The AICO service, as `npm start` and `aico start` run it: loads configuration, sets up
 * logging, claims the data directory (pid file), starts the stores (PostgreSQL, working
 * memory, Chroma, the embedder) and the services beside them (language model, classifier),
 * then the node with the companion's supervision tree, then the client gateway, and runs
 * until SIGTERM/SIGINT (graceful shutdown in reverse order, exit 0) or until the root
 * supervisor gives up (exit 1, so the service manager restarts it).
 */
import { Console, Context, Effect, Layer } from "effect"
import { companionMessages, companionTree } from "../../actors/companionTree.js"
import { AppConfig } from "../../config/AppConfig.js"
import { ConfigError } from "../../config/ConfigError.js"
import * as DataLayer from "../data/DataLayer.js"
import { Database } from "../database/Database.js"
import * as PgSnapshotStore from "../database/repositories/PgSnapshotStore.js"
import * as TransformersTextAnalysis from "../analysis/TransformersTextAnalysis.js"
import * as Gateway from "../gateway/Gateway.js"
import * as GatewayNode from "../gateway/GatewayNode.js"
import * as GatewayServer from "../gateway/GatewayServer.js"
import * as LanguageModelLayer from "../llm/LanguageModelLayer.js"
import { purposeKeys } from "../crypto/hkdf.js"
import * as Logging from "../logging/Logging.js"
import * as MindLayer from "../mind/MindLayer.js"
import { busCurve } from "../node/busCurve.js"
import { startNode } from "../node/startNode.js"
import type { MasterKey } from "../security/MasterKey.js"
import { startupKey } from "../security/startupKey.js"
import type { Config } from "../../schemas/Config.js"
import * as ServiceFiles from "./ServiceFiles.js"
import { ServiceRecord } from "./ServiceRecord.js"

/** The line machines and scripts (and `aico start --detach`) wait for. */
export const readyLine = (record: ServiceRecord, curve: boolean): string =>
  `ready node=${record.node} bus=${record.bus} curve=${curve ? "on" : "off"} ` +
  `introspection=${record.introspection ?? "off"}` +
  (record.gateway === null ? "" : ` gateway=${record.gateway}`)

/** Where the service gets its master key from. */
export type KeySource<E> = (config: Config) => Effect.Effect<MasterKey, E>

/**
 * The service itself; it needs the configuration and a scope, and returns only on failure.
 * The master key comes from where `aico security setup`/`unlock` kept it, unless `keySource`
 * says otherwise (the password on a file descriptor); without one the service does not
 * start (it could not read its own stores).
 */
export const serviceWith = <E>(keySource: KeySource<E>) =>
  Effect.gen(function* () {
    const config = yield* AppConfig
    const startedAt = Date.now()
    yield* ServiceFiles.claim(config.node.dataDir)
    const masterKey = yield* keySource(config)
    // The log file is sealed with the files key: what was logged until now is written now.
    yield* Effect.flatMap(Logging.LogFile, (file) => file.unlock(purposeKeys(masterKey).files))
    yield* Effect.logInfo("starting the stores")
    // Built in this scope: the stores stop after the node, which needs them to drain.
    const stores = yield* Layer.build(DataLayer.fromConfig(config, masterKey))
    const database = Context.get(stores, Database)
    yield* Effect.logInfo(`database: ${database.target}`)
    const snapshots = yield* PgSnapshotStore.make.pipe(Effect.provide(stores))
    const curve = yield* busCurve(config, masterKey)
    // What the actors use beside the stores: the language model (its process starts on first
    // use), the classifier, the mind's repositories, and the gateway's session hub.
    const services = yield* Layer.build(
      Layer.mergeAll(
        LanguageModelLayer.layerFromConfig(config),
        TransformersTextAnalysis.layerOrUnavailable(config),
        MindLayer.layer,
        Gateway.hubFromConfig(config),
      ).pipe(Layer.provide(Layer.succeedContext(stores))),
    )
    const context = Context.merge(stores, services)
    const { system, introspectionUrl } = yield* startNode(
      config,
      companionMessages,
      companionTree(config, {
        isBusy: MindLayer.loadAbove(config.mind.consolidation.maxLoadPerCore),
      }),
      curve === undefined ? { snapshots } : { snapshots, curve },
    ).pipe(Effect.provide(context))
    const gateway = config.gateway.enabled
      ? Context.get(
          yield* Layer.build(
            Gateway.fromConfig(config, masterKey).pipe(
              Layer.provide(Layer.succeed(GatewayNode.GatewayNode, GatewayNode.fromSystem(system))),
              Layer.provide(Layer.succeedContext(context)),
            ),
          ),
          GatewayServer.GatewayServer,
        )
      : undefined
    const record = new ServiceRecord({
      pid: process.pid,
      startedAt,
      node: system.nodeId,
      bus: system.endpoint,
      introspection: introspectionUrl ?? null,
      gateway: gateway?.url ?? null,
    })
    yield* ServiceFiles.announce(config.node.dataDir, record)
    yield* Effect.logInfo(`AICO node ${system.nodeId} ready`).pipe(
      Effect.annotateLogs({
        bus: system.endpoint,
        introspection: introspectionUrl ?? "off",
        dataDir: config.node.dataDir,
      }),
    )
    yield* Console.log(readyLine(record, curve !== undefined))
    return yield* system.failure
  })

/** The exit codes of a service that stopped on its own (see the CLI's help). */
export const exitCodes = { failed: 1, config: 78 } as const

/** The service with its kept master key. */
export const service = serviceWith(startupKey)

/** `serviceWith(keySource)` with configuration, logging and exit codes. */
export const programWith = <E>(keySource: KeySource<E>) =>
  serviceWith(keySource).pipe(
    Effect.scoped,
    Effect.provide(Logging.fromAppConfig),
    Effect.provide(AppConfig.layer),
    // A configuration mistake is the user's to fix: say exactly what, without a stack trace.
    Effect.catchIf(
      (error): error is ConfigError => error instanceof ConfigError,
      (error) =>
        Console.error(error.message).pipe(
          Effect.zipRight(Effect.sync(() => process.exit(exitCodes.config))),
        ),
    ),
    // A store that cannot start (no Chroma installed, a database out of reach, a damaged
    // file) names itself in its error: say that, and exit 1 for the service manager.
    Effect.catchAll((error) =>
      Console.error(`AICO stopped: ${error instanceof Error ? error.message : String(error)}`).pipe(
        Effect.zipRight(Effect.sync(() => process.exit(exitCodes.failed))),
      ),
    ),
  )

/** What the entry points run: the service with its kept master key. */
export const program = programWith(startupKey)
