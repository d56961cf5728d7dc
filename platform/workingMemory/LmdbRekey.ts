/**
 * Moving the working-memory store from one key to another, for a key rotation: records are
 * re-sealed in batches, each batch in one LMDB transaction, walking the entries in key
 * order from a cursor the caller keeps (so a rotation killed midway resumes where it was).
 * Records already under the new key are left alone; the key check is replaced last, once
 * every record has moved (`bind`). Expiry keys are not sealed and do not change.
 */
import { Effect, Option, type Scope } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import type { RotationKeys } from "../crypto/reseal.js"
import { acquireRoot, failureAt } from "./LmdbEnvironment.js"
import { openDatabases } from "./LmdbWorkingMemory.js"
import { isKeyCheckOf, KEY_CHECK, sealKeyCheck } from "./StoreKey.js"
import { resealRecord } from "./StoredEntry.js"
import { WorkingMemoryKeyMismatch, type WorkingMemoryError } from "./WorkingMemoryError.js"

/** An entry's LMDB key: `[conversationId, id]`. */
export type EntryKey = readonly [string, string]

export interface RekeyBatch {
  /** The last key of the batch: where the next one starts; none when the store is done. */
  readonly last: Option.Option<EntryKey>
  readonly seen: number
  readonly resealed: number
  /** Keys of records neither key opens: left as they were. */
  readonly unreadable: ReadonlyArray<string>
}

export interface WorkingMemoryRekey {
  /** Stored records, expired ones included. */
  readonly count: () => Effect.Effect<number, WorkingMemoryError>
  /** Re-seals up to `limit` records after `after` (from the first when none). */
  readonly batch: (
    after: Option.Option<EntryKey>,
    limit: number,
  ) => Effect.Effect<RekeyBatch, WorkingMemoryError>
  /** Binds the store to the new key (its key check is replaced); once every record moved. */
  readonly bind: () => Effect.Effect<void, WorkingMemoryError>
}

const sameKey = (a: EntryKey, b: ReadonlyArray<unknown>) => a[0] === b[0] && a[1] === b[1]

/**
 * The store at `path` opened for re-keying, for the scope's lifetime; none when there is no
 * store there. Fails with `WorkingMemoryKeyMismatch` if its key check is of neither key.
 */
export const openRekey = (
  path: string,
  keys: RotationKeys,
): Effect.Effect<Option.Option<WorkingMemoryRekey>, WorkingMemoryError, Scope.Scope> =>
  Effect.gen(function* () {
    if (!existsSync(join(path, "data.mdb"))) return Option.none()
    const failure = failureAt(path)
    const root = yield* acquireRoot(path)
    const [entries, , meta] = yield* Effect.try({
      try: () => openDatabases(root),
      catch: failure("open"),
    })
    const check = yield* Effect.try({ try: () => meta.get(KEY_CHECK), catch: failure("open") })
    if (check !== undefined && !isKeyCheckOf(keys.from, check) && !isKeyCheckOf(keys.to, check))
      return yield* new WorkingMemoryKeyMismatch({
        path,
        reason: "its key check is of neither the old nor the new key",
      })

    const batch: WorkingMemoryRekey["batch"] = (after, limit) =>
      Effect.tryPromise({
        try: async () => {
          const outcome = await root.transaction((): RekeyBatch => {
            // Collected first: the cursor is not moved under a write to the database it reads.
            const records: Array<{ key: EntryKey; value: Uint8Array }> = []
            const range = Option.match(after, {
              onNone: () => entries.getRange({ limit }),
              onSome: (start) => entries.getRange({ start: [...start], limit: limit + 1 }),
            })
            for (const { key, value } of range) {
              if (Option.isSome(after) && sameKey(after.value, key)) continue
              if (records.length < limit) records.push({ key: [key[0], key[1]], value })
            }
            let resealed = 0
            const unreadable: Array<string> = []
            for (const { key, value } of records) {
              const outcome = resealRecord(keys, value, key[0], key[1])
              if (outcome._tag === "Resealed") {
                entries.putSync([key[0], key[1]], outcome.sealed)
                resealed++
              } else if (outcome._tag === "Unreadable") unreadable.push(JSON.stringify(key))
            }
            const last = records.at(-1)?.key
            return {
              last: records.length < limit ? Option.none() : Option.fromNullable(last),
              seen: records.length,
              resealed,
              unreadable,
            }
          })
          await root.flushed
          return outcome
        },
        catch: failure("re-key"),
      })

    return Option.some<WorkingMemoryRekey>({
      count: () => Effect.try({ try: () => entries.getCount(), catch: failure("count") }),
      batch,
      bind: () =>
        Effect.tryPromise({
          try: async () => {
            // A store without a key check gets none: the next open with a key binds it.
            await root.transaction(() => {
              if (meta.get(KEY_CHECK) !== undefined) meta.putSync(KEY_CHECK, sealKeyCheck(keys.to))
            })
            await root.flushed
          },
          catch: failure("bind to the new key"),
        }),
    })
  })
