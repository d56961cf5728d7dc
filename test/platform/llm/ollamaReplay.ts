/**
 * A local HTTP server standing in for an Ollama server (none can run on these machines):
 * it answers each `METHOD /path` with a recorded answer from test/fixtures/ollama and
 * keeps every request it received, so a test can read what AICO sent.
 */
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { createServer, type IncomingMessage } from "node:http"
import { join } from "node:path"
import { projectRoot } from "../../../platform/projectRoot.js"

export const fixture = (name: string) =>
  readFileSync(join(projectRoot, "test", "fixtures", "ollama", name), "utf8")

export interface Recorded {
  readonly status?: number
  readonly body: string
}

export interface Received {
  readonly method: string
  readonly path: string
  readonly body: unknown
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const parts: Array<Buffer> = []
    request.on("data", (part: Buffer) => parts.push(part))
    request.on("end", () => resolve(Buffer.concat(parts).toString("utf8")))
  })

/** The server for the scope: its `host` URL and the requests it has seen. */
export const ollamaReplay = (answers: Readonly<Record<string, Recorded>>) =>
  Effect.acquireRelease(
    Effect.async<{ host: string; received: Array<Received>; close: () => Promise<void> }>(
      (resume) => {
        const received: Array<Received> = []
        const server = createServer((request, response) => {
          void readBody(request).then((text) => {
            const key = `${request.method} ${request.url}`
            received.push({
              method: request.method ?? "",
              path: request.url ?? "",
              body: text === "" ? undefined : JSON.parse(text),
            })
            const answer = answers[key] ?? { status: 404, body: '{"error":"not found"}' }
            const lines = answer.body.trim().split("\n")
            const ndjson = lines.length > 1 && lines.every((l) => l.startsWith("{"))
            response.writeHead(answer.status ?? 200, {
              "content-type": ndjson ? "application/x-ndjson" : "application/json",
            })
            response.end(answer.body)
          })
        })
        server.listen(0, "127.0.0.1", () => {
          const address = server.address()
          const port = typeof address === "object" && address !== null ? address.port : 0
          resume(
            Effect.succeed({
              host: `http://127.0.0.1:${port}`,
              received,
              close: () => new Promise<void>((done) => server.close(() => done())),
            }),
          )
        })
      },
    ),
    (replay) => Effect.promise(replay.close),
  )
