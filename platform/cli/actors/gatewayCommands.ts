/**
 * `aico actors restart <address>` and `aico actors dead-letters [replay <id>]`: steering the
 * actor system through the gateway's operator routes.
 */
import { Args, Command } from "@effect/cli"
import { Console, Data, Effect } from "effect"
import { json, printJson } from "../options.js"
import { stdoutStyle } from "../output/ansi.js"
import { table } from "../output/table.js"
import { gatewayClient, gatewayMessage } from "./gatewayClient.js"

/** The gateway refused or failed the request; its message says why. */
export class GatewayRefused extends Data.TaggedError("GatewayRefused")<{
  readonly reason: string
}> {
  override get message() {
    return this.reason
  }
}

const refused = (error: unknown) => new GatewayRefused({ reason: gatewayMessage(error) })

const address = Args.text({ name: "address" }).pipe(
  Args.withDescription("the actor's address, e.g. memory@main"),
)

export const restart = Command.make("restart", { address, json }, ({ address, json: asJson }) =>
  Effect.gen(function* () {
    const client = yield* gatewayClient
    const result = yield* client.actors
      .restart({ path: { address } })
      .pipe(Effect.mapError(refused))
    yield* Console.log(
      asJson
        ? printJson(result)
        : `restarted ${result.address} (${result.restarts} restart${result.restarts === 1 ? "" : "s"} so far)`,
    )
  }),
).pipe(
  Command.withDescription("restart an actor through its supervisor; it resumes from its snapshot"),
)

const id = Args.text({ name: "id" }).pipe(Args.withDescription("the dead letter's id"))

const replay = Command.make("replay", { id, json }, ({ id, json: asJson }) =>
  Effect.gen(function* () {
    const client = yield* gatewayClient
    const result = yield* client.deadLetters.replay({ path: { id } }).pipe(Effect.mapError(refused))
    yield* Console.log(
      asJson
        ? printJson(result)
        : result.replayed
          ? `replayed ${result.id}`
          : `${result.id} was not replayed`,
    )
  }),
).pipe(Command.withDescription("deliver a dead letter to its actor again"))

export const deadLetters = Command.make("dead-letters", { json }, ({ json: asJson }) =>
  Effect.gen(function* () {
    const client = yield* gatewayClient
    const letters = yield* client.deadLetters.list().pipe(Effect.mapError(refused))
    if (asJson) return yield* Console.log(printJson(letters))
    if (letters.length === 0) return yield* Console.log("no dead letters")
    yield* Console.log(
      table(
        letters,
        [
          { header: "ID", cell: (l) => l.id },
          { header: "AT", cell: (l) => new Date(l.at).toISOString() },
          { header: "RECIPIENT", cell: (l) => l.recipient },
          { header: "TYPE", cell: (l) => l.type },
          { header: "ATTEMPTS", cell: (l) => String(l.attempts), right: true },
          { header: "REASON", cell: (l) => l.reason },
        ],
        stdoutStyle(),
      ),
    )
  }),
).pipe(
  Command.withDescription(
    "messages that kept crashing their actor; `replay <id>` delivers one again",
  ),
  Command.withSubcommands([replay]),
)
