/**
 * A real WebSocket client (`ws`) for gateway tests. Every frame it receives is decoded
 * with the `ServerFrame` schema, so a test also proves the server speaks its protocol.
 */
import { Effect, Schema } from "effect"
import WebSocket from "ws"
import { ServerFrame } from "../../../schemas/client/ServerFrame.js"

const decodeFrame = Schema.decodeUnknownSync(Schema.parseJson(ServerFrame))

export class HandshakeRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`handshake refused with ${status}: ${body}`)
  }
}

export class SocketClient {
  /** Every frame received, in order. */
  readonly frames: Array<ServerFrame> = []
  private read = 0
  private waiters: Array<() => void> = []
  readonly closed: Promise<{ code: number; reason: string }>

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      this.frames.push(decodeFrame(data.toString()))
      for (const wake of this.waiters.splice(0)) wake()
    })
    this.closed = new Promise((resolve) =>
      ws.once("close", (code, reason) => {
        resolve({ code, reason: reason.toString() })
        for (const wake of this.waiters.splice(0)) wake()
      }),
    )
  }

  static connect(url: string, headers: Record<string, string> = {}): Promise<SocketClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers })
      const client = new SocketClient(ws)
      ws.once("open", () => resolve(client))
      ws.once("unexpected-response", (_request, response) => {
        let body = ""
        response.on("data", (chunk: Buffer) => (body += chunk.toString()))
        response.on("end", () => reject(new HandshakeRefused(response.statusCode ?? 0, body)))
      })
      ws.once("error", reject)
    })
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame))
  }

  /** The next frame not read yet (waiting for it); fails if the socket closes first. */
  async next(): Promise<ServerFrame> {
    for (;;) {
      const frame = this.frames[this.read]
      if (frame !== undefined) {
        this.read++
        return frame
      }
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error("the socket closed")
      await new Promise<void>((wake) => this.waiters.push(wake))
    }
  }

  /** Reads frames until one satisfies `match`, and returns it. */
  async until<F extends ServerFrame>(match: (frame: ServerFrame) => frame is F): Promise<F>
  async until(match: (frame: ServerFrame) => boolean): Promise<ServerFrame>
  async until(match: (frame: ServerFrame) => boolean): Promise<ServerFrame> {
    for (;;) {
      const frame = await this.next()
      if (match(frame)) return frame
    }
  }

  close(): Promise<{ code: number; reason: string }> {
    this.ws.close()
    return this.closed
  }
}

/** A client for the test's scope: closed (or cut) when the scope closes. */
export const connect = (url: string, headers: Record<string, string> = {}) =>
  Effect.acquireRelease(
    Effect.tryPromise({ try: () => SocketClient.connect(url, headers), catch: (error) => error }),
    (client) => Effect.sync(() => client.ws.terminate()),
  )

export const is =
  <T extends ServerFrame["type"]>(type: T) =>
  (frame: ServerFrame): frame is Extract<ServerFrame, { type: T }> =>
    frame.type === type
