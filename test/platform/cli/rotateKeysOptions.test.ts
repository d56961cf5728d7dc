/**
 * The options of `aico security …`, `--batch-size` among them, decoded with their Schema:
 * any argument list gives options or a readable problem, never a throw.
 */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { parseOptions, SecurityAction } from "../../../platform/cli/security/SecurityCommand.js"

describe("aico security options", () => {
  it("decode --batch-size with the others, and refuse sizes out of range", () => {
    expect(parseOptions(["--batch-size", "2", "--password-fd", "3"])).toEqual({
      batchSize: 2,
      passwordFd: 3,
    })
    expect(SecurityAction.literals).toContain("rotate-keys")
    for (const bad of ["0", "-1", "1.5", "many", "100001"])
      expect(parseOptions(["--batch-size", bad])).toContain("--batch-size 1 to 100000")
    expect(parseOptions(["--batch-size"])).toBe("--batch-size needs a value")
  })

  it("answer any argument list with options or a problem", () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom("--batch-size", "--password-fd", "--key-file", "-", "--"),
            fc.string(),
            fc.integer().map(String),
          ),
          { maxLength: 8 },
        ),
        (args) => {
          const parsed = parseOptions(args)
          if (typeof parsed === "string") expect(parsed.length).toBeGreaterThan(0)
          else if (parsed.batchSize !== undefined) {
            expect(Number.isInteger(parsed.batchSize)).toBe(true)
            expect(parsed.batchSize).toBeGreaterThanOrEqual(1)
            expect(parsed.batchSize).toBeLessThanOrEqual(100_000)
          }
        },
      ),
      { numRuns: 1000 },
    ))
})
