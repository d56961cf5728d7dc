/**
 * `POST /memory/search`: asked of the memory actor on this node (`memory@<node>`), as any
 * actor would, in the client's user's name.
 */
import { HttpApiBuilder } from "@effect/platform"
import { Effect, Schema } from "effect"
import { MemoryFailed, MemoryResults, SearchMemory } from "../../../actors/memory/messages.js"
import { ServiceUnavailable, Unprocessable } from "../api/ApiErrors.js"
import { CurrentClient } from "../api/Authentication.js"
import { GatewayApi } from "../api/GatewayApi.js"
import { GatewayNode } from "../GatewayNode.js"

const decodeResults = Schema.decodeUnknown(MemoryResults.schema)
const decodeFailure = Schema.decodeUnknown(MemoryFailed.schema)

const unexpected = (what: string) =>
  new ServiceUnavailable({ message: `the memory actor answered ${what}` })

export const memory = HttpApiBuilder.group(GatewayApi, "memory", (handlers) =>
  handlers.handle("search", ({ payload }) =>
    Effect.gen(function* () {
      const node = yield* GatewayNode
      const client = yield* CurrentClient
      const answer = yield* node
        .ask(
          `memory@${node.nodeId}`,
          SearchMemory.make({ query: payload.query, userId: client.userId, limit: payload.limit }),
        )
        .pipe(
          Effect.mapError(
            (error) =>
              new ServiceUnavailable({ message: `memory search failed: ${error.message}` }),
          ),
        )
      if (answer.type === MemoryResults.type) {
        return yield* decodeResults(answer.payload).pipe(
          Effect.mapError(() => unexpected("results that do not decode")),
        )
      }
      if (answer.type === MemoryFailed.type) {
        const failure = yield* decodeFailure(answer.payload).pipe(
          Effect.mapError(() => unexpected("a failure that does not decode")),
        )
        return yield* failure.code === "too_large" || failure.code === "invalid"
          ? Effect.fail(new Unprocessable({ message: failure.reason }))
          : Effect.fail(new ServiceUnavailable({ message: failure.reason }))
      }
      return yield* unexpected(`"${answer.type}"`)
    }),
  ),
)
