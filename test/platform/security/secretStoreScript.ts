/**
 * One secret-store operation in its own process, like AICO at start-up:
 * `set <account> <hex>`, `get <account>` or `delete <account>` on the OS secret store.
 * Prints one JSON line: `{ ok: true, value }` or `{ ok: false, tag, message }`.
 */
import { Effect, Option, Redacted } from "effect"
import { make } from "../../../platform/security/KeyringSecretStore.js"

const [operation, account = "", hex = ""] = process.argv.slice(2)

const program = Effect.gen(function* () {
  const store = yield* make
  switch (operation) {
    case "set":
      yield* store.set(account, Redacted.make(new Uint8Array(Buffer.from(hex, "hex"))))
      return true
    case "get":
      return Option.match(yield* store.get(account), {
        onNone: () => null,
        onSome: (secret) => Buffer.from(Redacted.value(secret)).toString("hex"),
      })
    case "delete":
      return yield* store.delete(account)
    default:
      return yield* Effect.die(`unknown operation ${operation}`)
  }
})

const result = await Effect.runPromise(
  program.pipe(
    Effect.map((value) => ({ ok: true, value })),
    Effect.catchAll((error) =>
      Effect.succeed({ ok: false, tag: error._tag, message: error.message }),
    ),
  ),
)
console.log(JSON.stringify(result))
