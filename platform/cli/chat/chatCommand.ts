/** `aico chat`: a terminal conversation with the running companion, over the gateway's WebSocket. */
import { Command } from "@effect/cli"
import { Effect } from "effect"
import { load } from "../../../config/load.js"
import { operatorToken } from "../../gateway/auth/tokens.js"
import { startupKey } from "../../security/startupKey.js"
import { GatewayOff } from "../actors/gatewayClient.js"
import { runningService } from "../lifecycle/runningService.js"
import { stdoutStyle } from "../output/ansi.js"
import { chatTerminal } from "./chatTerminal.js"

/** `http://host:port` → `ws://host:port/ws?token=…` (https → wss). */
export const socketUrl = (gateway: string, token: string): string => {
  const url = new URL("/ws", gateway)
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:"
  url.searchParams.set("token", token)
  return url.toString()
}

export const chatCommand = Command.make("chat", {}, () =>
  Effect.gen(function* () {
    const config = yield* load()
    const service = yield* runningService(config)
    if (service.gateway === null) return yield* new GatewayOff()
    // The CLI on the service's machine holds the master key, so it needs no login.
    const token = operatorToken(yield* startupKey(config))
    yield* chatTerminal({
      url: socketUrl(service.gateway, token),
      style: stdoutStyle(),
      input: process.stdin,
      output: process.stdout,
    })
  }),
).pipe(Command.withDescription("talk to AICO in the terminal: Ctrl-C stops a reply, Ctrl-D leaves"))
