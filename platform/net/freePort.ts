/** Asking the OS for a free TCP port, for servers AICO starts itself (PostgreSQL, Chroma). */
import { Effect } from "effect"
import { createServer } from "node:net"

export const freePort = (host = "127.0.0.1"): Effect.Effect<number, Error> =>
  Effect.async<number, Error>((resume) => {
    const server = createServer()
    server.once("error", (error) => resume(Effect.fail(error)))
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resume(Effect.succeed(port)))
    })
  })
