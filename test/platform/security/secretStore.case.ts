/** The `SecretStore` contract, written once and run on every implementation. */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, Redacted, type Scope } from "effect"
import { MASTER_KEY_ACCOUNT, type SecretStore } from "../../../platform/security/SecretStore.js"

const bytes = (...values: number[]) => Redacted.make(Uint8Array.from(values))
const read = (secret: Option.Option<Redacted.Redacted<Uint8Array>>) =>
  Option.map(secret, (value) => Array.from(Redacted.value(value)))

export const secretStoreContract = (
  name: string,
  open: () => Effect.Effect<SecretStore.Service, unknown, Scope.Scope>,
) =>
  describe(`SecretStore contract: ${name}`, () => {
    it.scoped("set, get, replace and delete a binary secret", () =>
      Effect.gen(function* () {
        const store = yield* open()
        expect(read(yield* store.get(MASTER_KEY_ACCOUNT))).toEqual(Option.none())
        yield* store.set(MASTER_KEY_ACCOUNT, bytes(0, 1, 2, 255, 10, 13))
        expect(read(yield* store.get(MASTER_KEY_ACCOUNT))).toEqual(
          Option.some([0, 1, 2, 255, 10, 13]),
        )
        yield* store.set(MASTER_KEY_ACCOUNT, bytes(42))
        expect(read(yield* store.get(MASTER_KEY_ACCOUNT))).toEqual(Option.some([42]))
        expect(yield* store.delete(MASTER_KEY_ACCOUNT)).toBe(true)
        expect(yield* store.delete(MASTER_KEY_ACCOUNT)).toBe(false)
        expect(read(yield* store.get(MASTER_KEY_ACCOUNT))).toEqual(Option.none())
      }),
    )

    it.scoped("accounts are separate", () =>
      Effect.gen(function* () {
        const store = yield* open()
        yield* store.set("a", bytes(1))
        yield* store.set("b", bytes(2))
        expect(read(yield* store.get("a"))).toEqual(Option.some([1]))
        expect(read(yield* store.get("b"))).toEqual(Option.some([2]))
        yield* store.delete("a")
        expect(read(yield* store.get("b"))).toEqual(Option.some([2]))
        yield* store.delete("b")
      }),
    )

    it.scoped("an account that could escape its namespace is refused", () =>
      Effect.gen(function* () {
        const store = yield* open()
        for (const account of ["", "../master-key", "a/b", "UPPER", ".hidden"]) {
          const error = yield* Effect.flip(store.set(account, bytes(1)))
          expect(error._tag).toBe("SecretAccountInvalid")
        }
      }),
    )
  })
