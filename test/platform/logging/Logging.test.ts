import { describe, expect, it } from "@effect/vitest"
import { Effect, FastCheck as fc, Schema, TestClock } from "effect"
import { existsSync } from "node:fs"
import * as fs from "node:fs/promises"
import * as path from "node:path"
import * as SealedLog from "../../../platform/crypto/SealedLog.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import * as Logging from "../../../platform/logging/Logging.js"
import { Config } from "../../../schemas/Config.js"
import { tempDir } from "./tempDir.js"

/** A configuration whose file logging lives in `dir`, console off unless asked. */
const configIn = (
  dir: string,
  log: Record<string, unknown> = {},
  file: Record<string, unknown> = {},
) =>
  Schema.decodeUnknownSync(Config)({
    node: { dataDir: dir },
    log: {
      console: "off",
      ...log,
      // The line format, in the clear; sealing is tested on its own below.
      file: { path: path.join(dir, "logs", "aico.log"), sealed: false, ...file },
    },
  })

const readLines = (file: string) =>
  Effect.promise(async () => {
    const text = await fs.readFile(file, "utf8")
    return text
      .split("\n")
      .filter((line) => line !== "")
      .map((line): Record<string, unknown> => JSON.parse(line))
  })

// A flush interval far beyond any test, so what reaches the file got there by the
// size threshold or by the release flush, not by the timer.
const noTimer = { flushInterval: 3_600_000 }

describe("Logging", () => {
  it.scoped("writes JSON lines with annotations and spans as fields", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir)
      yield* Effect.logInfo("delivered").pipe(
        Effect.annotateLogs({ actor: "/user/chat", messageId: "m-1" }),
        Effect.withLogSpan("handle"),
        Effect.provide(Logging.layer(config, noTimer)),
      )
      const [line, ...rest] = yield* readLines(Logging.logFilePath(config))
      expect(rest).toEqual([])
      expect(line).toMatchObject({
        level: "info",
        message: "delivered",
        actor: "/user/chat",
        messageId: "m-1",
      })
      expect(typeof line?.["timestamp"]).toBe("string")
      expect(line?.["fiber"]).toMatch(/^#\d+$/)
      expect(line?.["spans"]).toHaveProperty("handle")
    }),
  )

  it.scoped("puts the file under <dataDir>/logs when log.file.path is empty", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(path.join(dir, "data"), {}, { path: "" })
      expect(Logging.logFilePath(config)).toBe(path.join(dir, "data", "logs", "aico.log"))
      yield* Effect.log("hello").pipe(Effect.provide(Logging.layer(config, noTimer)))
      const lines = yield* readLines(path.join(dir, "data", "logs", "aico.log"))
      expect(lines.map((line) => line["message"])).toEqual(["hello"])
    }),
  )

  it.scoped("loses nothing queued when the layer is released", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir)
      const count = 5000
      yield* Effect.forEach(
        Array.from({ length: count }, (_, i) => i),
        (i) => Effect.logInfo(`line ${i}`).pipe(Effect.annotateLogs("seq", i)),
        { discard: true },
      ).pipe(Effect.provide(Logging.layer(config, noTimer)))
      const lines = yield* readLines(Logging.logFilePath(config))
      expect(lines.map((line) => line["seq"])).toEqual(Array.from({ length: count }, (_, i) => i))
    }),
  )

  it.scoped("writes queued lines on its flush timer while the layer lives", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir)
      const file = Logging.logFilePath(config)
      yield* Effect.gen(function* () {
        yield* Effect.log("queued")
        expect(yield* readLines(file)).toEqual([])
        // The test clock drives the timer, so this is not a wall-clock wait.
        yield* TestClock.adjust("1 second")
        expect((yield* readLines(file)).map((line) => line["message"])).toEqual(["queued"])
      }).pipe(Effect.provide(Logging.layer(config, { flushInterval: 200 })))
    }),
  )

  it.scoped("rotates: at most maxFiles files, none above maxBytes, newest in aico.log", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const maxBytes = 1024
      const maxFiles = 3
      const config = configIn(dir, {}, { maxBytes, maxFiles })
      yield* Effect.forEach(
        Array.from({ length: 400 }, (_, i) => i),
        (i) => Effect.logInfo(`rotation test line ${i}`).pipe(Effect.annotateLogs("seq", i)),
        { discard: true },
      ).pipe(Effect.provide(Logging.layer(config, noTimer)))

      const logs = path.dirname(Logging.logFilePath(config))
      const names = (yield* Effect.promise(() => fs.readdir(logs))).sort()
      expect(names).toEqual(["aico.log", "aico.log.1", "aico.log.2"])
      for (const name of names) {
        const { size } = yield* Effect.promise(() => fs.stat(path.join(logs, name)))
        expect(size).toBeLessThanOrEqual(maxBytes)
        expect(size).toBeGreaterThan(0)
      }
      // Files hold consecutive runs of lines, oldest in the highest-numbered file.
      const seqs = []
      for (const name of ["aico.log.2", "aico.log.1", "aico.log"]) {
        for (const line of yield* readLines(path.join(logs, name))) seqs.push(line["seq"])
      }
      expect(seqs.at(-1)).toBe(399)
      const first = seqs[0]
      expect(seqs).toEqual(seqs.map((_, i) => Number(first) + i))
    }),
  )

  it.scoped.prop(
    "any mix of lines and limits keeps to maxFiles files of at most maxBytes",
    {
      maxBytes: fc.integer({ min: 150, max: 2000 }),
      maxFiles: fc.integer({ min: 1, max: 4 }),
      messages: fc.array(fc.string({ maxLength: 400, unit: "grapheme" }), { maxLength: 80 }),
    },
    ({ maxBytes, maxFiles, messages }) =>
      Effect.gen(function* () {
        const dir = yield* tempDir
        const config = configIn(dir, {}, { maxBytes, maxFiles })
        yield* Effect.forEach(messages, (message) => Effect.logInfo(message), {
          discard: true,
        }).pipe(Effect.provide(Logging.layer(config, noTimer)))
        const logs = path.dirname(Logging.logFilePath(config))
        const names = yield* Effect.promise(() => fs.readdir(logs))
        const allowed = [
          "aico.log",
          ...Array.from({ length: maxFiles - 1 }, (_, i) => `aico.log.${i + 1}`),
        ]
        expect(names.length).toBeLessThanOrEqual(maxFiles)
        for (const name of names) {
          expect(allowed).toContain(name)
          const { size } = yield* Effect.promise(() => fs.stat(path.join(logs, name)))
          expect(size).toBeLessThanOrEqual(maxBytes)
          yield* readLines(path.join(logs, name)) // every line parses
        }
      }),
    { fastCheck: { numRuns: 40 } },
  )

  it.scoped("cuts an oversized line so it still fits and parses", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const maxBytes = 300
      const config = configIn(dir, {}, { maxBytes, maxFiles: 2 })
      yield* Effect.logInfo("x".repeat(2000)).pipe(
        Effect.annotateLogs("actor", "/user/big"),
        Effect.provide(Logging.layer(config, noTimer)),
      )
      const file = Logging.logFilePath(config)
      const { size } = yield* Effect.promise(() => fs.stat(file))
      expect(size).toBeLessThanOrEqual(maxBytes)
      const [line] = yield* readLines(file)
      expect(line).toMatchObject({ level: "info", truncated: true })
      expect(String(line?.["message"])).toMatch(/^x+$/)
    }),
  )

  it.scoped("filters below log.level, in the file and on the console", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir, { level: "warning", console: "json" })
      const consoleLines: Array<string> = []
      yield* Effect.gen(function* () {
        yield* Effect.logTrace("trace")
        yield* Effect.logDebug("debug")
        yield* Effect.logInfo("info")
        yield* Effect.logWarning("warning")
        yield* Effect.logError("error")
        yield* Effect.logFatal("fatal")
      }).pipe(
        Effect.provide(
          Logging.layer(config, { ...noTimer, writeConsole: (line) => consoleLines.push(line) }),
        ),
      )
      const inFile = yield* readLines(Logging.logFilePath(config))
      expect(inFile.map((line) => line["level"])).toEqual(["warning", "error", "fatal"])
      const onConsole = consoleLines.map((line): Record<string, unknown> => JSON.parse(line))
      expect(onConsole.map((line) => line["message"])).toEqual(["warning", "error", "fatal"])
    }),
  )

  it.scoped("level none logs nothing", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir, { level: "none" })
      yield* Effect.logFatal("fatal").pipe(Effect.provide(Logging.layer(config, noTimer)))
      expect(yield* readLines(Logging.logFilePath(config))).toEqual([])
    }),
  )

  it.scoped("pretty console lines carry the level, message and annotations", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir, { console: "pretty" }, { enabled: false })
      const consoleLines: Array<string> = []
      yield* Effect.logWarning("mailbox almost full").pipe(
        Effect.annotateLogs({ actor: "/user/chat", depth: 9000 }),
        Effect.provide(
          Logging.layer(config, { colors: false, writeConsole: (line) => consoleLines.push(line) }),
        ),
      )
      expect(consoleLines).toHaveLength(1)
      expect(consoleLines[0]).toMatch(
        /^\d\d:\d\d:\d\d\.\d{3} WARN {2}mailbox almost full actor=\/user\/chat depth=9000$/,
      )
      // With the file disabled, nothing is created.
      expect(yield* Effect.promise(() => fs.readdir(dir))).toEqual([])
    }),
  )

  it.scoped("a failure's cause is a field of the JSON line", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir)
      yield* Effect.fail(new Error("boom")).pipe(
        Effect.catchAllCause((cause) => Effect.logError("handler failed", cause)),
        Effect.provide(Logging.layer(config, noTimer)),
      )
      const [line] = yield* readLines(Logging.logFilePath(config))
      expect(line?.["message"]).toBe("handler failed")
      expect(String(line?.["cause"])).toContain("boom")
    }),
  )

  it.scoped("appends to an existing file across layer lifetimes", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir)
      yield* Effect.log("first").pipe(Effect.provide(Logging.layer(config, noTimer)))
      yield* Effect.log("second").pipe(Effect.provide(Logging.layer(config, noTimer)))
      const lines = yield* readLines(Logging.logFilePath(config))
      expect(lines.map((line) => line["message"])).toEqual(["first", "second"])
    }),
  )

  it.scoped("fails with LogFileError when the file cannot be created", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const blocker = path.join(dir, "not-a-directory")
      yield* Effect.promise(() => fs.writeFile(blocker, ""))
      const config = configIn(dir, {}, { path: path.join(blocker, "aico.log") })
      const error = yield* Effect.flip(Effect.log("x").pipe(Effect.provide(Logging.layer(config))))
      expect(error).toBeInstanceOf(Logging.LogFileError)
      expect(error.path).toBe(path.join(blocker, "aico.log"))
      expect(error.message).toContain("cannot open the log file")
    }),
  )

  it.scoped("a sealed log writes nothing before the key, then every line sealed", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir, {}, { sealed: true })
      const file = path.join(dir, "logs", "aico.log")
      const key = SecretKey.random()
      yield* Effect.gen(function* () {
        yield* Effect.logInfo("before the key: Ingrid's vault")
        yield* Effect.sync(() => expect(existsSync(file)).toBe(false))
        yield* Effect.flatMap(Logging.LogFile, (log) => log.unlock(key))
        yield* Effect.logInfo("after the key: Ingrid's vault")
      }).pipe(Effect.provide(Logging.layer(config, noTimer)))
      const bytes = yield* Effect.promise(() => fs.readFile(file))
      expect(bytes.includes(Buffer.from("Ingrid"))).toBe(false)
      const read = SealedLog.read(bytes, key)
      expect(read.problem).toBeUndefined()
      const messages = read.records
        .map((record) => record.toString())
        .join("")
        .split("\n")
        .filter((line) => line !== "")
        .map(
          (line) =>
            Schema.decodeUnknownSync(Schema.parseJson(Schema.Struct({ message: Schema.String })))(
              line,
            ).message,
        )
      expect(messages).toEqual(["before the key: Ingrid's vault", "after the key: Ingrid's vault"])
    }),
  )

  it.scoped("a sealed log rotates a plain file from before away instead of appending to it", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const config = configIn(dir, {}, { sealed: true })
      const file = path.join(dir, "logs", "aico.log")
      yield* Effect.promise(() => fs.mkdir(path.dirname(file), { recursive: true }))
      yield* Effect.promise(() => fs.writeFile(file, '{"message":"old plain line"}\n'))
      const key = SecretKey.random()
      yield* Effect.flatMap(Logging.LogFile, (log) => log.unlock(key)).pipe(
        Effect.zipRight(Effect.logInfo("sealed line")),
        Effect.provide(Logging.layer(config, noTimer)),
      )
      const sealed = SealedLog.read(yield* Effect.promise(() => fs.readFile(file)), key)
      expect(sealed.records.map((r) => r.toString()).join("")).toContain("sealed line")
      expect(yield* Effect.promise(() => fs.readFile(`${file}.1`, "utf8"))).toContain(
        "old plain line",
      )
    }),
  )
})
