/**
 * This node's CurveZMQ keypair: made once (at `aico security setup`, or at the first start
 * that lacks it), kept in `<dataDir>/security/bus-key.json` (mode 0600) with the secret key
 * sealed under the "bus" purpose key. The public key is what other nodes list as this
 * node's `publicKey`; it is stored in the clear so `aico security status` can print it.
 */
import { Data, Effect, Option, Redacted, Schema } from "effect"
import { join } from "node:path"
import * as zmq from "zeromq"
import { CurveKey } from "../../schemas/Config.js"
import * as AesGcm from "../crypto/aesGcm.js"
import * as Hkdf from "../crypto/hkdf.js"
import { reseal } from "../crypto/reseal.js"
import type { MasterKey } from "./MasterKey.js"
import { readPrivateFile, writePrivateFile } from "./privateFile.js"

export interface BusKeys {
  readonly publicKey: string
  readonly secretKey: Redacted.Redacted<string>
}

export class BusKeysUnreadable extends Data.TaggedError("BusKeysUnreadable")<{
  readonly file: string
  readonly reason: string
}> {
  override get message() {
    return `the bus keys in ${this.file} cannot be read: ${this.reason}`
  }
}

const BusKeyRecord = Schema.parseJson(
  Schema.Struct({
    formatVersion: Schema.Literal(1),
    publicKey: CurveKey,
    sealedSecret: Schema.Uint8ArrayFromBase64,
  }),
)

const label = new TextEncoder().encode("aico/v1/bus-secret")

export const busKeyFile = (dataDir: string) => join(dataDir, "security", "bus-key.json")

/** The public key alone, when the node has keys (no master key needed). */
export const busPublicKey = (dataDir: string) =>
  readPrivateFile(busKeyFile(dataDir)).pipe(
    Effect.map(
      Option.flatMap((bytes) => Schema.decodeUnknownOption(BusKeyRecord)(bytes.toString("utf8"))),
    ),
    Effect.map(Option.map((record) => record.publicKey)),
    Effect.orElseSucceed(() => Option.none<string>()),
  )

/** This node's keys: read and unsealed, or made and stored when there are none yet. */
export const busKeys = (
  dataDir: string,
  masterKey: MasterKey,
): Effect.Effect<BusKeys, BusKeysUnreadable> =>
  Effect.gen(function* () {
    const file = busKeyFile(dataDir)
    const unreadable = (reason: string) => new BusKeysUnreadable({ file, reason })
    const busKey = Hkdf.derive(masterKey, "bus")
    const existing = yield* readPrivateFile(file).pipe(
      Effect.mapError((error) => unreadable(error.message)),
    )
    if (Option.isSome(existing)) {
      const record = yield* Schema.decodeUnknown(BusKeyRecord)(
        existing.value.toString("utf8"),
      ).pipe(Effect.mapError(() => unreadable("not a bus-key record")))
      const secret = AesGcm.open(busKey, record.sealedSecret, label)
      if (secret._tag === "Left") return yield* unreadable("the master key does not open it")
      return {
        publicKey: record.publicKey,
        secretKey: Redacted.make(Buffer.from(secret.right).toString("utf8")),
      }
    }
    const pair = zmq.curveKeyPair()
    const sealedSecret = AesGcm.seal(busKey, new TextEncoder().encode(pair.secretKey), label)
    const text = Schema.encodeSync(BusKeyRecord)({
      formatVersion: 1,
      publicKey: pair.publicKey,
      sealedSecret,
    })
    yield* writePrivateFile(file, `${text}\n`).pipe(
      Effect.mapError((error) => unreadable(error.message)),
    )
    return { publicKey: pair.publicKey, secretKey: Redacted.make(pair.secretKey) }
  })

/**
 * For a key rotation: the secret in `bus-key.json` moved from the old master key's bus key to
 * the new one's (the public key, and so every peer's allow-list, stays). `absent` when this
 * node has no bus keys, `current` when the file is already under the new key.
 */
export const resealBusKeys = (
  dataDir: string,
  masterKeys: { readonly from: MasterKey; readonly to: MasterKey },
): Effect.Effect<"absent" | "current" | "resealed", BusKeysUnreadable> =>
  Effect.gen(function* () {
    const file = busKeyFile(dataDir)
    const unreadable = (reason: string) => new BusKeysUnreadable({ file, reason })
    const existing = yield* readPrivateFile(file).pipe(
      Effect.mapError((error) => unreadable(error.message)),
    )
    if (Option.isNone(existing)) return "absent"
    const record = yield* Schema.decodeUnknown(BusKeyRecord)(existing.value.toString("utf8")).pipe(
      Effect.mapError(() => unreadable("not a bus-key record")),
    )
    const keys = {
      from: Hkdf.derive(masterKeys.from, "bus"),
      to: Hkdf.derive(masterKeys.to, "bus"),
    }
    const outcome = reseal(keys, record.sealedSecret, label)
    if (outcome._tag === "Current") return "current"
    if (outcome._tag === "Unreadable") return yield* unreadable("neither master key opens it")
    const text = Schema.encodeSync(BusKeyRecord)({ ...record, sealedSecret: outcome.sealed })
    yield* writePrivateFile(file, `${text}\n`).pipe(
      Effect.mapError((error) => unreadable(error.message)),
    )
    return "resealed"
  })
