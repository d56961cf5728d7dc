/**
 * AICO's own PostgreSQL: a cluster in `<dataDir>/postgres`, created on first start, run as
 * a child process for as long as the scope lives and stopped (fast shutdown, every
 * committed transaction kept) when it closes. It listens on 127.0.0.1 only, with a
 * password generated at creation and kept beside the cluster (mode 0600).
 */
import { Duration, Effect, Redacted, Runtime, type Scope } from "effect"
import { spawn, type ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import { chown, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { freePort } from "../net/freePort.js"
import { EmbeddedPostgresError } from "./DatabaseError.js"
import { postgresBinaries } from "./postgresBinaries.js"
import { exited, OutputTail } from "../process/childProcess.js"
import { runAs, runToCompletion, type RunAs } from "./postgresRunAs.js"
import { stopOrphan } from "../process/orphanServer.js"
import { pathExists } from "../process/pathExists.js"

export interface EmbeddedPostgresOptions {
  /** The directory holding the cluster (`data/`) and its password. */
  readonly directory: string
  /** 0 picks a free port. */
  readonly port: number
  readonly startTimeoutMs?: number
}

export interface EmbeddedPostgres {
  readonly host: string
  readonly port: number
  readonly user: string
  readonly password: Redacted.Redacted<string>
  /** The database AICO uses; the cluster's maintenance database is `postgres`. */
  readonly database: string
  readonly dataDirectory: string
}

const user = "aico"
const database = "aico"

const fail = (directory: string, reason: string, output = "") =>
  new EmbeddedPostgresError({ directory, reason, output })

/** The cluster's password, created with the cluster. */
const passwordOf = (directory: string) =>
  Effect.tryPromise({
    try: () => readFile(join(directory, "password"), "utf8"),
    catch: () => fail(directory, "the cluster exists but its password file is missing"),
  }).pipe(Effect.map((text) => Redacted.make(text.trim())))

/**
 * Creates the cluster with initdb into a scratch directory renamed into place on success,
 * so a crash during creation never leaves a half-made cluster behind.
 */
const initialise = (directory: string, run: RunAs, initdb: string) =>
  Effect.gen(function* () {
    const scratch = join(directory, "data.creating")
    const pwfile = join(directory, "password.initdb")
    const password = randomBytes(24).toString("base64url")
    yield* Effect.tryPromise({
      try: async () => {
        await rm(scratch, { recursive: true, force: true })
        await mkdir(scratch, { recursive: true, mode: 0o700 })
        await writeFile(pwfile, `${password}\n`, { mode: 0o600 })
        if (run.owner) {
          await chown(scratch, run.owner.uid, run.owner.gid)
          await chown(pwfile, run.owner.uid, run.owner.gid)
        }
      },
      catch: (error) => fail(directory, `cannot prepare the cluster directory: ${String(error)}`),
    })
    yield* runToCompletion(run, initdb, [
      `--pgdata=${scratch}`,
      `--username=${user}`,
      "--auth=scram-sha-256",
      `--pwfile=${pwfile}`,
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]).pipe(
      Effect.mapError((output) => fail(directory, "initdb failed", output)),
      Effect.ensuring(Effect.promise(() => rm(pwfile, { force: true }))),
    )
    yield* Effect.tryPromise({
      try: async () => {
        await writeFile(join(directory, "password"), `${password}\n`, { mode: 0o600 })
        await rename(scratch, join(directory, "data"))
      },
      catch: (error) => fail(directory, `cannot move the new cluster into place: ${String(error)}`),
    })
  })

/** Spawns the server and waits for it to accept connections. */
const launch = (
  directory: string,
  run: RunAs,
  postgres: string,
  port: number,
  startTimeoutMs: number,
) =>
  Effect.gen(function* () {
    const runtime = yield* Effect.runtime<never>()
    const log = (line: string) =>
      Runtime.runFork(runtime)(
        Effect.logDebug(line).pipe(Effect.annotateLogs("component", "postgres")),
      )
    const tail = new OutputTail()
    const [command, argv] = run.command(postgres, [
      "-D",
      join(directory, "data"),
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "logging_collector=off",
    ])
    const child: ChildProcess = spawn(command, argv, { stdio: ["ignore", "ignore", "pipe"] })
    const ready = Effect.async<void, EmbeddedPostgresError>((resume) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        for (const line of tail.push(chunk.toString("utf8"))) {
          log(line)
          if (line.includes("database system is ready to accept connections")) {
            resume(Effect.void)
          }
        }
      })
      child.once("error", (error) => resume(Effect.fail(fail(directory, error.message))))
      child.once("exit", (code, signal) =>
        resume(
          Effect.fail(
            fail(
              directory,
              `the server exited during start (${signal ?? `code ${code}`})`,
              tail.toString(),
            ),
          ),
        ),
      )
    })
    const timeout = fail(directory, `the server did not become ready within ${startTimeoutMs} ms`)
    // This runs as a scope's acquire, which is uninterruptible: the wait must opt back in,
    // or the timeout could never cut a server that hangs in start.
    yield* Effect.interruptible(ready).pipe(
      Effect.timeoutFail({ duration: Duration.millis(startTimeoutMs), onTimeout: () => timeout }),
      Effect.tapError(() => Effect.promise(() => stop(child))),
    )
    return child
  })

/** Fast shutdown (SIGINT): open transactions roll back, committed ones are on disk. */
const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill("SIGINT")
  const done = exited(child)
  const late = setTimeout(() => child.kill("SIGKILL"), 30_000)
  await done
  clearTimeout(late)
}

/** Starts AICO's PostgreSQL for the life of the scope. */
export const start = (
  options: EmbeddedPostgresOptions,
): Effect.Effect<EmbeddedPostgres, EmbeddedPostgresError, Scope.Scope> =>
  Effect.gen(function* () {
    const { directory } = options
    const binaries = yield* postgresBinaries.pipe(
      Effect.mapError((reason) => fail(directory, reason)),
    )
    const run = yield* runAs.pipe(Effect.mapError((reason) => fail(directory, reason)))
    yield* Effect.tryPromise({
      try: () => mkdir(directory, { recursive: true, mode: 0o700 }),
      catch: (error) => fail(directory, `cannot create the directory: ${String(error)}`),
    })
    if (!(yield* pathExists(join(directory, "data", "PG_VERSION")))) {
      yield* initialise(directory, run, binaries.initdb)
    }
    const password = yield* passwordOf(directory)
    yield* stopOrphan({
      pidFile: join(directory, "data", "postmaster.pid"),
      marker: join(directory, "data"),
      name: "PostgreSQL",
      signal: "SIGINT", // fast shutdown: committed transactions are kept
    }).pipe(Effect.mapError((reason) => fail(directory, reason)))
    const port =
      options.port !== 0
        ? options.port
        : yield* freePort().pipe(Effect.mapError((error) => fail(directory, error.message)))
    yield* Effect.acquireRelease(
      launch(directory, run, binaries.postgres, port, options.startTimeoutMs ?? 30_000),
      (child) =>
        Effect.promise(() => stop(child)).pipe(
          Effect.tap(() => Effect.logDebug("embedded PostgreSQL stopped")),
        ),
    )
    return {
      host: "127.0.0.1",
      port,
      user,
      password,
      database,
      dataDirectory: join(directory, "data"),
    }
  })
