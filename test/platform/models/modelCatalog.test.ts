/**
 * Model management on a real model directory: pulling the configured GGUF (from a local
 * server standing in for huggingface.co), listing, removing, refused downloads, and
 * Ollama's store through a local server replaying recorded Ollama answers.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { listModels, pullModel, removeModel } from "../../../platform/models/modelCatalog.js"
import type { Progress } from "../../../platform/models/Models.js"
import { freePort } from "../../../platform/net/freePort.js"
import { Config } from "../../../schemas/Config.js"
import { tempDir } from "../../support/nodes.js"
import { storiesPath } from "../llm/storiesModel.js"
import { fixture, ollamaReplay } from "../llm/ollamaReplay.js"
import { ggufServer } from "./ggufServer.js"

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex")

const configFor = (dataDir: string, url: string, ollamaHost: string) =>
  Schema.decodeUnknownSync(Config)({
    node: { dataDir },
    llm: {
      provider: "auto",
      embedded: { model: "stories260K.gguf", url },
      ollama: { host: ollamaHost, probeTimeoutMs: 500 },
    },
  })

const closedHost = Effect.map(freePort(), (port) => `http://127.0.0.1:${port}`)

describe("model management", () => {
  it.scopedLive(
    "pull downloads the configured GGUF (from a local server standing in for huggingface.co) with progress; ls and rm",
    () =>
      Effect.gen(function* () {
        const server = yield* ggufServer
        const dataDir = yield* tempDir()
        const config = configFor(
          dataDir,
          `${server.base}/resolve/main/stories260K.gguf`,
          yield* closedHost,
        )
        const models = join(dataDir, "models")

        const before = yield* listModels(config)
        expect(before[0]).toMatchObject({
          name: "stories260K.gguf",
          provider: "embedded",
          status: "missing",
          active: true,
          location: join(models, "stories260K.gguf"),
        })
        expect(before[1]).toMatchObject({ provider: "ollama", status: "unknown", active: false })

        const progress: Array<Progress> = []
        const pulled = yield* pullModel(config, undefined, (p) => progress.push(p))
        expect(pulled).toEqual([
          {
            name: "stories260K.gguf",
            provider: "embedded",
            location: join(models, "stories260K.gguf"),
            sizeBytes: 1_054_336,
          },
        ])
        expect(sha256(join(models, "stories260K.gguf"))).toBe(sha256(storiesPath))
        expect(readdirSync(models)).toEqual(["stories260K.gguf"])
        expect(progress.length).toBeGreaterThan(2)
        expect(progress.at(-1)).toMatchObject({ completedBytes: 1_054_336, totalBytes: 1_054_336 })
        const completed = progress.map((p) => p.completedBytes)
        expect(completed).toEqual([...completed].sort((a, b) => a - b))

        const after = yield* listModels(config)
        expect(after[0]).toMatchObject({ status: "present", sizeBytes: 1_054_336 })

        yield* removeModel(config, "stories260K.gguf")
        expect(readdirSync(models)).toEqual([])
        const gone = yield* Effect.flip(removeModel(config, "stories260K.gguf"))
        expect(gone._tag).toBe("UnknownModel")
      }),
  )

  it.scopedLive("a download that is not GGUF, or a 404, is refused and leaves nothing", () =>
    Effect.gen(function* () {
      const server = yield* ggufServer
      const dataDir = yield* tempDir()
      const config = configFor(dataDir, "", yield* closedHost)

      const html = yield* Effect.flip(pullModel(config, `${server.base}/login-page.gguf`, () => {}))
      expect(html._tag).toBe("NotAModel")
      expect(html.message).toContain('instead of "GGUF"')

      const missing = yield* Effect.flip(pullModel(config, `${server.base}/nothing.gguf`, () => {}))
      expect(missing._tag).toBe("DownloadFailed")
      expect(missing.message).toContain("404")
      expect(readdirSync(join(dataDir, "models"))).toEqual([])

      // Without a configured URL the configured model cannot be pulled by name.
      const noUrl = yield* Effect.flip(pullModel(config, "stories260K.gguf", () => {}))
      expect(noUrl.message).toContain("llm.embedded.url")
    }),
  )

  it.scopedLive(
    "Ollama models: ls, pull with progress and rm (a local server replaying recorded Ollama answers)",
    () =>
      Effect.gen(function* () {
        const replay = yield* ollamaReplay({
          "GET /api/version": { body: '{"version":"0.12.0"}' },
          "GET /api/tags": { body: fixture("tags.json") },
          "POST /api/pull": { body: fixture("pull-stream.ndjson") },
          "DELETE /api/delete": { body: "" },
        })
        const dataDir = yield* tempDir()
        const config = configFor(dataDir, "", replay.host)

        const entries = yield* listModels(config)
        const ollama = entries.find((e) => e.provider === "ollama")
        expect(ollama).toMatchObject({
          name: "llama3.2",
          status: "present",
          active: true,
          sizeBytes: 2_019_393_189,
        })

        const progress: Array<Progress> = []
        const pulled = yield* pullModel(config, "llama3.2", (p) => progress.push(p))
        expect(pulled[0]).toMatchObject({ name: "llama3.2", provider: "ollama" })
        expect(progress.map((p) => p.status)).toContain("verifying sha256 digest")
        expect(progress.at(-1)?.status).toBe("success")
        expect(progress.find((p) => p.completedBytes === 1_009_688_688)?.totalBytes).toBe(
          2_019_377_376,
        )

        yield* removeModel(config, "llama3.2")
        const requests = replay.received.map((r) => `${r.method} ${r.path}`)
        expect(requests).toContain("DELETE /api/delete")
        // The client names the model `name` on the wire, as Ollama's API documents.
        expect(replay.received.find((r) => r.path === "/api/pull")?.body).toMatchObject({
          name: "llama3.2",
          stream: true,
        })
        expect(replay.received.find((r) => r.path === "/api/delete")?.body).toEqual({
          name: "llama3.2",
        })
      }),
  )
})
