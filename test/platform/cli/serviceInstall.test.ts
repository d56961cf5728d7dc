/**
 * `aico service install | uninstall` with HOME pointed at a temporary directory: the unit
 * files are written where systemd and launchd look for them, and read back (parsed) to check
 * what they run. This machine's systemd user manager is offline, which install reports
 * without failing (the file is in place).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { serviceNodeFlags } from "../../../platform/process/serviceNodeFlags.js"
import { aicoBin, aicoCli } from "../../support/aicoCli.js"
import { tempDir } from "../../support/nodes.js"

/** `[section] key=value` lines into section → key → values (keys may repeat, e.g. Environment). */
const parseUnit = (text: string) => {
  const sections = new Map<string, Map<string, Array<string>>>()
  let current = new Map<string, Array<string>>()
  for (const line of text.split("\n")) {
    const header = /^\[(\w+)\]$/.exec(line)
    if (header) sections.set(header[1] ?? "", (current = new Map()))
    const entry = /^(\w+)=(.*)$/.exec(line)
    if (entry) current.set(entry[1] ?? "", [...(current.get(entry[1] ?? "") ?? []), entry[2] ?? ""])
  }
  return sections
}

type Plist = string | number | boolean | ReadonlyArray<Plist> | { readonly [key: string]: Plist }

/** The plist subset launchd agents use: dict, array, string, integer, true, false. */
const parsePlist = (text: string): Plist => {
  const tokens =
    text
      .replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<\/?plist[^>]*>/g, "")
      .match(/<[^>]+>|[^<]+/g)
      ?.map((t) => t.trim())
      .filter((t) => t !== "") ?? []
  let at = 0
  const unescape = (s: string) =>
    s
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&amp;", "&")
  const value = (): Plist => {
    const tag = tokens[at++]
    if (tag === "<true/>") return true
    if (tag === "<false/>") return false
    if (tag === "<string>" || tag === "<integer>") {
      const content =
        tokens[at] === "</string>" || tokens[at] === "</integer>"
          ? ""
          : unescape(tokens[at++] ?? "")
      at++
      return tag === "<integer>" ? Number(content) : content
    }
    if (tag === "<array>") {
      const items: Array<Plist> = []
      while (tokens[at] !== "</array>") items.push(value())
      at++
      return items
    }
    if (tag === "<dict>") {
      const dict: Record<string, Plist> = {}
      while (tokens[at] !== "</dict>") {
        at++ // <key>
        const key = tokens[at++] ?? ""
        at++ // </key>
        dict[key] = value()
      }
      at++
      return dict
    }
    throw new Error(`unexpected plist token ${tag}`)
  }
  return value()
}

describe("aico service", () => {
  it.scopedLive("installs and removes a systemd user unit that runs aico start", () =>
    Effect.gen(function* () {
      const home = yield* tempDir("aico-cli-home-")
      const env = { HOME: home, XDG_CONFIG_HOME: "", AICO_NODE__DATA_DIR: join(home, "data") }
      const unitFile = join(home, ".config", "systemd", "user", "aico.service")

      const dry = yield* aicoCli(env, ["service", "install", "--dry-run", "--manager", "systemd"])
      expect(dry.code).toBe(0)
      expect(dry.stdout).toContain(unitFile)
      expect(existsSync(unitFile)).toBe(false)

      const install = yield* aicoCli(env, ["service", "install", "--manager", "systemd"])
      expect(install.code).toBe(0)
      expect(install.stdout).toContain(`wrote ${unitFile}`)
      const unit = parseUnit(readFileSync(unitFile, "utf8"))
      const service = unit.get("Service")
      expect(service?.get("ExecStart")).toEqual([
        [process.execPath, ...serviceNodeFlags, aicoBin, "start"].join(" "),
      ])
      expect(service?.get("Restart")).toEqual(["on-failure"])
      // A configuration error is not fixed by restarting.
      expect(service?.get("RestartPreventExitStatus")).toEqual(["78"])
      expect(service?.get("Environment")).toContain(`AICO_NODE__DATA_DIR=${join(home, "data")}`)
      expect(unit.get("Install")?.get("WantedBy")).toEqual(["default.target"])

      const uninstall = yield* aicoCli(env, ["service", "uninstall", "--manager", "systemd"])
      expect(uninstall.code).toBe(0)
      expect(existsSync(unitFile)).toBe(false)
    }),
  )

  it.scopedLive("writes a launchd agent that keeps aico start alive", () =>
    Effect.gen(function* () {
      const home = yield* tempDir("aico-cli-home-")
      const dataDir = join(home, "data")
      const env = { HOME: home, AICO_NODE__DATA_DIR: dataDir }
      const install = yield* aicoCli(env, ["service", "install", "--manager", "launchd"])
      expect(install.code).toBe(0)
      const file = join(home, "Library", "LaunchAgents", "dev.aico.service.plist")
      const plist = parsePlist(readFileSync(file, "utf8"))
      expect(plist).toMatchObject({
        Label: "dev.aico.service",
        ProgramArguments: [process.execPath, ...serviceNodeFlags, aicoBin, "start"],
        RunAtLoad: true,
        KeepAlive: { SuccessfulExit: false },
        EnvironmentVariables: { AICO_NODE__DATA_DIR: dataDir },
        StandardErrorPath: join(dataDir, "logs", "console.log"),
      })
    }),
  )
  // Each command is a fresh Node process; on a busy 2-core machine that takes seconds.
}, 300_000)
