/** A migrated database of each kind as a layer, for suites that share one per file. */
import { Effect, Layer } from "effect"
import * as ContentCipher from "../../platform/crypto/ContentCipher.js"
import * as SecretKey from "../../platform/crypto/SecretKey.js"
import * as Database from "../../platform/database/Database.js"
import type { DatabaseOptions } from "../../platform/database/Database.js"
import type { Scope } from "effect"

export const databaseLayer = (options: Effect.Effect<DatabaseOptions, Error, Scope.Scope>) =>
  Layer.unwrapScoped(Effect.map(options, Database.layer)).pipe(Layer.orDie)

/** The database and a content cipher under a fresh random key: what the repositories need. */
export const stores = (options: Effect.Effect<DatabaseOptions, Error, Scope.Scope>) =>
  Layer.merge(databaseLayer(options), ContentCipher.layer(SecretKey.random()))
