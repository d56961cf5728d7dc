import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as fs from "node:fs"
import { parse } from "yaml"
import { defaultFile, load } from "../../config/ConfigLoader.js"
import { Config } from "../../schemas/Config.js"
import { tempDir } from "./tempDir.js"

const schemaDefaults = Schema.decodeUnknownSync(Config)({})

describe("Config defaults", () => {
  it("an empty object decodes to the documented defaults", () => {
    expect(schemaDefaults.node).toEqual({ id: "main", dataDir: "~/.local/share/aico" })
    expect(schemaDefaults.bus).toEqual({
      endpoint: "",
      peers: [],
      curve: true,
      mailboxCapacity: 10_000,
      askTimeoutMs: 5000,
      durable: { retryBaseMs: 200, retryMaxMs: 5000, maxAttempts: 3, sync: true },
    })
    expect(schemaDefaults.supervision).toEqual({
      intensity: 3,
      periodMs: 5000,
      backoffBaseMs: 10,
      backoffMaxMs: 1000,
    })
    expect(schemaDefaults.shutdown).toEqual({ drainTimeoutMs: 10_000, childTimeoutMs: 5000 })
    expect(schemaDefaults.introspection).toEqual({ enabled: true, host: "127.0.0.1", port: 7878 })
    expect(schemaDefaults.log).toEqual({
      level: "info",
      console: "pretty",
      file: { enabled: true, path: "", maxBytes: 10 * 1024 * 1024, maxFiles: 5, sealed: true },
    })
  })

  it("config/default.yaml decodes to the schema defaults", () => {
    const fromFile: unknown = parse(fs.readFileSync(defaultFile, "utf8"))
    expect(Schema.decodeUnknownSync(Config)(fromFile)).toEqual(schemaDefaults)
  })

  it("config/default.yaml spells out every key", () => {
    const fromFile: unknown = parse(fs.readFileSync(defaultFile, "utf8"))
    expect(fromFile).toEqual(Schema.encodeSync(Config)(schemaDefaults))
  })

  it.scoped("loading with no user file and no AICO_* variables gives the defaults", () =>
    Effect.gen(function* () {
      const home = yield* tempDir
      const config = yield* load({ env: { HOME: home } })
      expect(config).toEqual({
        ...schemaDefaults,
        node: { ...schemaDefaults.node, dataDir: `${home}/.local/share/aico` },
      })
    }),
  )
})
