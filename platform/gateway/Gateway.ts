/**
 * The gateway as a node's entry point wires it: the server and its authentication from
 * configuration and the master key. Needs the node's session hub (`SessionHub.layer`,
 * built before the node so the `gateway` actor can start), the node itself
 * (`GatewayNode.fromSystem`), the database (`SqlClient`) and the conversation and message
 * repositories.
 */
import { Layer } from "effect"
import type { Config } from "../../schemas/Config.js"
import type * as SecretKey from "../crypto/SecretKey.js"
import * as DeviceRepository from "../database/repositories/DeviceRepository.js"
import * as MasterPassword from "../security/MasterPassword.js"
import * as GatewayAuth from "./auth/GatewayAuth.js"
import { tokensKey } from "./auth/tokens.js"
import * as GatewayServer from "./GatewayServer.js"
import * as SessionHub from "./socket/SessionHub.js"

/** The session hub from configuration. */
export const hubFromConfig = (config: Config) =>
  SessionHub.layer({
    resumeFrames: config.gateway.resumeFrames,
    resumeTtlMs: config.gateway.resumeTtlMs,
  })

/** The server's options from the `gateway` section of the configuration. */
export const serverOptions = (gateway: Config["gateway"]): GatewayServer.Options => ({
  host: gateway.host,
  port: gateway.port,
  tls: gateway.tls,
  maxFrameBytes: gateway.maxFrameBytes,
  sendBufferFrames: gateway.sendBufferFrames,
  rateLimit: gateway.rateLimit,
})

/** Authentication over the devices table and the master-password record of `dataDir`. */
export const authLayer = (options: {
  readonly masterKey: SecretKey.SecretKey
  readonly loginAttemptsPerMinute: number
  readonly masterPassword: MasterPassword.MasterPassword.Options
}) =>
  GatewayAuth.layer({
    tokensKey: tokensKey(options.masterKey),
    loginAttemptsPerMinute: options.loginAttemptsPerMinute,
  }).pipe(
    Layer.provide(DeviceRepository.layer),
    Layer.provide(MasterPassword.layer(options.masterPassword)),
  )

/** The gateway server as configured, for the lifetime of the layer. */
export const fromConfig = (config: Config, masterKey: SecretKey.SecretKey) =>
  GatewayServer.layer(serverOptions(config.gateway)).pipe(
    Layer.provide(
      authLayer({
        masterKey,
        loginAttemptsPerMinute: config.gateway.loginAttemptsPerMinute,
        masterPassword: { file: MasterPassword.recordFile(config.node.dataDir) },
      }),
    ),
  )
