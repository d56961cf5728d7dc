/**
 * The CLI's decoders at its boundaries (log lines, time bounds, the service's pid and ready
 * files, the command path check), fuzzed: any input decodes or is refused, never throws,
 * and what the service writes decodes back to itself.
 */
import { Command } from "@effect/cli"
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc, HashMap, Option, Schema } from "effect"
import { aicoCommand, commandTree } from "../../../platform/cli/aicoCommand.js"
import { checkCommandPath } from "../../../platform/cli/commandPath.js"
import { decodeLogLine, LogLine } from "../../../platform/cli/logs/LogLine.js"
import { TimeBound } from "../../../platform/cli/logs/TimeBound.js"
import { jsonLine } from "../../../platform/logging/jsonLine.js"
import {
  PidText,
  ServiceRecord,
  ServiceRecordJson,
} from "../../../platform/service/ServiceRecord.js"

describe("the CLI's decoders", () => {
  it("log lines: any text decodes or is skipped; the logger's own lines decode", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const line = decodeLogLine(text)
        expect(line === undefined || typeof line.message === "string").toBe(true)
      }),
      { numRuns: 2000 },
    )
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }),
        fc.constantFrom("trace", "debug", "info", "warning", "error", "fatal"),
        fc.string(),
        fc.dictionary(
          fc.string().filter((k) => k !== "__proto__"),
          fc.jsonValue(),
        ),
        (date, level, message, annotations) => {
          const text = jsonLine({
            date,
            level,
            message,
            fiber: "#1",
            annotations: Object.entries(annotations),
            spans: [],
            cause: undefined,
          })
          const decoded = decodeLogLine(text ?? "")
          expect(decoded?.message).toBe(message)
          expect(decoded?.level).toBe(level)
        },
      ),
      { numRuns: 500 },
    )
    const arbitrary = Arbitrary.make(LogLine)
    fc.assert(
      fc.property(arbitrary, (line) => {
        expect(Either.isRight(Schema.decodeUnknownEither(LogLine)(line))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it("time bounds: any text is a bound or a readable refusal", () => {
    const decode = Schema.decodeUnknownEither(TimeBound)
    fc.assert(
      fc.property(fc.string(), (text) => {
        Either.match(decode(text), {
          onLeft: (error) => expect(error.message).toContain("a time ago"),
          onRight: (bound) => expect(["Ago", "At"]).toContain(bound._tag),
        })
      }),
      { numRuns: 2000 },
    )
    expect(decode("15m")).toEqual(Either.right({ _tag: "Ago", ms: 900_000 }))
    expect(decode("2025-06-01T12:00:00Z")).toEqual(
      Either.right({ _tag: "At", epochMs: Date.parse("2025-06-01T12:00:00Z") }),
    )
  })

  it("pid and ready files: round-trip, and garbage is refused", () => {
    fc.assert(
      fc.property(Arbitrary.make(ServiceRecord), (record) => {
        // Compared as written: JSON has no -0, and the file is what the CLI reads.
        const json = Schema.encodeSync(ServiceRecordJson)(record)
        const again = Schema.decodeUnknownSync(ServiceRecordJson)(json)
        expect(Schema.encodeSync(ServiceRecordJson)(again)).toBe(json)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.string(), (text) => {
        Either.match(Schema.decodeUnknownEither(PidText)(text), {
          onLeft: () => undefined,
          onRight: (pid) => expect(Number.isInteger(pid) && pid > 0).toBe(true),
        })
        expect(Either.isLeft(Schema.decodeUnknownEither(ServiceRecordJson)(text))).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it("the command path check never throws, and knows every real command", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom("actors", "security", "db", "ls"))),
        (argv) => {
          const problem = checkCommandPath(commandTree, argv)
          expect(Option.isNone(problem) || problem.value.length > 0).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
    const names = Array.from(HashMap.keys(Command.getSubcommands(aicoCommand))).sort()
    expect(Object.keys(commandTree.children).sort()).toEqual(names)
  })
})
