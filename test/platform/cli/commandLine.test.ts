/**
 * The `aico` command as installed (bin/aico.mjs, run from outside the project), for the
 * commands that need no running service: usage errors and exit codes, help, completions,
 * configuration, logs over a real rotated log, and status/stop with nothing running.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { aicoCli } from "../../support/aicoCli.js"
import { tempDir } from "../../support/nodes.js"

describe("aico without a service", () => {
  it.scopedLive("answers bad arguments with exit 2 and says what was wrong", () =>
    Effect.gen(function* () {
      const none = yield* aicoCli({}, [])
      expect(none.code).toBe(2)
      expect(none.stderr).toContain("no command given")
      expect(none.stderr).toContain("exit codes: 0 done")
      const unknown = yield* aicoCli({}, ["actors", "frob"])
      expect(unknown.code).toBe(2)
      expect(unknown.stderr).toContain('unknown actors command "frob"')
      const group = yield* aicoCli({}, ["db"])
      expect(group.code).toBe(2)
      expect(group.stderr).toContain("db needs a subcommand: migrate, status")
      const badOption = yield* aicoCli({}, ["stop", "--timeout", "soon"])
      expect(badOption.code).toBe(2)
      const badTime = yield* aicoCli({}, ["logs", "query", "--since", "yesterday"])
      expect(badTime.code).toBe(2)
      expect(badTime.stderr).toContain("a time ago (30s, 15m, 2h, 7d)")
    }),
  )

  it.scopedLive("prints help, the version, and plain text when not on a terminal", () =>
    Effect.gen(function* () {
      const help = yield* aicoCli({}, ["help"])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain("logs tail [-f]")
      const subHelp = yield* aicoCli({}, ["logs", "query", "--help"])
      expect(subHelp.code).toBe(0)
      expect(subHelp.stdout).toContain("--since")
      // Piped output carries no ANSI escapes.
      expect(subHelp.stdout).not.toContain("\u001b[")
      const version = yield* aicoCli({}, ["--version"])
      expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
    }),
  )

  it.scopedLive("generates shell completions for bash, zsh and fish", () =>
    Effect.gen(function* () {
      const bash = yield* aicoCli({}, ["--completions", "bash"])
      expect(bash.code).toBe(0)
      expect(bash.stdout).toContain("complete -F")
      for (const word of ["start", "status", "actors", "logs", "config"]) {
        expect(bash.stdout).toContain(word)
      }
      const zsh = yield* aicoCli({}, ["--completions", "zsh"])
      expect(zsh.stdout).toContain("#compdef aico")
      const fish = yield* aicoCli({}, ["--completions", "fish"])
      expect(fish.stdout).toContain("complete -c aico")
    }),
  )

  it.scopedLive("config get, set (keeping comments, validated first) and validate", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir("aico-cli-config-")
      const file = join(dir, "config.yaml")
      writeFileSync(file, "# my settings\nintrospection:\n  port: 9000 # chosen by hand\n")
      const env = { AICO_CONFIG: file }
      const get = yield* aicoCli(env, ["config", "get", "introspection.port"])
      expect(get.stdout.trim()).toBe("9000")
      const section = yield* aicoCli(env, ["config", "get", "introspection", "--json"])
      expect(JSON.parse(section.stdout)).toMatchObject({ port: 9000, host: "127.0.0.1" })

      const set = yield* aicoCli(env, ["config", "set", "log.level", "debug"])
      expect(set.code).toBe(0)
      const written = readFileSync(file, "utf8")
      expect(written).toContain("# my settings")
      expect(written).toContain("# chosen by hand")
      expect(parse(written)).toEqual({ introspection: { port: 9000 }, log: { level: "debug" } })

      const badValue = yield* aicoCli(env, ["config", "set", "introspection.port", "lots"])
      expect(badValue.code).toBe(78)
      expect(badValue.stderr).toContain(`introspection.port (from user file ${file})`)
      const badKey = yield* aicoCli(env, ["config", "set", "introspection.prot", "1"])
      expect(badKey.code).toBe(78)
      expect(badKey.stderr).toContain("introspection.prot")
      // Refused values never reach the file.
      expect(readFileSync(file, "utf8")).toBe(written)
      const unknownGet = yield* aicoCli(env, ["config", "get", "no.such.key"])
      expect(unknownGet.code).toBe(2)

      const valid = yield* aicoCli(env, ["config", "validate"])
      expect(valid.code).toBe(0)
      const broken = join(dir, "broken.yaml")
      writeFileSync(broken, "bus:\n  mailboxCapacity: -1\n")
      const invalid = yield* aicoCli({}, ["config", "validate", broken])
      expect(invalid.code).toBe(78)
      expect(invalid.stderr).toContain("bus.mailboxCapacity")
    }),
  )

  it.scopedLive("logs tail and query read the rotated files, skipping foreign lines", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir("aico-cli-logs-")
      mkdirSync(join(dataDir, "logs"))
      const line = (at: string, level: string, message: string, actor?: string) =>
        JSON.stringify({ timestamp: at, level, message, fiber: "#1", ...(actor ? { actor } : {}) })
      writeFileSync(
        join(dataDir, "logs", "aico.log.1"),
        [
          line("2025-01-01T10:00:00.000Z", "info", "old start"),
          "not json at all",
          line("2025-01-01T11:00:00.000Z", "error", "old failure", "memory@main"),
        ].join("\n") + "\n",
      )
      writeFileSync(
        join(dataDir, "logs", "aico.log"),
        [
          line("2025-01-02T10:00:00.000Z", "debug", "chatter"),
          '{"timestamp":"yesterday","level":"info","message":"bad time"}',
          line("2025-01-02T11:00:00.000Z", "warning", "mailbox filling", "memory@main"),
        ].join("\n") + "\n",
      )
      const env = { AICO_NODE__DATA_DIR: dataDir }
      const tail = yield* aicoCli(env, ["logs", "tail", "-n", "2"])
      expect(tail.code).toBe(0)
      expect(tail.stdout.trim().split("\n")).toHaveLength(2)
      expect(tail.stdout).toContain("mailbox filling")
      expect(tail.stderr).toContain("skipped 2 lines")

      const errors = yield* aicoCli(env, ["logs", "query", "--level", "warning", "--json"])
      const found = errors.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).message)
      expect(found).toEqual(["old failure", "mailbox filling"])
      const byActor = yield* aicoCli(env, [
        "logs",
        "query",
        "--actor",
        "memory@main",
        "--since",
        "2025-01-02",
        "--json",
      ])
      expect(
        byActor.stdout
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l).message),
      ).toEqual(["mailbox filling"])
      const until = yield* aicoCli(env, ["logs", "query", "--until", "2025-01-01T10:30:00Z"])
      expect(until.stdout).toContain("old start")
      expect(until.stdout).not.toContain("chatter")
    }),
  )

  it.scopedLive("status and stop exit 3 when nothing runs, clearing a stale pid file", () =>
    Effect.gen(function* () {
      const dataDir = yield* tempDir("aico-cli-status-")
      const env = { AICO_NODE__DATA_DIR: dataDir }
      const status = yield* aicoCli(env, ["status", "--json"])
      expect(status.code).toBe(3)
      expect(JSON.parse(status.stdout)).toEqual({ running: false, dataDir })
      // A pid that cannot be alive: the file of a service that was killed.
      writeFileSync(join(dataDir, "aico.pid"), "999999999\n")
      const stop = yield* aicoCli(env, ["stop"])
      expect(stop.code).toBe(3)
      expect(stop.stdout).toContain("removed the pid file of pid 999999999")
      expect(existsSync(join(dataDir, "aico.pid"))).toBe(false)
      const actors = yield* aicoCli(env, ["actors", "ls"])
      expect(actors.code).toBe(3)
      expect(actors.stderr).toContain("AICO is not running")
      const chat = yield* aicoCli(env, ["chat"])
      expect(chat.code).toBe(3)
    }),
  )
  // Each command is a fresh Node process; on a busy 2-core machine that takes seconds.
}, 300_000)
