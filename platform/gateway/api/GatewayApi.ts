/**
 * The gateway's HTTP API, as one typed definition: the server implements it
 * (`platform/gateway/http/`), `GET /openapi.json` describes it, and clients (the `aico` CLI)
 * derive a typed client from it with `HttpApiClient.make(GatewayApi, { baseUrl })`.
 *
 * Every route but `/health`, `/openapi.json`, `POST /auth/login` and `POST /auth/refresh`
 * needs an access token. The WebSocket at `/ws` is listed for the record: its handshake is
 * served beside the API (see `platform/gateway/socket/`), a plain GET gets 426.
 */
import { HttpApi, HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { ActorDetail, ActorInfo, Health } from "../../../schemas/Introspection.js"
import { ActorAddressParam } from "../../introspection/ActorAddressParam.js"
import {
  Forbidden,
  NotFound,
  ServiceUnavailable,
  TooManyAttempts,
  Unauthorized,
  Unprocessable,
  UpgradeRequired,
} from "./ApiErrors.js"
import { Authentication } from "./Authentication.js"
import {
  DeviceCredential,
  LoginRequest,
  NewDevice,
  RefreshRequest,
  TokenPair,
} from "./AuthSchemas.js"
import {
  ConversationPath,
  ConversationsQuery,
  ConversationView,
  DeadLetterPath,
  DeadLetterView,
  MemorySearchRequest,
  MemorySearchResults,
  MessagesQuery,
  MessageView,
  ReplayResult,
  RestartResult,
  SocketQuery,
} from "./ResourceSchemas.js"

/** The content type of `GET /metrics`: Prometheus' text exposition format 0.0.4. */
export const prometheusContentType = "text/plain; version=0.0.4; charset=utf-8"

const ActorPath = Schema.Struct({ address: ActorAddressParam })

export class HealthGroup extends HttpApiGroup.make("health").add(
  HttpApiEndpoint.get("health", "/health").addSuccess(Health),
) {}

export class AuthGroup extends HttpApiGroup.make("auth")
  .add(
    HttpApiEndpoint.post("login", "/auth/login")
      .setPayload(LoginRequest)
      .addSuccess(TokenPair)
      .addError(Unauthorized)
      .addError(TooManyAttempts)
      .addError(ServiceUnavailable),
  )
  .add(
    HttpApiEndpoint.post("refresh", "/auth/refresh")
      .setPayload(RefreshRequest)
      .addSuccess(TokenPair)
      .addError(Unauthorized)
      .addError(ServiceUnavailable),
  )
  .add(
    HttpApiEndpoint.post("createDevice", "/auth/devices")
      .setPayload(NewDevice)
      .addSuccess(DeviceCredential, { status: 201 })
      .addError(Forbidden)
      .addError(ServiceUnavailable)
      .middleware(Authentication),
  ) {}

export class ConversationsGroup extends HttpApiGroup.make("conversations")
  .add(
    HttpApiEndpoint.get("list", "/conversations")
      .setUrlParams(ConversationsQuery)
      .addSuccess(Schema.Array(ConversationView)),
  )
  .add(
    HttpApiEndpoint.get("messages", "/conversations/:id/messages")
      .setPath(ConversationPath)
      .setUrlParams(MessagesQuery)
      .addSuccess(Schema.Array(MessageView))
      .addError(NotFound),
  )
  .addError(ServiceUnavailable)
  .middleware(Authentication) {}

export class MemoryGroup extends HttpApiGroup.make("memory")
  .add(
    HttpApiEndpoint.post("search", "/memory/search")
      .setPayload(MemorySearchRequest)
      .addSuccess(MemorySearchResults)
      .addError(Unprocessable),
  )
  .addError(ServiceUnavailable)
  .middleware(Authentication) {}

export class ActorsGroup extends HttpApiGroup.make("actors")
  .add(HttpApiEndpoint.get("list", "/actors").addSuccess(Schema.Array(ActorInfo)))
  .add(
    HttpApiEndpoint.get("get", "/actors/:address")
      .setPath(ActorPath)
      .addSuccess(ActorDetail)
      .addError(NotFound),
  )
  .add(
    HttpApiEndpoint.post("restart", "/actors/:address/restart")
      .setPath(ActorPath)
      .addSuccess(RestartResult)
      .addError(NotFound)
      .addError(ServiceUnavailable),
  )
  .addError(Forbidden)
  .middleware(Authentication) {}

export class DeadLettersGroup extends HttpApiGroup.make("deadLetters")
  .add(HttpApiEndpoint.get("list", "/dead-letters").addSuccess(Schema.Array(DeadLetterView)))
  .add(
    HttpApiEndpoint.post("replay", "/dead-letters/:id/replay")
      .setPath(DeadLetterPath)
      .addSuccess(ReplayResult)
      .addError(NotFound)
      .addError(ServiceUnavailable),
  )
  .addError(Forbidden)
  .middleware(Authentication) {}

export class MetricsGroup extends HttpApiGroup.make("metrics")
  .add(
    HttpApiEndpoint.get("metrics", "/metrics").addSuccess(
      HttpApiSchema.Text({ contentType: prometheusContentType }),
    ),
  )
  .addError(Forbidden)
  .middleware(Authentication) {}

export class SocketGroup extends HttpApiGroup.make("socket")
  .add(
    HttpApiEndpoint.get("connect", "/ws")
      .setUrlParams(SocketQuery)
      .addSuccess(HttpApiSchema.Empty(101))
      .addError(UpgradeRequired)
      .annotate(
        OpenApi.Description,
        "WebSocket (JSON frames with a `type`): authenticate with `Authorization: Bearer` or " +
          "`?token=`; resume a session with `?resume=<token>&after=<last seq>`.",
      ),
  )
  .middleware(Authentication) {}

export class GatewayApi extends HttpApi.make("aico-gateway")
  .add(HealthGroup)
  .add(AuthGroup)
  .add(ConversationsGroup)
  .add(MemoryGroup)
  .add(ActorsGroup)
  .add(DeadLettersGroup)
  .add(MetricsGroup)
  .add(SocketGroup)
  .annotateContext(
    OpenApi.annotations({
      title: "AICO gateway",
      version: "1",
      description:
        "The client gateway of an AICO node: authentication, conversations, memory, actors.",
    }),
  ) {}
