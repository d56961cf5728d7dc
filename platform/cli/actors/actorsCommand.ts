/**
 * `aico actors ls | inspect <address>`: the running node's actor tree, read from its
 * introspection endpoint (`GET /actors`, `/actors/:address`); `restart` and `dead-letters`
 * go through the gateway (gatewayCommands.ts).
 */
import { Args, Command } from "@effect/cli"
import { Console, Data, Effect, Schema } from "effect"
import { load } from "../../../config/load.js"
import { ActorDetail, ActorInfo } from "../../../schemas/Introspection.js"
import { getJson } from "../http/getJson.js"
import { runningService } from "../lifecycle/runningService.js"
import { json, printJson } from "../options.js"
import { stdoutStyle } from "../output/ansi.js"
import { actorDetail, actorTable } from "./actorViews.js"
import { deadLetters, restart } from "./gatewayCommands.js"

export class IntrospectionOff extends Data.TaggedError("IntrospectionOff") {
  override get message() {
    return "the running service has no introspection endpoint (introspection.enabled is false)"
  }
}

/** The running service's introspection URL. */
const introspectionUrl = Effect.gen(function* () {
  const service = yield* runningService(yield* load())
  if (service.introspection === null) return yield* new IntrospectionOff()
  return service.introspection
})

const ls = Command.make("ls", { json }, ({ json: asJson }) =>
  Effect.gen(function* () {
    const actors = yield* getJson(`${yield* introspectionUrl}/actors`, Schema.Array(ActorInfo))
    yield* Console.log(
      asJson
        ? printJson(Schema.encodeSync(Schema.Array(ActorInfo))(actors))
        : actorTable(actors, stdoutStyle()),
    )
  }),
).pipe(Command.withDescription("the actor tree: status, state, mailbox, restarts"))

const address = Args.text({ name: "address" }).pipe(
  Args.withDescription("the actor's address, e.g. memory@main"),
)

const inspect = Command.make("inspect", { address, json }, ({ address, json: asJson }) =>
  Effect.gen(function* () {
    const url = `${yield* introspectionUrl}/actors/${encodeURIComponent(address)}`
    const actor = yield* getJson(url, ActorDetail)
    yield* Console.log(
      asJson ? printJson(Schema.encodeSync(ActorDetail)(actor)) : actorDetail(actor, stdoutStyle()),
    )
  }),
).pipe(Command.withDescription("one actor: its state, context, mailbox and children"))

export const actorsCommand = Command.make("actors").pipe(
  Command.withDescription("the running node's actors"),
  Command.withSubcommands([ls, inspect, restart, deadLetters]),
)
