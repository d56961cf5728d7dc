/** `aico security …`: the master password's life cycle, decoded from argv with a Schema. */
import { Schema } from "effect"

const Fd = Schema.NumberFromString.pipe(Schema.int(), Schema.between(0, 1024))
const KeyDir = Schema.String.pipe(
  Schema.minLength(1),
  Schema.filter((p) => !p.startsWith("-")),
)

/** Options shared by the commands: `--password-fd <n>`, `--key-file <dir>`. */
export const SecurityOptions = Schema.Struct({
  passwordFd: Schema.optional(Fd),
  keyDir: Schema.optional(KeyDir),
})
export type SecurityOptions = typeof SecurityOptions.Type

export const SecurityAction = Schema.Literal("setup", "unlock", "change-password", "status")
export type SecurityAction = typeof SecurityAction.Type

export const securityUsage = `aico security <action> [--password-fd <n>] [--key-file <dir>]

actions:
  setup            choose the master password (asked twice), derive the master key, and keep
                   it for unattended restarts
  unlock           prove the password and keep the master key for unattended restarts
                   (after a reboot that lost the secret store's copy, or on a new store)
  change-password  replace the password (old, then new twice)
  status           whether a master key is set up and where it is kept

--password-fd <n>  read passwords from file descriptor n, one per line (automation)
--key-file <dir>   keep the master key in <dir>/master-key.key (mode 0600) instead of the
                   OS secret store: for headless servers without one`

/** Splits `--name value` pairs; anything else is an error message. */
export const parseOptions = (args: ReadonlyArray<string>): SecurityOptions | string => {
  const raw: Record<string, string> = {}
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]
    const value = args[i + 1]
    const key =
      name === "--password-fd" ? "passwordFd" : name === "--key-file" ? "keyDir" : undefined
    if (key === undefined) return `unknown option ${JSON.stringify(name)}`
    if (value === undefined) return `${name} needs a value`
    raw[key] = value
  }
  const decoded = Schema.decodeUnknownEither(SecurityOptions)(raw)
  return decoded._tag === "Right"
    ? decoded.right
    : "--password-fd needs a descriptor number, --key-file a directory"
}
