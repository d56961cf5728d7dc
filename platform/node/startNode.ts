/**
 * Starts this process's node from configuration: the actor system with the given tree,
 * and the introspection endpoint over it. Everything is scoped: closing the scope is
 * the graceful shutdown, in reverse order of start.
 */
import { Context, Effect, Layer } from "effect"
import type { Config } from "../../schemas/Config.js"
import type { AnyMessageDefinition } from "../../runtime/message/MessageDefinition.js"
import { Introspection } from "../../runtime/introspection/Introspection.js"
import * as ActorSystem from "../../runtime/system/ActorSystem.js"
import type { SnapshotStore } from "../../runtime/snapshot/SnapshotStore.js"
import type { TreeSpec } from "../../runtime/system/TreeSpec.js"
import type { CurveOptions } from "../../runtime/transport/ZmqTransport.js"
import * as IntrospectionServer from "../introspection/IntrospectionServer.js"

export interface RunningNode {
  readonly system: ActorSystem.ActorSystem
  /** The introspection endpoint's base URL, when enabled. */
  readonly introspectionUrl: string | undefined
}

export const startNode = <R>(
  config: Config,
  messages: ReadonlyArray<AnyMessageDefinition>,
  root: TreeSpec<R>,
  options: { readonly snapshots?: SnapshotStore; readonly curve?: CurveOptions } = {},
) =>
  Effect.gen(function* () {
    const system = yield* ActorSystem.make({
      nodeId: config.node.id,
      dataDir: config.node.dataDir,
      ...(config.bus.endpoint === "" ? {} : { endpoint: config.bus.endpoint }),
      peers: config.bus.peers,
      messages,
      root,
      mailboxCapacity: config.bus.mailboxCapacity,
      askTimeoutMs: config.bus.askTimeoutMs,
      durable: config.bus.durable,
      supervision: config.supervision,
      shutdown: config.shutdown,
      ...(options.snapshots === undefined ? {} : { snapshots: options.snapshots }),
      ...(options.curve === undefined ? {} : { curve: options.curve }),
    })
    let introspectionUrl: string | undefined
    if (config.introspection.enabled) {
      const context = yield* Layer.build(
        IntrospectionServer.layer({
          host: config.introspection.host,
          port: config.introspection.port,
        }).pipe(Layer.provide(Layer.succeed(Introspection, system.introspection))),
      )
      introspectionUrl = Context.get(context, IntrospectionServer.IntrospectionServer).url
    }
    return { system, introspectionUrl } satisfies RunningNode
  })
