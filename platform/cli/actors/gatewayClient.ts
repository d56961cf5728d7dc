/**
 * The running service's gateway API as a typed client (derived from GatewayApi), with an
 * operator token minted from the master key this machine holds, as `aico backup` gets it.
 */
import { FetchHttpClient, HttpApiClient, HttpClient, HttpClientRequest } from "@effect/platform"
import { Data, Effect } from "effect"
import { load } from "../../../config/load.js"
import { GatewayApi } from "../../gateway/api/GatewayApi.js"
import { operatorToken } from "../../gateway/auth/tokens.js"
import { startupKey } from "../../security/startupKey.js"
import { runningService } from "../lifecycle/runningService.js"

export class GatewayOff extends Data.TaggedError("GatewayOff") {
  override get message() {
    return "the running service has no gateway (gateway.enabled is false)"
  }
}

/** A client of the running gateway, authenticated as the operator. */
export const gatewayClient = Effect.gen(function* () {
  const config = yield* load()
  const service = yield* runningService(config)
  if (service.gateway === null) return yield* new GatewayOff()
  const token = operatorToken(yield* startupKey(config))
  return yield* HttpApiClient.make(GatewayApi, {
    baseUrl: service.gateway,
    transformClient: HttpClient.mapRequest(HttpClientRequest.bearerToken(token)),
  })
}).pipe(Effect.provide(FetchHttpClient.layer))

/** What to print when the gateway answers with an error: its own message when it has one. */
export const gatewayMessage = (error: unknown): string =>
  typeof error === "object" && error !== null && typeof Reflect.get(error, "message") === "string"
    ? String(Reflect.get(error, "message"))
    : String(error)
