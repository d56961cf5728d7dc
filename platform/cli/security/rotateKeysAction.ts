/**
 * `aico security rotate-keys`: asks for the master password, then rotates the master key
 * (or resumes the rotation that was interrupted), printing a line per batch and a summary.
 */
import { Console, Effect } from "effect"
import type { Config } from "../../../schemas/Config.js"
import { rotateKeys, type RotationSummary } from "../../security/rotation/rotateKeys.js"
import type { SecretStore } from "../../security/SecretStore.js"
import type { PasswordInput } from "./passwordInput.js"
import type { SecurityOptions } from "./SecurityCommand.js"

/** Values re-sealed per transaction unless `--batch-size` says otherwise. */
export const defaultBatchSize = 500

/** What the user is told once the rotation is complete. */
export const summaryLines = (summary: RotationSummary): ReadonlyArray<string> => {
  const totals = Object.entries(summary.totals).map(([store, count]) => `${store} ${count}`)
  return [
    `keys rotated${summary.resumed ? " (resumed)" : ""}: everything is sealed under the new master key, kept in ${summary.store}`,
    ...(totals.length === 0 ? [] : [`re-sealed: ${totals.join(", ")}`]),
    summary.busKey === "absent"
      ? "bus keys: none yet"
      : "bus keys: the secret is re-sealed; the public key (and peers' allow-lists) is unchanged",
    ...(summary.unreadable === 0
      ? []
      : [
          `${summary.unreadable} values opened with neither key (damaged) and were left as they were`,
        ]),
    "client tokens signed with the old key are no longer valid: clients must sign in again",
  ]
}

export const runRotateKeys = (
  options: SecurityOptions,
  config: Config,
  store: SecretStore.Service,
  input: PasswordInput,
) =>
  Effect.gen(function* () {
    const password = yield* input.next("Master password: ")
    const summary = yield* Effect.scoped(
      rotateKeys({ config, password, store, batchSize: options.batchSize ?? defaultBatchSize }),
    )
    yield* Console.log(summaryLines(summary).join("\n"))
  })
