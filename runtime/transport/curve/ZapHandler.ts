/**
 * The ZAP handler (ZeroMQ RFC 27) that admits CURVE clients by public key. libzmq asks the
 * handler bound at `inproc://zeromq.zap.01` of the socket's context before it completes a
 * handshake; with no handler a CURVE server would admit any client that knows its public
 * key. There is one handler per process (one address per context); each listening socket
 * names its own ZAP domain, and the handler keeps one allow-list per domain.
 */
import * as zmq from "zeromq"
import { z85Encode } from "./z85.js"

const zapEndpoint = "inproc://zeromq.zap.01"

export interface ZapDecision {
  readonly domain: string
  readonly clientKey: string
  readonly admitted: boolean
}

class ZapHandler {
  private readonly domains = new Map<string, ReadonlySet<string>>()
  private readonly listeners = new Set<(decision: ZapDecision) => void>()
  private socket: zmq.Router | undefined

  async register(domain: string, allowed: ReadonlySet<string>): Promise<void> {
    this.domains.set(domain, allowed)
    if (this.socket === undefined) {
      const socket = new zmq.Router({ linger: 0 })
      await socket.bind(zapEndpoint)
      this.socket = socket
      void this.serve(socket)
    }
  }

  unregister(domain: string): void {
    this.domains.delete(domain)
  }

  onDecision(listener: (decision: ZapDecision) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async serve(socket: zmq.Router): Promise<void> {
    try {
      for (;;) {
        // [routing id, "", version, request id, domain, address, identity, mechanism, ...credentials]
        const [routing, , version, requestId, domain, , , mechanism, key] = await socket.receive()
        const domainName = domain?.toString() ?? ""
        const clientKey = key?.length === 32 ? z85Encode(key) : ""
        const admitted =
          version?.toString() === "1.0" &&
          mechanism?.toString() === "CURVE" &&
          clientKey !== "" &&
          (this.domains.get(domainName)?.has(clientKey) ?? false)
        for (const listener of this.listeners) listener({ domain: domainName, clientKey, admitted })
        await socket.send([
          routing ?? "",
          "",
          "1.0",
          requestId ?? "",
          admitted ? "200" : "400",
          admitted ? "OK" : "public key not on the allow-list",
          admitted ? clientKey : "",
          "",
        ])
      }
    } catch {
      // The socket closed with the process's last transport.
    }
  }
}

/** The process's ZAP handler. */
export const zapHandler = new ZapHandler()
