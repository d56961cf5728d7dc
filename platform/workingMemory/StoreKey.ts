/**
 * Which key a store is sealed under, checked once at open so a wrong or missing key fails
 * the layer instead of the first read. The `meta` database holds a key check (an empty
 * value sealed under the store's key); while it is there, every record is sealed with that
 * key. Without one, the first record stands in for it.
 */
import { Effect, Either } from "effect"
import type { Database, RootDatabase } from "lmdb"
import type { WorkingMemoryEntry } from "../../schemas/memory/WorkingMemoryEntry.js"
import * as AesGcm from "../crypto/aesGcm.js"
import type { SecretKey } from "../crypto/SecretKey.js"
import { decodeRecord, encodeRecord, PLAIN, recordVersion, SEALED } from "./StoredEntry.js"
import { WorkingMemoryKeyMismatch, WorkingMemoryLocked } from "./WorkingMemoryError.js"

type EntryKey = [string, string]

export const KEY_CHECK = "key-check"
const keyCheckBinding = new TextEncoder().encode("aico/working-memory/key-check")

/** The key check of a store sealed under `key`: an empty value sealed under it. */
export const sealKeyCheck = (key: SecretKey): Uint8Array =>
  AesGcm.seal(key, new Uint8Array(0), keyCheckBinding)

/** Whether `check` is the key check of `key`. */
export const isKeyCheckOf = (key: SecretKey, check: Uint8Array): boolean =>
  Either.isRight(AesGcm.open(key, check, keyCheckBinding))

export interface StoreKeyOptions<E> {
  readonly path: string
  readonly root: RootDatabase
  readonly entries: Database<Uint8Array, EntryKey>
  readonly meta: Database<Uint8Array, string>
  readonly key: SecretKey | undefined
  readonly failure: (cause: unknown) => E
}

/**
 * Fails with `WorkingMemoryLocked` if the store is sealed and no key was given, or with
 * `WorkingMemoryKeyMismatch` if it is sealed under another key. A store opened with a key
 * for the first time is bound to it: its plain records are sealed and the key check is
 * written, in one transaction. LMDB frees the pages that held the plain records without
 * wiping them; they linger in `data.mdb` until reused, but a backup (a compacting copy)
 * holds none of them.
 */
export const checkStoreKey = <E>(options: StoreKeyOptions<E>) =>
  Effect.gen(function* () {
    const { path, root, entries, meta, key, failure } = options
    const [check, first] = yield* Effect.try({
      try: () => [meta.get(KEY_CHECK), [...entries.getRange({ limit: 1 })][0]] as const,
      catch: failure,
    })
    if (key === undefined) {
      if (check !== undefined || recordVersion(first?.value) === SEALED)
        return yield* new WorkingMemoryLocked({ path })
      return
    }
    if (check !== undefined) {
      if (!isKeyCheckOf(key, check))
        return yield* new WorkingMemoryKeyMismatch({ path, reason: "its key check fails" })
      return
    }
    if (first !== undefined && recordVersion(first.value) === SEALED) {
      const [conversationId, id] = first.key
      const opened = decodeRecord(first.value, conversationId, id, key)
      if (Either.isLeft(opened))
        return yield* new WorkingMemoryKeyMismatch({ path, reason: opened.left })
    }
    yield* Effect.tryPromise({
      try: async () => {
        await root.transaction(() => {
          // Collected first: the cursor is not moved under a write to the database it reads.
          const plain: Array<WorkingMemoryEntry> = []
          for (const record of entries.getRange()) {
            if (record.value[0] !== PLAIN) continue
            // An undecodable plain record stays as it is: reading it fails, typed.
            const entry = decodeRecord(record.value, ...record.key)
            if (Either.isRight(entry)) plain.push(entry.right)
          }
          for (const entry of plain)
            entries.putSync([entry.conversationId, entry.id], encodeRecord(entry, key))
          meta.putSync(KEY_CHECK, sealKeyCheck(key))
        })
        await root.flushed
      },
      catch: failure,
    })
  })
