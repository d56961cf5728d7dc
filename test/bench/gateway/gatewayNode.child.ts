/**
 * Bench child: a node with the gateway (PostgreSQL, the gateway actor, the server on a free
 * port), so the clients' own memory is not counted in the node's RSS. The rate limit is
 * lifted: the bench measures the gateway, not its flood protection.
 */
import { Context, Effect, Exit, Fiber, Scope } from "effect"
import { gatewayStack } from "../../support/gatewayStack.js"
import { report, serve } from "../support/childSide.js"

const main = Effect.gen(function* () {
  const scope = yield* Scope.make()
  const stack = yield* gatewayStack({
    services: Context.empty(),
    gateway: { rateLimit: { perSecond: 1_000_000, burst: 1_000_000 } },
  }).pipe(Scope.extend(scope))
  const stopped = Effect.runFork(Effect.never)
  serve({
    rss: () => ({ rss: process.memoryUsage.rss() }),
    stop: async () => {
      await Effect.runPromise(Scope.close(scope, Exit.void))
      await Effect.runPromise(Fiber.interrupt(stopped))
      process.exit(0)
    },
  })
  report("ready", { wsUrl: stack.server.wsUrl, token: stack.operatorToken })
})

Effect.runPromise(main).catch((error: unknown) => {
  console.error("gateway bench child failed:", error)
  process.exit(1)
})
