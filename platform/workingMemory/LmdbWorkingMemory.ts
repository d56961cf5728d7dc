/**
 * Working memory in LMDB, under `<node.dataDir>/working-memory`.
 *
 * Two databases, written together in one transaction:
 *   entries: [conversationId, id] → record (see StoredEntry.ts); ids sort by time, so a
 *            conversation's newest entries are a reverse range read
 *   expiry:  [expiresAt, conversationId, id] → nothing; compaction reads it up to now
 *   meta:    the key check of an encrypted store (see StoreKey.ts)
 * Expired entries are filtered out on read, so none is ever returned before a compaction.
 *
 * With a key, each record is sealed (AES-256-GCM) and bound to its LMDB key. Keys are not
 * encrypted: conversation ids, entry ids (which encode creation times) and expiry times stay
 * visible on disk; roles, content and metadata do not.
 */
import { Clock, Duration, Effect, Either, Layer, Option, Schema } from "effect"
import type { RootDatabase } from "lmdb"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import type { Config } from "../../schemas/Config.js"
import type { SecretKey } from "../crypto/SecretKey.js"
import {
  ConversationId,
  WorkingMemoryInput,
  type WorkingMemoryEntry,
} from "../../schemas/memory/WorkingMemoryEntry.js"
import { AFTER_EVERY_ID, entryIdPattern, makeEntryIds } from "./EntryId.js"
import { acquireRoot, describeCause, failureAt } from "./LmdbEnvironment.js"
import { checkStoreKey } from "./StoreKey.js"
import { decodeRecord, encodeRecord } from "./StoredEntry.js"
import { WorkingMemory } from "./WorkingMemory.js"
import {
  WorkingMemoryClosed,
  WorkingMemoryEntryTooLarge,
  WorkingMemoryInvalidInput,
  WorkingMemoryIoError,
  WorkingMemoryRecordInvalid,
} from "./WorkingMemoryError.js"

export interface LmdbWorkingMemoryOptions {
  /** The store's directory (LMDB keeps `data.mdb` and `lock.mdb` in it). */
  readonly path: string
  readonly ttlMs: number
  readonly compactionIntervalMs: number
  /**
   * The largest stored record (the entry as JSON, 30 bytes more when sealed); larger puts
   * are refused. Default 256 KiB.
   */
  readonly maxEntryBytes?: number
  /** Resolve `put` only once the write is synced to disk, not just committed. Default true. */
  readonly sync?: boolean
  /**
   * The "database" purpose key: records are sealed with it. A store once opened with a key
   * opens only with that key after; without one, records stay plain JSON.
   */
  readonly key?: SecretKey
}

type EntryKey = [string, string]
type ExpiryKey = [number, string, string]

/** The store's three databases in `root` (see the layout above); throws as LMDB does. */
export const openDatabases = (root: RootDatabase) =>
  [
    root.openDB<Uint8Array, EntryKey>({ name: "entries", encoding: "binary" }),
    root.openDB<Uint8Array, ExpiryKey>({ name: "expiry", encoding: "binary" }),
    root.openDB<Uint8Array, string>({ name: "meta", encoding: "binary" }),
  ] as const

/** The store's directory under AICO's data directory. */
export const pathFromConfig = (config: Config) => join(config.node.dataDir, "working-memory")

const EMPTY = Buffer.alloc(0)
const decodeConversationId = Schema.decodeUnknownEither(ConversationId)
const decodeInput = Schema.decodeUnknownEither(WorkingMemoryInput)

const make = (options: LmdbWorkingMemoryOptions) =>
  Effect.gen(function* () {
    const { path, ttlMs, key } = options
    const maxEntryBytes = options.maxEntryBytes ?? 256 * 1024
    const failure = failureAt(path)
    const root = yield* acquireRoot(path)
    const [entries, expiry, meta] = yield* Effect.try({
      try: () => openDatabases(root),
      catch: failure("open"),
    })
    yield* checkStoreKey({ path, root, entries, meta, key, failure: failure("open") })
    const nextId = makeEntryIds()

    // Checked by every operation: lmdb-js throws from its own timers on a write after close.
    let closing = false
    yield* Effect.addFinalizer(() => Effect.sync(() => (closing = true)))
    const ensureOpen = Effect.suspend(() =>
      closing ? Effect.fail(new WorkingMemoryClosed({ path })) : Effect.void,
    )

    const read = <A>(operation: string, f: () => A) =>
      ensureOpen.pipe(Effect.zipRight(Effect.try({ try: f, catch: failure(operation) })))

    const write = (operation: string, f: () => void) =>
      ensureOpen.pipe(
        Effect.zipRight(
          Effect.tryPromise({
            try: async () => {
              await root.transaction(() => {
                f()
                return true
              })
              if (options.sync ?? true) await root.flushed
            },
            catch: failure(operation),
          }),
        ),
      )

    const decode = ([conversationId, id]: EntryKey, value: unknown) =>
      Either.mapLeft(
        decodeRecord(value, conversationId, id, key),
        (reason) =>
          new WorkingMemoryRecordInvalid({
            path,
            key: JSON.stringify([conversationId, id]),
            reason,
          }),
      )

    const conversationRange = (conversationId: string, reverse: boolean) =>
      reverse
        ? { start: [conversationId, AFTER_EVERY_ID], end: [conversationId], reverse }
        : { start: [conversationId], end: [conversationId, AFTER_EVERY_ID] }

    const put: WorkingMemory.Service["put"] = (conversationId, input) =>
      Effect.gen(function* () {
        yield* ensureOpen
        const validConversation = decodeConversationId(conversationId)
        if (Either.isLeft(validConversation))
          return yield* new WorkingMemoryInvalidInput({
            reason: `conversation id: ${describeCause(validConversation.left)}`,
          })
        const valid = decodeInput(input)
        if (Either.isLeft(valid))
          return yield* new WorkingMemoryInvalidInput({ reason: describeCause(valid.left) })
        const now = yield* Clock.currentTimeMillis
        const { role, content, metadata } = valid.right
        const entry: WorkingMemoryEntry = {
          id: nextId(now),
          conversationId,
          role,
          content,
          ...(metadata === undefined ? {} : { metadata }),
          createdAt: now,
          expiresAt: now + ttlMs,
        }
        const record = encodeRecord(entry, key)
        if (record.length > maxEntryBytes)
          return yield* new WorkingMemoryEntryTooLarge({
            conversationId,
            bytes: record.length,
            maxBytes: maxEntryBytes,
          })
        yield* write("put", () => {
          entries.putSync([conversationId, entry.id], record)
          expiry.putSync([entry.expiresAt, conversationId, entry.id], EMPTY)
        })
        return entry
      })

    const get: WorkingMemory.Service["get"] = (conversationId, id) =>
      Effect.gen(function* () {
        yield* ensureOpen
        if (!entryIdPattern.test(id) || Either.isLeft(decodeConversationId(conversationId)))
          return Option.none()
        const entryKey: EntryKey = [conversationId, id]
        const value = yield* read("get", () => entries.get(entryKey))
        if (value === undefined) return Option.none()
        const entry = yield* decode(entryKey, value)
        const now = yield* Clock.currentTimeMillis
        return entry.expiresAt > now ? Option.some(entry) : Option.none()
      })

    const recent: WorkingMemory.Service["recent"] = (conversationId, limit) =>
      Effect.gen(function* () {
        yield* ensureOpen
        if (!(limit >= 1) || Either.isLeft(decodeConversationId(conversationId))) return []
        const now = yield* Clock.currentTimeMillis
        const found = yield* read(
          "recent",
          (): Either.Either<Array<WorkingMemoryEntry>, WorkingMemoryRecordInvalid> => {
            const newestFirst: Array<WorkingMemoryEntry> = []
            for (const { key, value } of entries.getRange(
              conversationRange(conversationId, true),
            )) {
              if (key[0] !== conversationId) continue
              const entry = decode(key, value)
              if (Either.isLeft(entry)) return Either.left(entry.left)
              if (entry.right.expiresAt <= now) continue
              newestFirst.push(entry.right)
              if (newestFirst.length >= limit) break
            }
            return Either.right(newestFirst.reverse())
          },
        )
        if (Either.isLeft(found)) return yield* found.left
        return found.right
      })

    const forget: WorkingMemory.Service["forget"] = (conversationId) =>
      Effect.gen(function* () {
        yield* ensureOpen
        if (Either.isLeft(decodeConversationId(conversationId))) return 0
        let count = 0
        yield* write("forget", () => {
          const range = conversationRange(conversationId, false)
          for (const { key: entryKey, value } of entries.getRange(range)) {
            if (entryKey[0] !== conversationId) continue
            const entry = decode(entryKey, value)
            // An undecodable record leaves its expiry key behind; compaction drops it later.
            if (Either.isRight(entry))
              expiry.removeSync([entry.right.expiresAt, conversationId, entryKey[1]])
            entries.removeSync(entryKey)
            count++
          }
        })
        return count
      })

    const compact: WorkingMemory.Service["compact"] = () =>
      Effect.gen(function* () {
        yield* ensureOpen
        const now = yield* Clock.currentTimeMillis
        let count = 0
        yield* write("compact", () => {
          count = 0
          for (const key of expiry.getKeys({ end: [now + 1] })) {
            const [, conversationId, id] = key
            if (entries.removeSync([conversationId, id])) count++
            expiry.removeSync(key)
          }
        })
        return count
      })

    const backup: WorkingMemory.Service["backup"] = (targetDir) =>
      ensureOpen.pipe(
        Effect.zipRight(
          Effect.tryPromise({
            try: () => {
              mkdirSync(targetDir, { recursive: true })
              return root.backup(targetDir, true)
            },
            catch: (cause) =>
              new WorkingMemoryIoError({
                path,
                operation: `backup to ${targetDir}`,
                reason: describeCause(cause),
              }),
          }),
        ),
      )

    const stats: WorkingMemory.Service["stats"] = () =>
      read("stats", () => {
        let conversations = 0
        // Skip from one conversation to the next instead of reading every key.
        let start: EntryKey | undefined
        for (;;) {
          const range = start === undefined ? { limit: 1 } : { start, limit: 1 }
          const [key] = [...entries.getKeys(range)]
          if (key === undefined) break
          conversations++
          start = [key[0], AFTER_EVERY_ID]
        }
        return { entries: entries.getCount(), conversations }
      })

    yield* compact().pipe(
      Effect.catchAll((error) => Effect.logWarning(`working memory compaction: ${error.message}`)),
      Effect.delay(Duration.millis(options.compactionIntervalMs)),
      Effect.forever,
      Effect.forkScoped,
    )

    return WorkingMemory.of({ put, get, recent, forget, compact, backup, stats })
  })

/**
 * Working memory in LMDB for the scope's lifetime, compacting every `compactionIntervalMs`.
 * With `key`, the layer fails with `WorkingMemoryKeyMismatch` if the store is sealed under
 * another key; without, with `WorkingMemoryLocked` if it is sealed at all.
 */
export const layer = (options: LmdbWorkingMemoryOptions) =>
  Layer.scoped(WorkingMemory, make(options))

/**
 * Working memory at `<node.dataDir>/working-memory`, with AICO's configured TTL, sealed with
 * `key` (the "database" purpose key) when one is given.
 */
export const layerFromConfig = (config: Config, key?: SecretKey) =>
  layer({
    path: pathFromConfig(config),
    ttlMs: Math.round(config.workingMemory.ttlDays * 24 * 60 * 60 * 1000),
    compactionIntervalMs: config.workingMemory.compactionIntervalMs,
    ...(key === undefined ? {} : { key }),
  })
