/**
 * CurveZMQ for this node's bus, from configuration: its own keys (sealed under the master
 * key) and the peers it admits. Off for inproc (it never leaves the process) or when
 * `bus.curve` is false. With it on, every peer must be listed with its public key: a peer
 * without one could never be admitted, and that is a configuration mistake to report.
 */
import { Data, Effect, Redacted } from "effect"
import type { CurveOptions } from "../../runtime/transport/ZmqTransport.js"
import type { Config } from "../../schemas/Config.js"
import { busKeys } from "../security/busKeys.js"
import type { MasterKey } from "../security/MasterKey.js"

export class BusPeerKeyMissing extends Data.TaggedError("BusPeerKeyMissing")<{
  readonly peers: ReadonlyArray<string>
}> {
  override get message() {
    return (
      `bus.curve is on but bus.peers ${this.peers.join(", ")} ${this.peers.length === 1 ? "has" : "have"} no publicKey: ` +
      "add each peer's key (`aico security status` on that node prints it), or set bus.curve: false"
    )
  }
}

export const busCurve = (config: Config, masterKey: MasterKey) =>
  Effect.gen(function* () {
    if (!config.bus.curve || config.bus.endpoint.startsWith("inproc://")) return undefined
    const allow: Array<string> = []
    const missing: Array<string> = []
    for (const peer of config.bus.peers) {
      if (peer.publicKey === undefined) missing.push(peer.id)
      else allow.push(peer.publicKey)
    }
    if (missing.length > 0) return yield* new BusPeerKeyMissing({ peers: missing })
    const keys = yield* busKeys(config.node.dataDir, masterKey)
    return {
      publicKey: keys.publicKey,
      secretKey: Redacted.value(keys.secretKey),
      allow,
    } satisfies CurveOptions
  })
