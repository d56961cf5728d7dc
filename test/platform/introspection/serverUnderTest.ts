/**
 * Starts the introspection server on a free port over the XState-backed model, with a small
 * seeded tree: supervisor `root@main` over actors `pinger@main` and `counter@main`.
 */
import { Context, Effect, Layer } from "effect"
import type { Scope } from "effect"
import { assign, setup } from "xstate"
import * as IntrospectionServer from "../../../platform/introspection/IntrospectionServer.js"
import * as XStateIntrospection from "../../support/xstateIntrospection.js"

/** Counts pings; carries an input-sized `pad` so snapshots can be made as large as a test needs. */
export const pinger = setup({
  types: {
    context: {} as { readonly pings: number; readonly pad: string },
    events: {} as { readonly type: "PING" } | { readonly type: "RESET" },
    input: {} as { readonly pad?: string } | undefined,
  },
  actions: {
    countPing: assign({ pings: ({ context }) => context.pings + 1 }),
    reset: assign({ pings: 0 }),
  },
}).createMachine({
  id: "pinger",
  initial: "idle",
  context: ({ input }) => ({ pings: 0, pad: input?.pad ?? "" }),
  states: {
    idle: { on: { PING: { target: "active", actions: "countPing" } } },
    active: { on: { PING: { actions: "countPing" }, RESET: { target: "idle", actions: "reset" } } },
  },
})

export const counter = setup({
  types: { context: {} as { readonly count: number }, events: {} as { readonly type: "INC" } },
  actions: { increment: assign({ count: ({ context }) => context.count + 1 }) },
}).createMachine({
  id: "counter",
  context: { count: 0 },
  initial: "counting",
  states: { counting: { on: { INC: { actions: "increment" } } } },
})

export const seededAddresses = ["root@main", "pinger@main", "counter@main"] as const

export interface ServerUnderTest {
  readonly server: IntrospectionServer.Service
  readonly model: XStateIntrospection.XStateIntrospection
  readonly wsUrl: string
}

/** Runs for the enclosing scope; closing it releases the server (and the model). */
export const start = (
  options: Partial<IntrospectionServer.Options> & { readonly pad?: string } = {},
): Effect.Effect<ServerUnderTest, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const { pad, ...serverOptions } = options
    const context = yield* Layer.build(
      IntrospectionServer.layer({ port: 0, ...serverOptions }).pipe(
        Layer.provideMerge(XStateIntrospection.layer),
      ),
    )
    const server = Context.get(context, IntrospectionServer.IntrospectionServer)
    const model = Context.get(context, XStateIntrospection.XStateModel)
    yield* model.supervisor("root@main")
    yield* model.spawn("pinger@main", pinger, { parent: "root@main", input: { pad: pad ?? "" } })
    yield* model.spawn("counter@main", counter, { parent: "root@main" })
    return { server, model, wsUrl: `${server.url.replace(/^http/, "ws")}/inspect` }
  })
