/**
 * The service's V8 flags reach node on the paths that cannot import them: the npm scripts
 * that start the service or measure it, and the shebang of the `aico` launcher.
 */
import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { fileURLToPath } from "node:url"
import { serviceNodeFlags } from "../../../platform/process/serviceNodeFlags.js"
import { aicoBin } from "../../support/aicoCli.js"

const packageJson: { scripts: Record<string, string> } = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../package.json", import.meta.url)), "utf8"),
)

describe("the service's node flags", () => {
  it("include the young-generation size and turn pretenuring off", () => {
    expect(serviceNodeFlags.some((flag) => flag.startsWith("--max-semi-space-size="))).toBe(true)
    expect(serviceNodeFlags).toContain("--no-allocation-site-pretenuring")
  })

  it.each(["start", "aico", "bench"])("npm run %s passes them to node", (script) => {
    const words = packageJson.scripts[script]?.split(/\s+/) ?? []
    expect(words[0]).toBe("node")
    for (const flag of serviceNodeFlags) expect(words).toContain(flag)
  })

  it("the aico launcher's shebang passes them to node, and node accepts them", () => {
    const shebang = readFileSync(aicoBin, "utf8").split("\n")[0]!
    const words = shebang.replace(/^#!/, "").split(/\s+/)
    expect(words.slice(0, 3)).toEqual(["/usr/bin/env", "-S", "node"])
    for (const flag of serviceNodeFlags) expect(words).toContain(flag)
    // Run as an executable, through the shebang: node starts with the flags and the CLI answers.
    const help = spawnSync(aicoBin, ["--version"], { cwd: tmpdir(), encoding: "utf8" })
    expect(help.stderr).not.toMatch(/bad option/)
    expect(help.status).toBe(0)
  })
})
