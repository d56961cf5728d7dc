/**
 * The managed Chroma server, for real: it starts, answers its heartbeat, stops on release
 * (freeing its port) and keeps its data across restarts; a server that never becomes
 * healthy, or is not installed, fails with a typed error that says why.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Scope } from "effect"
import { createServer, type Server, type Socket } from "node:net"
import { join } from "node:path"
import * as ChromaServer from "../../../platform/chroma/ChromaServer.js"
import * as ChromaVectorStore from "../../../platform/chroma/ChromaVectorStore.js"
import { tempDir } from "../../support/nodes.js"
import { managedOptions, requireChroma } from "./chromaServer.js"

const heartbeat = (url: string) =>
  Effect.promise(() =>
    fetch(`${url}/api/v2/heartbeat`).then(
      (response) => response.ok,
      () => false,
    ),
  )

const portIsFree = (port: number) =>
  Effect.promise(
    () =>
      new Promise<boolean>((resolve) => {
        const server = createServer()
        server.once("error", () => resolve(false))
        server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)))
      }),
  )

/** A TCP listener that accepts connections and never says a word. */
const silentServer = Effect.acquireRelease(
  Effect.promise(
    () =>
      new Promise<{ server: Server; port: number; sockets: Set<Socket> }>((resolve) => {
        const sockets = new Set<Socket>()
        const server = createServer((socket) => {
          sockets.add(socket)
          socket.once("close", () => sockets.delete(socket))
        })
        server.listen(0, "127.0.0.1", () => {
          const address = server.address()
          const port = typeof address === "object" && address ? address.port : 0
          resolve({ server, port, sockets })
        })
      }),
  ),
  ({ server, sockets }) =>
    Effect.promise(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy()
          server.close(() => resolve())
        }),
    ),
)

const unit = (i: number) => Array.from({ length: 8 }, (_, j) => (j === i ? 1 : 0))

describe("managed Chroma server", () => {
  it.scopedLive("starts, answers its heartbeat, frees its port on stop, keeps data", () =>
    Effect.gen(function* () {
      yield* requireChroma
      const directory = join(yield* tempDir("aico-chroma-"), "chroma")
      const options = managedOptions(directory)

      const first = yield* Scope.make()
      const server = yield* ChromaServer.start(options).pipe(Scope.extend(first))
      expect(server.managed).toBe(true)
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(yield* heartbeat(server.url)).toBe(true)
      const store = yield* ChromaVectorStore.make({ url: server.url, collection: "memories" })
      yield* store.upsert([
        { id: "a", embedding: unit(0), document: "first", metadata: { kind: "fact" } },
        { id: "b", embedding: unit(1), document: "second", metadata: {} },
      ])
      yield* Scope.close(first, Exit.void)

      const port = Number(new URL(server.url).port)
      expect(yield* heartbeat(server.url)).toBe(false)
      expect(yield* portIsFree(port)).toBe(true)

      // Same directory, same port: the data is still there.
      const again = yield* ChromaServer.start({ ...options, port })
      const reopened = yield* ChromaVectorStore.make({ url: again.url, collection: "memories" })
      expect(yield* reopened.count()).toBe(2)
      const nearest = yield* reopened.query(unit(1), { limit: 1 })
      expect(nearest.map((match) => match.id)).toEqual(["b"])
      expect(yield* reopened.page({ offset: 0, limit: 10 })).toContainEqual({
        id: "a",
        embedding: unit(0),
        document: "first",
        metadata: { kind: "fact" },
      })
    }),
  )

  it.scopedLive("an external URL is used as it is once it answers", () =>
    Effect.gen(function* () {
      yield* requireChroma
      const directory = join(yield* tempDir("aico-chroma-"), "chroma")
      const managed = yield* ChromaServer.start(managedOptions(directory))
      const external = yield* ChromaServer.start(
        managedOptions("", { url: `${managed.url}/`, startTimeoutMs: 5_000 }),
      )
      expect(external).toEqual({ url: managed.url, managed: false })
    }),
  )

  it.scopedLive("an external URL that accepts but never answers fails with a typed error", () =>
    Effect.gen(function* () {
      const { port } = yield* silentServer
      const url = `http://127.0.0.1:${port}`
      const error = yield* ChromaServer.start(
        managedOptions("", { url, startTimeoutMs: 1_500 }),
      ).pipe(Effect.flip)
      expect(error._tag).toBe("ChromaUnavailableError")
      expect(error.message).toContain(url)
      expect(error.message).toContain("1500 ms")
    }),
  )

  it.scopedLive("an external URL where nothing listens fails with a typed error", () =>
    Effect.gen(function* () {
      const { port } = yield* silentServer.pipe(Effect.scoped)
      const error = yield* ChromaServer.start(
        managedOptions("", { url: `http://127.0.0.1:${port}`, startTimeoutMs: 1_000 }),
      ).pipe(Effect.flip)
      expect(error._tag).toBe("ChromaUnavailableError")
      expect(error.message).toContain("ECONNREFUSED")
    }),
  )

  it.scopedLive("a server that exits during start fails at once with its exit", () =>
    Effect.gen(function* () {
      const directory = join(yield* tempDir("aico-chroma-"), "chroma")
      const started = Date.now()
      const error = yield* ChromaServer.start(managedOptions(directory, { command: "false" })).pipe(
        Effect.flip,
      )
      expect(error._tag).toBe("ChromaUnavailableError")
      expect(error.message).toContain("exited during start (code 1)")
      expect(error.message).toContain("60000 ms")
      expect(Date.now() - started).toBeLessThan(10_000)
    }),
  )

  it.scopedLive("a failing server's last output lines are in the error", () =>
    Effect.gen(function* () {
      yield* requireChroma
      const directory = join(yield* tempDir("aico-chroma-"), "chroma")
      const busy = yield* silentServer
      // The port is taken, so chroma cannot listen and says so.
      const error = yield* ChromaServer.start(managedOptions(directory, { port: busy.port })).pipe(
        Effect.flip,
      )
      expect(error._tag).toBe("ChromaUnavailableError")
      if (error._tag === "ChromaUnavailableError") expect(error.output).not.toBe("")
    }),
  )

  it.scopedLive("a missing command fails with a typed error pointing at setup", () =>
    Effect.gen(function* () {
      const directory = join(yield* tempDir("aico-chroma-"), "chroma")
      for (const command of ["/nonexistent/bin/chroma", "aico-no-such-chroma"]) {
        const error = yield* ChromaServer.start(managedOptions(directory, { command })).pipe(
          Effect.flip,
        )
        expect(error._tag).toBe("ChromaNotInstalledError")
        expect(error.message).toContain("npm run setup")
        expect(error.message).toContain("chroma.command")
        expect(error.message).toContain("chroma.url")
      }
    }),
  )
})
