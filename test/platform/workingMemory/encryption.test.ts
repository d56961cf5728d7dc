/**
 * Encryption at rest: with the database key no file of the store (or of its backup) holds
 * an entry's words; a store opens only with its own key; a sealed value moved under another
 * LMDB key does not open; a plain store opened with a key is sealed in place.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Option } from "effect"
import { open } from "lmdb"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { purposeKeys } from "../../../platform/crypto/hkdf.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { tempDir } from "../../support/nodes.js"
import { openStore, withStore } from "./store.js"

const SENTENCE = "The spare key to the allotment shed hides beneath the ceramic hedgehog."
const WORD = "hedgehog"

const say = (content: string) => ({ role: "user" as const, content })

/** Every file under `dir` whose bytes contain `needle`, and how many files were read. */
const scan = (dir: string, needle: string) => {
  const bytes = Buffer.from(needle, "utf8")
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
  return {
    read: files.length,
    found: files.filter((file) => readFileSync(file).includes(bytes)),
  }
}

/** The layer's failure when the store at `path` is opened with these options. */
const openFailure = (options: Parameters<typeof openStore>[0]) =>
  Effect.gen(function* () {
    const exit = yield* Effect.exit(withStore(options, (store) => store.stats()))
    if (Exit.isSuccess(exit)) throw new Error("the store opened")
    return yield* Effect.flip(exit)
  })

/** One of the store's LMDB databases, opened raw as another program would. */
const raw = <K extends string | Array<string>>(path: string, name: string) =>
  Effect.acquireRelease(
    Effect.sync(() => open({ path, maxDbs: 4, compression: false })),
    (root) => Effect.promise(() => root.close()),
  ).pipe(Effect.map((root) => root.openDB<Uint8Array, K>({ name, encoding: "binary" })))

const database = () => purposeKeys(SecretKey.random()).database

describe("working memory encryption", () => {
  for (const sealed of [true, false])
    it.scoped(
      sealed
        ? "with a key, no file of the store or its backup holds an entry's words"
        : "without a key, the scan finds the words (so the scan works)",
      () =>
        Effect.gen(function* () {
          const dir = yield* tempDir()
          const path = join(dir, "wm")
          const keyed = sealed ? { key: database() } : {}
          yield* withStore({ ...keyed, path }, (store) =>
            Effect.gen(function* () {
              yield* store.put("garden", say("Shall we plant the tulips this weekend?"))
              yield* store.put("garden", { role: "assistant", content: SENTENCE })
              yield* store.put("garden", {
                role: "user",
                content: "Thanks, I will remember.",
                metadata: { note: `about the ${WORD}` },
              })
              for (let i = 0; i < 50; i++)
                yield* store.put(`chat-${i % 5}`, say(`${SENTENCE} (${i})`))
              yield* store.forget("chat-4")
              yield* store.backup(join(dir, "backup"))
            }),
          )
          for (const target of [path, join(dir, "backup")]) {
            const sentence = scan(target, SENTENCE)
            const word = scan(target, WORD)
            expect(sentence.read).toBeGreaterThan(0)
            if (sealed) {
              expect(sentence.found).toEqual([])
              expect(word.found).toEqual([])
            } else {
              expect(sentence.found).toContain(join(target, "data.mdb"))
              expect(word.found).toContain(join(target, "data.mdb"))
            }
          }
        }),
    )

  it.scoped("a store opens only with its own key, and never quotes an entry", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      const key = database()
      const entry = yield* withStore({ path, key }, (store) => store.put("c", say(SENTENCE)))

      const wrong = yield* openFailure({ path, key: database() })
      expect(wrong._tag).toBe("WorkingMemoryKeyMismatch")
      expect(wrong.message).toContain(path)
      expect(wrong.message).not.toContain(WORD)

      const locked = yield* openFailure({ path })
      expect(locked._tag).toBe("WorkingMemoryLocked")
      expect(locked.message).toContain(path)

      // The right key (another copy of the same bytes) still opens it.
      const same = SecretKey.fromBytes(SecretKey.bytes(key))
      const found = yield* withStore({ path, key: same }, (store) => store.get("c", entry.id))
      expect(found).toEqual(Option.some(entry))
    }),
  )

  it.scoped("without its key check, the first record tells a wrong key or a missing one", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      yield* withStore({ path, key: database() }, (store) => store.put("c", say(SENTENCE)))
      yield* Effect.scoped(
        Effect.gen(function* () {
          const meta = yield* raw<string>(path, "meta")
          expect(yield* Effect.promise(() => meta.remove("key-check"))).toBe(true)
        }),
      )
      expect((yield* openFailure({ path, key: database() }))._tag).toBe("WorkingMemoryKeyMismatch")
      expect((yield* openFailure({ path }))._tag).toBe("WorkingMemoryLocked")
    }),
  )

  it.scoped("a sealed value moved under another entry's key fails that read, typed", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      const key = database()
      const [a, b, c] = yield* withStore({ path, key }, (store) =>
        Effect.all([
          store.put("a", say("first")),
          store.put("b", say(SENTENCE)),
          store.put("b", say("third")),
        ]),
      )
      yield* Effect.scoped(
        Effect.gen(function* () {
          const entries = yield* raw<Array<string>>(path, "entries")
          const moved = entries.get(["a", a.id])!
          yield* Effect.promise(() => entries.put(["b", b.id], moved))
          // A plain record slipped into a sealed store is refused too.
          yield* Effect.promise(() =>
            entries.put(["b", c.id], Buffer.from([1, ...Buffer.from(JSON.stringify(c))])),
          )
        }),
      )

      const store = yield* openStore({ path, key })
      const error = yield* Effect.flip(store.get("b", b.id))
      expect(error._tag).toBe("WorkingMemoryRecordInvalid")
      expect(error.message).toContain(b.id)
      expect(error.message).toContain("does not open")
      const plain = yield* Effect.flip(store.get("b", c.id))
      expect(plain.message).toContain("plain record")
      expect((yield* Effect.flip(store.recent("b", 10)))._tag).toBe("WorkingMemoryRecordInvalid")
      expect(yield* store.get("a", a.id)).toEqual(Option.some(a))
      expect(yield* store.forget("b")).toBe(2)
    }),
  )

  it.scoped("a plain store opened with a key is sealed in place and keeps its entries", () =>
    Effect.gen(function* () {
      const path = join(yield* tempDir(), "wm")
      const written = yield* withStore({ path }, (store) =>
        Effect.forEach(["a", "b", "a"], (conversation, i) =>
          store.put(conversation, say(`before encryption ${i}`)),
        ),
      )
      const key = database()
      yield* withStore({ path, key }, (store) =>
        Effect.gen(function* () {
          for (const entry of written)
            expect(yield* store.get(entry.conversationId, entry.id)).toEqual(Option.some(entry))
        }),
      )
      yield* Effect.scoped(
        Effect.gen(function* () {
          const entries = yield* raw<Array<string>>(path, "entries")
          for (const entry of written)
            expect(entries.get([entry.conversationId, entry.id])?.[0]).toBe(2)
        }),
      )
      expect((yield* openFailure({ path }))._tag).toBe("WorkingMemoryLocked")
    }),
  )
})
