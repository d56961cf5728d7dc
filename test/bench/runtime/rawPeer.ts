/**
 * The two ends of the raw zeromq.js baselines: a bench child holding a ROUTER bound on an
 * ipc endpoint (`boundRouter`, in the child), and a DEALER here connected to it
 * (`rawPeer`). Released with the scope.
 */
import { Effect } from "effect"
import * as zmq from "zeromq"
import { benchChild } from "../support/childProcess.js"
import { report, serve } from "../support/childSide.js"

export const rawPeer = (childModule: URL, endpoint: string) =>
  Effect.gen(function* () {
    const child = yield* benchChild(childModule, [endpoint])
    yield* Effect.promise(() => child.next("ready"))
    const dealer = yield* Effect.acquireRelease(
      Effect.sync(() => {
        const socket = new zmq.Dealer({ linger: 0 })
        socket.connect(endpoint)
        return socket
      }),
      (socket) => Effect.sync(() => socket.close()),
    )
    return { child, dealer }
  })

/** In the child: a ROUTER bound on the endpoint in argv, closed on "stop"; reports "ready". */
export const boundRouter = async (script: string): Promise<zmq.Router> => {
  const endpoint = process.argv[2]
  if (endpoint === undefined) throw new Error(`usage: ${script} <endpoint>`)
  const router = new zmq.Router({ linger: 0 })
  await router.bind(endpoint)
  serve({
    stop: () => {
      router.close()
      process.exit(0)
    },
  })
  report("ready")
  return router
}
