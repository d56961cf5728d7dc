/** The `aico` command line, decoded from argv with a Schema: what to run, or why it is wrong. */
import { Data, Effect, Either, Schema } from "effect"
import { SecurityAction, securityUsage } from "./security/SecurityCommand.js"

export const usage = `usage: aico <command>

commands:
  backup <archive.tar.gz>   back up the data directory's stores (stop AICO first)
  restore <archive.tar.gz>  restore a backup into an empty data directory
  security <action> …       the master password: setup, unlock, change-password, status
                            (aico security help for details)
  help                      show this help

Configuration comes from config/default.yaml, the user file and AICO_* variables, as for
\`aico start\` (e.g. AICO_NODE__DATA_DIR=/srv/aico).`

const ArchivePath = Schema.String.pipe(
  Schema.minLength(1),
  Schema.filter((path) => !path.startsWith("-")),
)

const withArchive = <const Name extends "backup" | "restore">(name: Name) =>
  Schema.transform(
    Schema.Tuple(Schema.Literal(name), ArchivePath),
    Schema.TaggedStruct(name, { archive: Schema.String }),
    {
      strict: true,
      decode: ([, archive]) => ({ _tag: name, archive }),
      encode: ({ archive }) => [name, archive] as const,
    },
  )

const Help = Schema.transform(
  Schema.Tuple(Schema.Literal("help", "--help", "-h")),
  Schema.TaggedStruct("help", {}),
  {
    strict: true,
    decode: () => ({ _tag: "help" as const }),
    encode: () => ["help"] as const,
  },
)

const Security = Schema.transform(
  Schema.Tuple([Schema.Literal("security"), SecurityAction], Schema.String),
  Schema.TaggedStruct("security", { action: SecurityAction, args: Schema.Array(Schema.String) }),
  {
    strict: true,
    decode: ([, action, ...args]) => ({ _tag: "security" as const, action, args }),
    encode: ({ action, args }) => ["security", action, ...args] as const,
  },
)

export const CliCommand = Schema.Union(
  withArchive("backup"),
  withArchive("restore"),
  Security,
  Help,
)
export type CliCommand = typeof CliCommand.Type

const CommandName = Schema.Literal("backup", "restore", "security", "help", "--help", "-h")

/** Bad arguments: the message says what, and the usage follows it. */
export class UsageError extends Data.TaggedError("UsageError")<{
  readonly problem: string
  readonly usage?: string
}> {
  override get message() {
    return `aico: ${this.problem}\n\n${this.usage ?? usage}`
  }
}

/** The command `argv` (without node and the script) asks for. */
export const parse = (argv: ReadonlyArray<string>): Effect.Effect<CliCommand, UsageError> =>
  Either.match(Schema.decodeUnknownEither(CliCommand)(argv), {
    onRight: Effect.succeed,
    onLeft: () => {
      const [name, ...rest] = argv
      if (name === undefined) return new UsageError({ problem: "no command given" })
      if (Either.isLeft(Schema.decodeUnknownEither(CommandName)(name))) {
        return new UsageError({ problem: `unknown command ${JSON.stringify(name)}` })
      }
      if (name === "security") {
        return new UsageError({
          problem:
            rest[0] === undefined || rest[0] === "help"
              ? "security needs an action"
              : `unknown security action ${JSON.stringify(rest[0])}`,
          usage: securityUsage,
        })
      }
      if ((name === "backup" || name === "restore") && rest.length === 0) {
        return new UsageError({ problem: `${name} needs the archive path` })
      }
      return new UsageError({
        problem: `unexpected arguments for ${name}: ${rest.map((a) => JSON.stringify(a)).join(" ")}`,
      })
    },
  })
