/**
 * `aico models` as the command line runs it: argv parsed by @effect/cli, the configuration
 * from AppConfig, output captured from the Console (GGUF served by a local server standing
 * in for huggingface.co; no Ollama answers).
 */
import { Command } from "@effect/cli"
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema, type Console } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { AppConfig } from "../../../config/AppConfig.js"
import { modelsCommand } from "../../../platform/cli/models/modelsCommand.js"
import { freePort } from "../../../platform/net/freePort.js"
import { Config } from "../../../schemas/Config.js"
import { tempDir } from "../../support/nodes.js"
import { ggufServer } from "./ggufServer.js"

const Listed = Schema.Array(
  Schema.Struct({
    name: Schema.String,
    provider: Schema.Literal("embedded", "ollama"),
    status: Schema.Literal("present", "missing", "unknown"),
    sizeBytes: Schema.NullOr(Schema.Number),
  }),
)

const aico = (config: Config, args: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const out: Array<string> = []
    const err: Array<string> = []
    const base = yield* Effect.console
    const recording: Console.Console = {
      ...base,
      log: (...parts) => Effect.sync(() => void out.push(parts.join(" "))),
      error: (...parts) => Effect.sync(() => void err.push(parts.join(" "))),
    }
    yield* Command.run(modelsCommand, { name: "aico", version: "test" })([
      "node",
      "aico",
      ...args,
    ]).pipe(
      Effect.withConsole(recording),
      Effect.provide(Layer.merge(NodeContext.layer, Layer.succeed(AppConfig, config))),
    )
    return { out: out.join("\n"), err: err.join("\n") }
  })

describe("aico models", () => {
  it.scopedLive("ls --json, pull with progress on stderr, rm", () =>
    Effect.gen(function* () {
      const server = yield* ggufServer
      const dataDir = yield* tempDir()
      const config = Schema.decodeUnknownSync(Config)({
        node: { dataDir },
        llm: {
          embedded: {
            model: "stories260K.gguf",
            url: `${server.base}/resolve/main/stories260K.gguf`,
          },
          ollama: { host: `http://127.0.0.1:${yield* freePort()}`, probeTimeoutMs: 500 },
        },
      })
      const listed = Schema.decodeUnknownSync(Listed)(
        JSON.parse((yield* aico(config, ["ls", "--json"])).out),
      )
      expect(listed.map((m) => [m.name, m.provider, m.status])).toEqual([
        ["stories260K.gguf", "embedded", "missing"],
        ["llama3.2", "ollama", "unknown"],
      ])

      const pulled = yield* aico(config, ["pull"])
      expect(pulled.out).toContain("pulled stories260K.gguf (embedded, 1.1 MB)")
      expect(pulled.err).toContain("stories260K.gguf: downloading 100% of 1.1 MB")
      expect(existsSync(join(dataDir, "models", "stories260K.gguf"))).toBe(true)

      const table = (yield* aico(config, ["ls"])).out
      expect(table.split("\n")[0]).toMatch(/^NAME\s+PROVIDER\s+STATUS\s+SIZE/)
      expect(table).toMatch(/stories260K\.gguf\s+embedded\s+present\s+1\.1 MB/)

      expect((yield* aico(config, ["rm", "stories260K.gguf"])).out).toBe("removed stories260K.gguf")
      expect(existsSync(join(dataDir, "models", "stories260K.gguf"))).toBe(false)
    }),
  )
})
