/**
 * `aico service install [--dry-run] | uninstall`: AICO as a user service that starts at
 * login and restarts when it fails — a systemd user unit on Linux, a launchd agent on macOS.
 * The unit runs `aico start` with the AICO_* variables in force at install time.
 */
import { Command, Options } from "@effect/cli"
import { Console, Data, Effect } from "effect"
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, rm, writeFile } from "node:fs/promises"
import { homedir } from "node:os"
import { dirname, join } from "node:path"
import { load } from "../../../config/load.js"
import { launcher } from "../lifecycle/detach.js"
import { serviceNodeFlags } from "../../process/serviceNodeFlags.js"
import { label, launchdPlist } from "./launchdPlist.js"
import { serviceEnvironment, type ServiceDefinition } from "./ServiceDefinition.js"
import { systemdUnit, unitName } from "./systemdUnit.js"

export class ServiceFileError extends Data.TaggedError("ServiceFileError")<{
  readonly file: string
  readonly reason: string
}> {
  override get message() {
    return `cannot write ${this.file}: ${this.reason}`
  }
}

type Manager = "systemd" | "launchd"

const manager = Options.choice("manager", ["systemd", "launchd"]).pipe(
  Options.withDefault<Manager>(process.platform === "darwin" ? "launchd" : "systemd"),
  Options.withDescription("the service manager (default: launchd on macOS, systemd elsewhere)"),
)

const dryRun = Options.boolean("dry-run").pipe(
  Options.withDescription("print the file and where it would go; change nothing"),
)

const home = () => process.env["HOME"] ?? homedir()

/** Where each manager looks for a user's services. */
export const serviceFile = (which: Manager): string =>
  which === "systemd"
    ? join(process.env["XDG_CONFIG_HOME"] || join(home(), ".config"), "systemd", "user", unitName)
    : join(home(), "Library", "LaunchAgents", `${label}.plist`)

/** Runs a service-manager command; its failure is reported, not fatal (the file is in place). */
const run = (command: string, args: ReadonlyArray<string>) =>
  Effect.sync(() => {
    const result = spawnSync(command, args, { encoding: "utf8", timeout: 30_000 })
    const said = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim()
    return result.status === 0
      ? { ok: true as const, said }
      : {
          ok: false as const,
          said: said === "" ? String(result.error ?? `exit ${result.status}`) : said,
        }
  })

const hasCommand = (name: string) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0

const install = Command.make("install", { dryRun, manager }, ({ dryRun, manager: which }) =>
  Effect.gen(function* () {
    const config = yield* load()
    const definition: ServiceDefinition = {
      command: [process.execPath, ...serviceNodeFlags, launcher, "start"],
      environment: serviceEnvironment(process.env),
      workingDirectory: home(),
      consoleLog: join(config.node.dataDir, "logs", "console.log"),
    }
    const file = serviceFile(which)
    const text = which === "systemd" ? systemdUnit(definition) : launchdPlist(definition)
    if (dryRun) return yield* Console.log(`# ${file} (not written: --dry-run)\n${text}`)
    yield* Effect.tryPromise({
      try: async () => {
        await mkdir(dirname(file), { recursive: true })
        await writeFile(file, text, { mode: 0o644 })
      },
      catch: (cause) => new ServiceFileError({ file, reason: String(cause) }),
    })
    yield* Console.log(`wrote ${file}`)
    if (which === "launchd") {
      return yield* Console.log(
        `load it now with: launchctl load -w ${file} (it loads at every login)`,
      )
    }
    if (!hasCommand("systemctl")) {
      return yield* Console.log(
        "systemctl is not available: enable the unit with your service manager",
      )
    }
    const reload = yield* run("systemctl", ["--user", "daemon-reload"])
    const enable = reload.ok ? yield* run("systemctl", ["--user", "enable", unitName]) : reload
    yield* Console.log(
      enable.ok
        ? `enabled; start it now with: systemctl --user start ${unitName}`
        : `systemd's user manager did not take it (${enable.said}); in your login session run: ` +
            `systemctl --user daemon-reload && systemctl --user enable --now ${unitName}`,
    )
  }),
).pipe(Command.withDescription("run AICO at login and restart it when it fails"))

const uninstall = Command.make("uninstall", { manager }, ({ manager: which }) =>
  Effect.gen(function* () {
    const file = serviceFile(which)
    if (!existsSync(file)) return yield* Console.log(`not installed (${file} does not exist)`)
    if (which === "systemd" && hasCommand("systemctl")) {
      yield* run("systemctl", ["--user", "disable", "--now", unitName])
    }
    if (which === "launchd" && hasCommand("launchctl"))
      yield* run("launchctl", ["unload", "-w", file])
    yield* Effect.promise(() => rm(file, { force: true }))
    if (which === "systemd" && hasCommand("systemctl"))
      yield* run("systemctl", ["--user", "daemon-reload"])
    yield* Console.log(`removed ${file}`)
  }),
).pipe(Command.withDescription("stop running AICO at login; removes the unit"))

export const serviceCommand = Command.make("service").pipe(
  Command.withDescription("AICO as a user service of systemd (Linux) or launchd (macOS)"),
  Command.withSubcommands([install, uninstall]),
)
