/**
 * Reading an unpacked archive's `manifest.json` and checking it can be restored by this
 * code: a known format version, only migrations this code has, and every listed file there.
 */
import { Effect, ParseResult, Schema } from "effect"
import { lstat, readFile } from "node:fs/promises"
import { join } from "node:path"
import { migrations } from "../database/migrate.js"
import { BackupManifestInvalid } from "./BackupError.js"
import {
  formatVersion,
  Manifest,
  manifestFile,
  tableFile,
  vectorFile,
  workingMemoryFile,
} from "./Manifest.js"

const decode = Schema.decodeUnknown(Manifest, { errors: "all", onExcessProperty: "error" })

/** `{ 1: "initial" }` from `{ "0001_initial": … }`. */
const knownMigrations = new Map(
  Object.keys(migrations).map((key) => {
    const [, id = "", name = ""] = /^(\d+)_(.*)$/.exec(key) ?? []
    return [Number(id), name] as const
  }),
)

const isFile = (path: string) =>
  Effect.promise(() =>
    lstat(path).then(
      (info) => info.isFile(),
      () => false,
    ),
  )

/** The manifest of the archive unpacked in `staging`. */
export const readManifest = (archive: string, staging: string) =>
  Effect.gen(function* () {
    const invalid = (reason: string) => new BackupManifestInvalid({ archive, reason })
    const path = join(staging, manifestFile)
    if (!(yield* isFile(path))) return yield* invalid(`it has no ${manifestFile}`)
    const text = yield* Effect.tryPromise({
      try: () => readFile(path, "utf8"),
      catch: (error) => invalid(`${manifestFile} is unreadable: ${String(error)}`),
    })
    const raw = yield* Effect.try({
      try: (): unknown => JSON.parse(text),
      catch: (error) => invalid(`${manifestFile} is not JSON: ${String(error)}`),
    })
    const version =
      typeof raw === "object" && raw !== null && "formatVersion" in raw
        ? raw.formatVersion
        : undefined
    if (version !== formatVersion) {
      return yield* invalid(
        version === undefined
          ? `${manifestFile} has no formatVersion`
          : `${manifestFile} has format version ${JSON.stringify(version)}; this AICO reads version ${formatVersion} (a newer AICO may read it)`,
      )
    }
    const manifest = yield* decode(raw).pipe(
      Effect.mapError((error) =>
        invalid(
          `${manifestFile} is malformed: ${ParseResult.TreeFormatter.formatErrorSync(error)}`,
        ),
      ),
    )
    for (const { id, name } of manifest.migrations) {
      if (knownMigrations.get(id) !== name) {
        return yield* invalid(
          `its database has migration ${id}_${name}, which this AICO does not know (a newer AICO made it)`,
        )
      }
    }
    const files = [
      ...manifest.tables.map(({ name }) => tableFile(name)),
      vectorFile,
      ...(manifest.workingMemory.included ? [workingMemoryFile] : []),
    ]
    for (const file of files) {
      if (!(yield* isFile(join(staging, file)))) return yield* invalid(`it lacks ${file}`)
    }
    return manifest
  })
