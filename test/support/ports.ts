/** Ports for tests that need a tcp endpoint known before its node starts. */
import { Effect } from "effect"
import { createServer } from "node:net"

const handedOut = new Set<number>()

/** A free TCP port, never the same one twice in this process (the OS may offer it again). */
export const freePort: Effect.Effect<number> = Effect.promise(
  () =>
    new Promise<number>((resolve) => {
      const server = createServer()
      server.listen(0, "127.0.0.1", () => {
        const address = server.address()
        const port = typeof address === "object" && address !== null ? address.port : 0
        server.close(() => resolve(port))
      })
    }),
).pipe(
  Effect.repeat({ until: (port) => !handedOut.has(port) }),
  Effect.tap((port) => Effect.sync(() => handedOut.add(port))),
)
