/**
 * Peers a ROUTER should never have to talk to: plain TCP clients writing bytes (random, or
 * a hand-made ZMTP 3.1 handshake followed by hostile frames), and ZeroMQ sockets of types
 * a ROUTER refuses (PAIR, PUSH, PUB). Each connects, says its piece and goes away.
 */
import { Effect } from "effect"
import { connect } from "node:net"
import * as zmq from "zeromq"

/** ZMTP 3.1 greeting: signature, version 3.1, NULL mechanism, as-server 0, filler. */
export const zmtpGreeting = (mechanism = "NULL"): Buffer => {
  const greeting = Buffer.alloc(64)
  greeting[0] = 0xff
  greeting[8] = 0x01
  greeting[9] = 0x7f
  greeting[10] = 3
  greeting[11] = 1
  greeting.write(mechanism, 12, "latin1")
  return greeting
}

const property = (name: string, value: string): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(Buffer.byteLength(value, "latin1"))
  return Buffer.concat([
    Buffer.from([name.length]),
    Buffer.from(name, "latin1"),
    length,
    Buffer.from(value, "latin1"),
  ])
}

/** The READY command announcing a socket type (and, as libzmq does, an empty identity). */
export const zmtpReady = (socketType: string): Buffer => {
  const body = Buffer.concat([
    Buffer.from([5]),
    Buffer.from("READY", "latin1"),
    property("Socket-Type", socketType),
    property("Identity", ""),
  ])
  return Buffer.concat([Buffer.from([0x04, body.length]), body])
}

/** One message frame (short or long form); `more` sets the MORE flag. */
export const zmtpFrame = (body: Uint8Array, more = false): Buffer => {
  if (body.length < 256) {
    return Buffer.concat([Buffer.from([more ? 1 : 0, body.length]), body])
  }
  const size = Buffer.alloc(8)
  size.writeBigUInt64BE(BigInt(body.length))
  return Buffer.concat([Buffer.from([more ? 3 : 2]), size, body])
}

/** A long frame header that claims `size` bytes and is followed by only a few. */
export const zmtpClaim = (size: bigint): Buffer => {
  const header = Buffer.alloc(9 + 16)
  header[0] = 0x02
  header.writeBigUInt64BE(size, 1)
  return header
}

const portOf = (endpoint: string): number => Number(endpoint.slice(endpoint.lastIndexOf(":") + 1))

/** What a raw TCP client writes: `greeting` first (if any), `then` once the server greeted. */
export interface TcpScript {
  readonly greeting?: Uint8Array
  readonly then: Uint8Array
}

/**
 * Plays a script over one TCP connection, half-closes, and waits for the server to hang up.
 * libzmq drops a client that sends its READY before receiving the server's greeting, so
 * the rest waits for the server's 64 greeting bytes.
 */
export const talkOverTcp = (endpoint: string, script: TcpScript): Promise<void> =>
  new Promise<void>((resolve) => {
    let received = 0
    const socket = connect(portOf(endpoint), "127.0.0.1", () => {
      if (script.greeting === undefined) socket.end(script.then)
      else socket.write(script.greeting)
    })
    socket.on("data", (data: Buffer) => {
      const before = received
      received += data.length
      if (script.greeting !== undefined && before < 64 && received >= 64) socket.end(script.then)
    })
    socket.on("error", () => resolve())
    socket.on("close", () => resolve())
    // Safety net only: a server that neither answers nor hangs up must not hold the test.
    socket.setTimeout(5000, () => socket.destroy())
  })

/** ZeroMQ socket types a ROUTER does not accept: the handshake fails, sends go nowhere. */
export const incompatibleSockets = (endpoint: string, frames: ReadonlyArray<Uint8Array>) =>
  Effect.promise(async () => {
    const sockets: Array<zmq.Writable & zmq.Socket> = [
      new zmq.Pair({ linger: 0, sendTimeout: 0 }),
      new zmq.Push({ linger: 0, sendTimeout: 0 }),
      new zmq.Publisher({ linger: 0 }),
    ]
    for (const socket of sockets) {
      socket.connect(endpoint)
      for (const frame of frames) {
        // EAGAIN once the handshake has failed and nothing will take the frame: expected.
        await socket.send(frame).catch(() => undefined)
      }
    }
    for (const socket of sockets) socket.close()
  })
