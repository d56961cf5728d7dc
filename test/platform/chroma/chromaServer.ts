/** The real Chroma server from the project virtualenv, on a temp data directory. */
import { Effect, Layer } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { venvChroma } from "../../../platform/chroma/chromaCommand.js"
import * as ChromaServer from "../../../platform/chroma/ChromaServer.js"
import { tempDir } from "../../support/nodes.js"

/** Fails the test, not skips it, when the server is not installed. */
export const requireChroma = Effect.suspend(() =>
  existsSync(venvChroma)
    ? Effect.void
    : Effect.fail(
        new Error(`these tests need the Chroma server at ${venvChroma}: run \`npm run setup\``),
      ),
)

export const managedOptions = (
  directory: string,
  overrides: Partial<ChromaServer.ChromaServerOptions> = {},
): ChromaServer.ChromaServerOptions => ({
  url: "",
  command: "",
  directory,
  port: 0,
  startTimeoutMs: 60_000,
  ...overrides,
})

/** A managed server on a fresh temp directory, one per test file. */
export const chromaLayer = Layer.unwrapScoped(
  Effect.gen(function* () {
    yield* requireChroma
    const dir = yield* tempDir("aico-chroma-")
    return ChromaServer.layer(managedOptions(join(dir, "chroma")))
  }),
).pipe(Layer.orDie)
