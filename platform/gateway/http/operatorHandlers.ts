/**
 * The operator's routes: the actor tree, restarts, dead letters and metrics. Each checks
 * the `operator` scope first.
 */
import { HttpApiBuilder } from "@effect/platform"
import { Duration, Effect } from "effect"
import { NotFound, ServiceUnavailable } from "../api/ApiErrors.js"
import { GatewayApi } from "../api/GatewayApi.js"
import { GatewayNode } from "../GatewayNode.js"
import * as GatewayMetrics from "../../metrics/GatewayMetrics.js"
import { requireScope } from "./requireScope.js"

/** How long a restart may take before the request gives up waiting (it still completes). */
const restartWait = Duration.seconds(30)

const noActor = (address: string) =>
  new NotFound({ resource: "actor", id: address, message: `no actor at address "${address}"` })

export const actors = HttpApiBuilder.group(GatewayApi, "actors", (handlers) =>
  handlers
    .handle("list", () =>
      requireScope("operator").pipe(
        Effect.zipRight(GatewayNode),
        Effect.flatMap((node) => node.introspection.tree),
      ),
    )
    .handle("get", ({ path }) =>
      requireScope("operator").pipe(
        Effect.zipRight(GatewayNode),
        Effect.flatMap((node) => node.introspection.actor(path.address)),
        Effect.catchTag("ActorNotFound", () => Effect.fail(noActor(path.address))),
      ),
    )
    .handle("restart", ({ path }) =>
      Effect.gen(function* () {
        yield* requireScope("operator")
        const node = yield* GatewayNode
        yield* node.restart(path.address).pipe(
          Effect.catchTag("ActorNotFound", () => Effect.fail(noActor(path.address))),
          Effect.timeoutFail({
            duration: restartWait,
            onTimeout: () =>
              new ServiceUnavailable({ message: `${path.address} is still restarting` }),
          }),
        )
        const detail = yield* node.introspection
          .actor(path.address)
          .pipe(Effect.catchTag("ActorNotFound", () => Effect.fail(noActor(path.address))))
        return { address: detail.address, restarts: detail.restarts }
      }),
    ),
)

export const deadLetters = HttpApiBuilder.group(GatewayApi, "deadLetters", (handlers) =>
  handlers
    .handle("list", () =>
      Effect.gen(function* () {
        yield* requireScope("operator")
        const node = yield* GatewayNode
        const letters = yield* node.deadLetters
        return letters.map((letter) => ({
          id: letter.id,
          recipient: letter.recipient,
          sender: letter.sender,
          type: letter.type,
          reason: letter.reason,
          attempts: letter.attempts,
          at: letter.at,
          bytes: letter.envelope.byteLength,
        }))
      }),
    )
    .handle("replay", ({ path }) =>
      Effect.gen(function* () {
        yield* requireScope("operator")
        const node = yield* GatewayNode
        const known = (yield* node.deadLetters).some((letter) => letter.id === path.id)
        if (!known) {
          return yield* new NotFound({
            resource: "dead letter",
            id: path.id,
            message: `no dead letter ${path.id}`,
          })
        }
        yield* node.replayDeadLetter(path.id).pipe(
          Effect.mapError(
            (error) =>
              new ServiceUnavailable({
                message: `replaying ${path.id} failed: ${error.message}`,
              }),
          ),
        )
        return { id: path.id, replayed: true }
      }),
    ),
)

export const metrics = (collect: Effect.Effect<void>) =>
  HttpApiBuilder.group(GatewayApi, "metrics", (handlers) =>
    handlers.handle("metrics", () =>
      requireScope("operator").pipe(Effect.zipRight(GatewayMetrics.scrape(collect))),
    ),
  )
