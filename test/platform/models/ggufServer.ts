/**
 * A local HTTP server standing in for huggingface.co (unreachable from these machines):
 * it serves the shared stories260K GGUF file, an HTML page where a model should be, and
 * 404 for anything else.
 */
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { createServer } from "node:http"
import { storiesPath } from "../llm/storiesModel.js"

export const ggufServer = Effect.acquireRelease(
  Effect.async<{ base: string; close: () => Promise<void> }>((resume) => {
    const model = readFileSync(storiesPath)
    const server = createServer((request, response) => {
      if (request.url === "/resolve/main/stories260K.gguf") {
        response.writeHead(200, {
          "content-type": "application/octet-stream",
          "content-length": model.length,
        })
        // In pieces, so the download reports progress along the way.
        for (let at = 0; at < model.length; at += 64 * 1024) {
          response.write(model.subarray(at, at + 64 * 1024))
        }
        return response.end()
      }
      if (request.url === "/login-page.gguf") {
        response.writeHead(200, { "content-type": "text/html" })
        return response.end("<!doctype html><title>Sign in</title>")
      }
      response.writeHead(404, { "content-type": "text/plain" })
      response.end("Entry not found")
    })
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      resume(
        Effect.succeed({
          base: `http://127.0.0.1:${port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        }),
      )
    })
  }),
  (server) => Effect.promise(server.close),
)
