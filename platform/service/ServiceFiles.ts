/**
 * The running service's files in its data directory (see ServiceRecord.ts): claimed when the
 * service starts, completed when it is ready, removed when it stops, and read by the CLI,
 * which also clears a file left behind by a service that was killed.
 */
import { Data, Effect, Either, Option, Schema } from "effect"
import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import { nodeProcessAlive } from "./processAlive.js"
import {
  PidText,
  pidFile,
  readyFile,
  type ServiceRecord,
  ServiceRecordJson,
} from "./ServiceRecord.js"

export class ServiceFileError extends Data.TaggedError("ServiceFileError")<{
  readonly file: string
  readonly reason: string
}> {
  override get message() {
    return `cannot write ${this.file}: ${this.reason}`
  }
}

const reason = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause))

const write = (file: string, text: string) =>
  Effect.tryPromise({
    try: async () => {
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, text, { mode: 0o644 })
    },
    catch: (cause) => new ServiceFileError({ file, reason: reason(cause) }),
  })

const readText = (file: string) =>
  Effect.promise(() =>
    readFile(file, "utf8").then(
      (text) => Option.some(text),
      () => Option.none<string>(),
    ),
  )

const remove = (file: string) => Effect.promise(() => rm(file, { force: true }))

const ownedBy = (dataDir: string, pid: number) =>
  Effect.map(readText(pidFile(dataDir)), (text) =>
    Option.exists(text, (t) => Either.getOrNull(Schema.decodeEither(PidText)(t)) === pid),
  )

/**
 * Writes this process's pid for the life of the scope; on release both files go, unless
 * another process has claimed the directory since (then they are its own).
 */
export const claim = (dataDir: string) =>
  Effect.acquireRelease(
    Effect.zipRight(remove(readyFile(dataDir)), write(pidFile(dataDir), `${process.pid}\n`)),
    () =>
      Effect.flatMap(ownedBy(dataDir, process.pid), (owned) =>
        owned ? Effect.zipRight(remove(readyFile(dataDir)), remove(pidFile(dataDir))) : Effect.void,
      ),
  )

/** Records where the ready service answers. */
export const announce = (dataDir: string, record: ServiceRecord) =>
  Effect.flatMap(Schema.encode(ServiceRecordJson)(record).pipe(Effect.orDie), (json) =>
    write(readyFile(dataDir), `${json}\n`),
  )

export type ServiceState = Data.TaggedEnum<{
  /** `stalePid`: a pid file named a process that is gone; it has been removed. */
  NotRunning: { readonly stalePid: Option.Option<number> }
  /** `record` is none while the service is still starting. */
  Running: { readonly pid: number; readonly record: Option.Option<ServiceRecord> }
}>
export const ServiceState = Data.taggedEnum<ServiceState>()

/** Whether a service runs on `dataDir`, clearing the files of one that died. */
export const inspect = (dataDir: string): Effect.Effect<ServiceState> =>
  Effect.gen(function* () {
    const text = yield* readText(pidFile(dataDir))
    if (Option.isNone(text)) return ServiceState.NotRunning({ stalePid: Option.none() })
    const pid = Schema.decodeEither(PidText)(text.value)
    if (Either.isRight(pid) && nodeProcessAlive(pid.right)) {
      const ready = yield* readText(readyFile(dataDir))
      const record = Option.flatMap(ready, (json) =>
        Option.filter(
          Either.getRight(Schema.decodeEither(ServiceRecordJson)(json)),
          (r) => r.pid === pid.right,
        ),
      )
      return ServiceState.Running({ pid: pid.right, record })
    }
    yield* Effect.zipRight(remove(readyFile(dataDir)), remove(pidFile(dataDir)))
    return ServiceState.NotRunning({ stalePid: Either.getRight(pid) })
  })
