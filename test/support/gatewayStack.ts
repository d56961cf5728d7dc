/**
 * A node with the client gateway for tests: real PostgreSQL (a fresh database on the
 * external server), a master password set up (at Argon2id's floor costs) in a temp data
 * directory, an actor system over real ZeroMQ (inproc) whose tree holds the `gateway`
 * actor beside the actors a test gives, and the gateway server on a free port.
 */
import { Context, Effect, Layer, Logger, LogLevel, Redacted, Schema } from "effect"
import type { Scope } from "effect"
import { randomUUID } from "node:crypto"
import { conversationMessages, noticeTopic } from "../../actors/conversation/messages.js"
import { initiativeMessages } from "../../actors/initiative/messages.js"
import { gatewayTree } from "../../actors/gateway/gateway.machine.js"
import * as ConversationRepository from "../../platform/database/repositories/ConversationRepository.js"
import * as DeviceRepository from "../../platform/database/repositories/DeviceRepository.js"
import * as MessageRepository from "../../platform/database/repositories/MessageRepository.js"
import * as UserRepository from "../../platform/database/repositories/UserRepository.js"
import * as Gateway from "../../platform/gateway/Gateway.js"
import * as GatewayNode from "../../platform/gateway/GatewayNode.js"
import * as GatewayServer from "../../platform/gateway/GatewayServer.js"
import type { GatewaySessions } from "../../platform/gateway/GatewaySessions.js"
import { operatorToken } from "../../platform/gateway/auth/tokens.js"
import * as SessionHub from "../../platform/gateway/socket/SessionHub.js"
import { minimumMemoryCostKiB, minimumTimeCost } from "../../platform/security/KdfParams.js"
import { make as makeMasterPassword } from "../../platform/security/masterKeyFile.js"
import type { MasterKey } from "../../platform/security/MasterKey.js"
import { recordFile } from "../../platform/security/MasterPassword.js"
import type { AnyMessageDefinition } from "../../runtime/message/MessageDefinition.js"
import * as ActorSystem from "../../runtime/system/ActorSystem.js"
import { supervisor, type TreeSpec } from "../../runtime/system/TreeSpec.js"
import { GatewayConfig } from "../../schemas/Config.js"
import { stores } from "./databaseLayer.js"
import { tempDir } from "./nodes.js"
import { externalOptions } from "./postgres.js"

export const nodeId = "n"
export const password = "correct horse battery staple"
/** The sender tests publish notices as. */
export const noticeSender = `test@${nodeId}`

type GatewaySettings = typeof GatewayConfig.Type

export interface GatewayStackOptions<R> {
  /** Actors beside the gateway (the conversation engine or its stand-in, memory…). */
  readonly actors?: ReadonlyArray<TreeSpec<R>>
  readonly messages?: ReadonlyArray<AnyMessageDefinition>
  /** Services those actors need (`Context.empty()` for none). */
  readonly services: Context.Context<R>
  /** Gateway settings over the defaults (port 0 always). */
  readonly gateway?: Partial<Omit<GatewaySettings, "port" | "host" | "tls" | "enabled">>
  /** PEM files to serve HTTPS/WSS with. */
  readonly tls?: GatewaySettings["tls"]
}

export type StackServices =
  | ConversationRepository.ConversationRepository
  | MessageRepository.MessageRepository
  | UserRepository.UserRepository
  | DeviceRepository.DeviceRepository

export interface GatewayStack {
  readonly server: GatewayServer.Service
  readonly system: ActorSystem.ActorSystem
  readonly masterKey: MasterKey
  /** A full-scope token as the operator CLI mints it. */
  readonly operatorToken: string
  readonly settings: GatewaySettings
  /** Runs an effect against the stack's database (repositories). */
  readonly run: <A, E>(effect: Effect.Effect<A, E, StackServices>) => Effect.Effect<A, E>
}

// Tests crash and refuse on purpose; logs stay quiet unless AICO_TEST_LOG=debug|info|warning.
const testLogLevel =
  { debug: LogLevel.Debug, info: LogLevel.Info, warning: LogLevel.Warning }[
    process.env["AICO_TEST_LOG"] ?? ""
  ] ?? LogLevel.None

export const gatewayStack = <R = never>(
  options: GatewayStackOptions<R>,
): Effect.Effect<GatewayStack, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const dataDir = yield* tempDir("aico-gateway-")
    const settings: GatewaySettings = {
      ...Schema.decodeUnknownSync(GatewayConfig)({}),
      ...options.gateway,
      ...(options.tls === undefined ? {} : { tls: options.tls }),
      port: 0,
    }
    const masterKey = yield* makeMasterPassword({
      file: recordFile(dataDir),
      costs: { memoryCostKiB: minimumMemoryCostKiB, timeCost: minimumTimeCost, parallelism: 1 },
    }).setup(Redacted.make(password))

    const database = yield* Layer.build(
      Layer.mergeAll(
        ConversationRepository.layer,
        MessageRepository.layer,
        UserRepository.layer,
        DeviceRepository.layer,
      ).pipe(Layer.provideMerge(stores(externalOptions))),
    )
    const hub = yield* Layer.build(
      SessionHub.layer({ resumeFrames: settings.resumeFrames, resumeTtlMs: settings.resumeTtlMs }),
    )
    const system = yield* ActorSystem.make({
      nodeId,
      dataDir,
      endpoint: `inproc://gateway-${randomUUID()}`,
      messages: [...conversationMessages, ...initiativeMessages, ...(options.messages ?? [])],
      root: supervisor<R | GatewaySessions>("root", { strategy: "one-for-one" }, [
        gatewayTree(),
        ...(options.actors ?? []),
      ]),
      grants: { [noticeSender]: { publish: [noticeTopic] } },
      shutdown: { drainTimeoutMs: 2000, childTimeoutMs: 1000 },
    }).pipe(Effect.provide(Context.merge(hub, options.services)))

    const gateway = yield* Layer.build(
      GatewayServer.layer({ ...Gateway.serverOptions(settings), host: "127.0.0.1" }).pipe(
        Layer.provide(
          Gateway.authLayer({
            masterKey,
            loginAttemptsPerMinute: settings.loginAttemptsPerMinute,
            masterPassword: { file: recordFile(dataDir) },
          }),
        ),
        Layer.provide(Layer.succeed(GatewayNode.GatewayNode, GatewayNode.fromSystem(system))),
        Layer.provide(Layer.succeedContext(Context.merge(database, hub))),
      ),
    )
    return {
      server: Context.get(gateway, GatewayServer.GatewayServer),
      system,
      masterKey,
      operatorToken: operatorToken(masterKey),
      settings,
      run: (effect) => Effect.provide(effect, database),
    } satisfies GatewayStack
  }).pipe(Logger.withMinimumLogLevel(testLogLevel))
