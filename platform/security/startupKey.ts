/**
 * The master key when the service starts, without anyone typing the password: read from
 * where `aico security setup`/`unlock` kept it (the OS secret store, or the key file the
 * configuration explicitly chose) and checked against `master.json`. Every way this can
 * fail ends the start with a message that says what to do.
 */
import { Data, Effect, Option, ParseResult, Schema } from "effect"
import type { Config } from "../../schemas/Config.js"
import { MasterKeyRecordJson } from "./KdfParams.js"
import * as KeyFileSecretStore from "./KeyFileSecretStore.js"
import * as KeyringSecretStore from "./KeyringSecretStore.js"
import { matchesRecord, type MasterKey } from "./MasterKey.js"
import { recordFile } from "./MasterPassword.js"
import { pathExists } from "../process/pathExists.js"
import { readPrivateFile } from "./privateFile.js"
import { KeyRotationInProgress, rotationFile } from "./rotation/rotationFile.js"
import { MASTER_KEY_ACCOUNT } from "./SecretStore.js"

export class MasterKeyUnavailable extends Data.TaggedError("MasterKeyUnavailable")<{
  readonly reason: string
}> {
  override get message() {
    return `no master key: ${this.reason}`
  }
}

const unavailable = (reason: string) => new MasterKeyUnavailable({ reason })

export const startupKey = (
  config: Config,
): Effect.Effect<MasterKey, MasterKeyUnavailable | KeyRotationInProgress> =>
  Effect.gen(function* () {
    // Mid-rotation, values are under two keys and no kept key opens them all.
    const rotation = rotationFile(config.node.dataDir)
    if (yield* pathExists(rotation)) return yield* new KeyRotationInProgress({ file: rotation })
    const file = recordFile(config.node.dataDir)
    const keyFileHint =
      config.security.keyFile === "" ? "" : ` --key-file ${JSON.stringify(config.security.keyFile)}`
    const recordBytes = yield* readPrivateFile(file).pipe(
      Effect.mapError((error) => unavailable(error.message)),
    )
    if (Option.isNone(recordBytes)) {
      return yield* unavailable(
        `AICO is not set up in ${config.node.dataDir}: run \`npm run aico -- security setup${keyFileHint}\` to choose the master password`,
      )
    }
    const record = yield* Schema.decodeUnknown(MasterKeyRecordJson)(
      recordBytes.value.toString("utf8"),
    ).pipe(
      Effect.mapError((error) =>
        unavailable(
          `${file} is not a valid master-key record: ${ParseResult.TreeFormatter.formatErrorSync(error)}`,
        ),
      ),
    )
    const store =
      config.security.keyFile === ""
        ? yield* KeyringSecretStore.make.pipe(
            Effect.mapError((error) => unavailable(error.message)),
          )
        : KeyFileSecretStore.make({ directory: config.security.keyFile })
    const kept = yield* store
      .get(MASTER_KEY_ACCOUNT)
      .pipe(Effect.mapError((error) => unavailable(error.message)))
    if (Option.isNone(kept)) {
      return yield* unavailable(
        `the master key is not kept in ${store.name}: run \`npm run aico -- security unlock${keyFileHint}\``,
      )
    }
    if (!matchesRecord(kept.value, record)) {
      return yield* unavailable(
        `the key kept in ${store.name} does not belong to ${file}: run \`npm run aico -- security unlock${keyFileHint}\``,
      )
    }
    return kept.value
  })
