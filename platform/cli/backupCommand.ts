/** `aico backup <archive>` and `aico restore <archive>`: the data directory's stores in one file. */
import { Args, Command, Options } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { load } from "../../config/load.js"
import { startupKey } from "../security/startupKey.js"
import { UsageError } from "./ExitCode.js"
import { usage } from "./help.js"
import { withProgress } from "./progress.js"
import { fromFd, fromTerminal } from "./security/passwordInput.js"

/** Loaded on demand: the stores' modules are heavy, and most commands need none of them. */
const loadBackup = Effect.promise(() => import("../backup/Backup.js"))

// Optional here so that a missing path gets AICO's own message (and exit 2), not a generic one.
const archive = Args.file({ name: "archive.tar.gz" }).pipe(Args.optional)

const needArchive = (name: string, given: Option.Option<string>) =>
  Option.match(given, {
    onNone: () => Effect.fail(new UsageError({ problem: `${name} needs the archive path`, usage })),
    onSome: Effect.succeed,
  })

export const backupCommand = Command.make("backup", { archive }, (args) =>
  Effect.gen(function* () {
    const file = yield* needArchive("backup", args.archive)
    const config = yield* load()
    const { backup } = yield* loadBackup
    const { archive, manifest } = yield* backup(config, file, yield* startupKey(config))
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
    yield* Console.log(
      `backup written to ${archive}: ${rows} rows, ${manifest.vectors.count} vectors, ` +
        `working memory ${manifest.workingMemory.included ? "included" : "absent"}`,
    )
  }).pipe(withProgress),
).pipe(
  Command.withDescription("back up the data directory's stores into one archive (stop AICO first)"),
)

const passwordFd = Options.integer("password-fd").pipe(
  Options.optional,
  Options.withDescription("read the backup's master password from this file descriptor"),
)

// Asked only when the archive needs it, after it has been found readable.
const password = (fd: Option.Option<number>) =>
  Effect.flatMap(Option.match(fd, { onNone: () => fromTerminal, onSome: fromFd }), (input) =>
    input.next("Master password of the backup: "),
  )

export const restoreCommand = Command.make("restore", { archive, passwordFd }, (args) =>
  Effect.gen(function* () {
    const file = yield* needArchive("restore", args.archive)
    const { restore } = yield* loadBackup
    const { withPassword } = yield* Effect.promise(() => import("../backup/archiveKeys.js"))
    const { dataDir } = yield* restore(yield* load(), file, withPassword(password(args.passwordFd)))
    yield* Console.log(`restored ${file} into ${dataDir}`)
  }).pipe(withProgress),
).pipe(
  Command.withDescription(
    "restore a backup into an empty data directory; asks for the master password it was made under",
  ),
)
