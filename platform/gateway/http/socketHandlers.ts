/** `GET /ws` without a WebSocket handshake (the handshake never reaches the HTTP API). */
import { HttpApiBuilder } from "@effect/platform"
import { Effect } from "effect"
import { UpgradeRequired } from "../api/ApiErrors.js"
import { GatewayApi } from "../api/GatewayApi.js"

export const socket = HttpApiBuilder.group(GatewayApi, "socket", (handlers) =>
  handlers.handle("connect", () =>
    Effect.fail(
      new UpgradeRequired({
        message: "/ws speaks WebSocket: connect with a WebSocket client",
      }),
    ),
  ),
)
