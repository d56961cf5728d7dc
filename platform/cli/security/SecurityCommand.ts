/** `aico security …`: the master password's life cycle, decoded from argv with a Schema. */
import { Schema } from "effect"

const Fd = Schema.NumberFromString.pipe(Schema.int(), Schema.between(0, 1024))
const KeyDir = Schema.String.pipe(
  Schema.minLength(1),
  Schema.filter((p) => !p.startsWith("-")),
)

const BatchSize = Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 100_000))

/** Options shared by the commands: `--password-fd <n>`, `--key-file <dir>`, `--batch-size <n>`. */
export const SecurityOptions = Schema.Struct({
  passwordFd: Schema.optional(Fd),
  keyDir: Schema.optional(KeyDir),
  /** Values re-sealed per transaction by `rotate-keys`. */
  batchSize: Schema.optional(BatchSize),
})
export type SecurityOptions = typeof SecurityOptions.Type

export const SecurityAction = Schema.Literal(
  "setup",
  "unlock",
  "change-password",
  "status",
  "rotate-keys",
)
export type SecurityAction = typeof SecurityAction.Type

export const securityUsage = `aico security <action> [--password-fd <n>] [--key-file <dir>] [--batch-size <n>]

actions:
  setup            choose the master password (asked twice), derive the master key, and keep
                   it for unattended restarts
  unlock           prove the password and keep the master key for unattended restarts
                   (after a reboot that lost the secret store's copy, or on a new store)
  change-password  replace the password (old, then new twice)
  status           whether a master key is set up and where it is kept
  rotate-keys      make a new master key and re-seal everything under it (stop AICO first);
                   resumes where it stopped if interrupted. Client tokens must be renewed.

--password-fd <n>  read passwords from file descriptor n, one per line (automation)
--key-file <dir>   keep the master key in <dir>/master-key.key (mode 0600) instead of the
                   OS secret store: for headless servers without one
--batch-size <n>   rotate-keys: values re-sealed per transaction (default 500)`

/** Splits `--name value` pairs; anything else is an error message. */
export const parseOptions = (args: ReadonlyArray<string>): SecurityOptions | string => {
  const raw: Record<string, string> = {}
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]
    const value = args[i + 1]
    const key =
      name === "--password-fd"
        ? "passwordFd"
        : name === "--key-file"
          ? "keyDir"
          : name === "--batch-size"
            ? "batchSize"
            : undefined
    if (key === undefined) return `unknown option ${JSON.stringify(name)}`
    if (value === undefined) return `${name} needs a value`
    raw[key] = value
  }
  const decoded = Schema.decodeUnknownEither(SecurityOptions)(raw)
  return decoded._tag === "Right"
    ? decoded.right
    : "--password-fd needs a descriptor number, --key-file a directory, --batch-size 1 to 100000"
}
