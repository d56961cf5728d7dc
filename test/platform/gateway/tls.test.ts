/**
 * With `gateway.tls` naming a certificate and key, the gateway serves HTTPS and WSS only:
 * a client that trusts the certificate gets health and a WebSocket session; plain HTTP
 * gets nothing; half a TLS configuration refuses to start with a readable error.
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Either } from "effect"
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import * as https from "node:https"
import { join } from "node:path"
import WebSocket from "ws"
import { scriptedConversation } from "./scriptedConversation.js"
import { gatewayStack } from "../../support/gatewayStack.js"
import { tempDir } from "../../support/nodes.js"

/** A self-signed certificate for 127.0.0.1, made with the system's openssl. */
const selfSigned = Effect.gen(function* () {
  const dir = yield* tempDir("aico-tls-")
  const certFile = join(dir, "cert.pem")
  const keyFile = join(dir, "key.pem")
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      keyFile,
      "-out",
      certFile,
    ],
    { stdio: "ignore" },
  )
  return { certFile, keyFile, ca: readFileSync(certFile) }
})

const get = (url: string, ca: Buffer) =>
  Effect.async<{ readonly status: number; readonly body: string }, Error>((resume) => {
    const request = https.get(url, { ca }, (response) => {
      let body = ""
      response.on("data", (chunk: Buffer) => (body += chunk.toString()))
      response.on("end", () => resume(Effect.succeed({ status: response.statusCode ?? 0, body })))
    })
    request.on("error", (error) => resume(Effect.fail(error)))
  })

describe("gateway over TLS", () => {
  it.scopedLive(
    "serves HTTPS and WSS with the configured certificate, and nothing in the clear",
    () =>
      Effect.gen(function* () {
        const { ca, certFile, keyFile } = yield* selfSigned
        const { operatorToken, server } = yield* gatewayStack({
          actors: [scriptedConversation()],
          services: Context.empty(),
          tls: { certFile, keyFile },
        })
        expect(server.url).toMatch(/^https:\/\//)
        expect(server.wsUrl).toMatch(/^wss:\/\//)
        const health = yield* get(`${server.url}/health`, ca)
        expect(health.status).toBe(200)
        expect(health.body).toContain('"status"')

        const first = yield* Effect.async<string, Error>((resume) => {
          const socket = new WebSocket(`${server.wsUrl}?token=${operatorToken}`, { ca })
          socket.once("message", (data: Buffer) => {
            resume(Effect.succeed(data.toString("utf8")))
            socket.close()
          })
          socket.once("error", (error) => resume(Effect.fail(error)))
        })
        expect(JSON.parse(first)).toMatchObject({ type: "session", resumed: false })

        // A client that does not trust the certificate is refused by TLS itself.
        const untrusted = yield* Effect.either(get(`${server.url}/health`, Buffer.from("")))
        expect(Either.isLeft(untrusted)).toBe(true)
        // Plain HTTP on the TLS port gets no answer.
        const plain = yield* Effect.either(
          Effect.tryPromise(() => fetch(server.url.replace(/^https/, "http") + "/health")),
        )
        expect(Either.isLeft(plain) || (Either.isRight(plain) && plain.right.status >= 400)).toBe(
          true,
        )
      }),
  )

  it.scopedLive("refuses to start with only half a TLS configuration", () =>
    Effect.gen(function* () {
      const { certFile } = yield* selfSigned
      const result = yield* Effect.either(
        gatewayStack({
          actors: [scriptedConversation()],
          services: Context.empty(),
          tls: { certFile, keyFile: "" },
        }),
      )
      expect(Either.isLeft(result)).toBe(true)
      expect(Either.isLeft(result) ? String(result.left) : "").toContain("certFile and keyFile")
    }),
  )
})
