/**
 * The whole companion as `npm start` runs it, end to end: a WebSocket client logs in with
 * the master password, chats, and gets a streamed reply from the embedded model; the turn
 * is stored; a later conversation recalls it through semantic memory (the recalled memory
 * is in the assembled context); and after the service stops, no file under the data
 * directory holds the secret the user told it — not PostgreSQL's files, not LMDB, not
 * Chroma, not the logs.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import WebSocket from "ws"
import { ServerFrame } from "../../schemas/client/ServerFrame.js"
import { aicoCli } from "../support/aicoCli.js"
import { spawnNode } from "../support/childNode.js"
import { smallModelSettings } from "../support/models.js"
import { eventually, tempDir } from "../support/nodes.js"

const mainScript = fileURLToPath(new URL("../../platform/main.ts", import.meta.url))
const password = "a long master password"
const secret = "the vault code under the lighthouse is 4471 and only Ingrid knows it"

const settings = (dataDir: string, keyDir: string) => ({
  AICO_NODE__DATA_DIR: dataDir,
  AICO_SECURITY__KEY_FILE: keyDir,
  AICO_BUS__ENDPOINT: "",
  AICO_INTROSPECTION__ENABLED: "true",
  AICO_INTROSPECTION__PORT: "0",
  AICO_GATEWAY__PORT: "0",
  AICO_LOG__FILE__ENABLED: "true",
  AICO_LOG__LEVEL: "debug",
  ...smallModelSettings(24),
})

const Tokens = Schema.Struct({ accessToken: Schema.String })
const decodeFrame = Schema.decodeUnknownSync(Schema.parseJson(ServerFrame))

/** A logged-in WebSocket client that keeps every frame it gets. */
const connect = (wsUrl: string, token: string) =>
  Effect.acquireRelease(
    Effect.async<{ readonly socket: WebSocket; readonly frames: Array<ServerFrame> }, Error>(
      (resume) => {
        const socket = new WebSocket(`${wsUrl}?token=${encodeURIComponent(token)}`)
        const frames: Array<ServerFrame> = []
        socket.on("message", (data: Buffer) => frames.push(decodeFrame(data.toString("utf8"))))
        socket.once("open", () => resume(Effect.succeed({ socket, frames })))
        socket.once("error", (error) => resume(Effect.fail(error)))
      },
    ),
    ({ socket }) => Effect.sync(() => socket.close()),
  )

/** Sends one chat message and waits for its `chat.done`; returns the frames of the reply. */
const chat = (
  client: { readonly socket: WebSocket; readonly frames: Array<ServerFrame> },
  id: string,
  text: string,
) =>
  Effect.gen(function* () {
    client.socket.send(JSON.stringify({ type: "chat.send", id, text }))
    const replies = Effect.sync(() =>
      client.frames.filter((frame) => "id" in frame && frame.id === id),
    )
    const all = yield* eventually(
      replies,
      (frames) => frames.some((f) => f.type === "chat.done" || f.type === "chat.error"),
      120_000,
    )
    return all
  })

/** Every regular file under `dir`. */
const filesUnder = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return entry.isFile() ? [path] : []
  })

describe("the companion, end to end", () => {
  it.scopedLive(
    "chats over WebSocket with a streamed reply, recalls across conversations, and keeps nothing readable at rest",
    () =>
      Effect.gen(function* () {
        const dataDir = yield* tempDir("aico-e2e-")
        const keyDir = yield* tempDir("aico-e2e-keys-")
        const env = settings(dataDir, keyDir)
        const setup = yield* aicoCli(
          env,
          ["security", "setup", "--password-fd", "3"],
          [password, password],
        )
        expect(setup.code).toBe(0)
        const service = yield* spawnNode({
          script: mainScript,
          nodeId: "home",
          dataDir,
          endpoint: "",
          env,
        })
        const ready = yield* service.line("ready ", 180_000)
        const gateway = /gateway=(\S+)/.exec(ready)?.[1] ?? ""
        const introspection = /introspection=(\S+)/.exec(ready)?.[1] ?? ""
        expect(gateway).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

        // Unauthenticated requests are refused; the master password logs in.
        const refused = yield* Effect.promise(() => fetch(`${gateway}/conversations`))
        expect(refused.status).toBe(401)
        const login = yield* Effect.promise(() =>
          fetch(`${gateway}/auth/login`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ password }),
          }).then(async (response) => ({ status: response.status, body: await response.json() })),
        )
        expect(login.status).toBe(200)
        const { accessToken } = Schema.decodeUnknownSync(Tokens)(login.body)
        const wsUrl = `${gateway.replace(/^http/, "ws")}/ws`

        const client = yield* connect(wsUrl, accessToken)
        const first = yield* chat(client, "first", `Please remember this: ${secret}.`)
        const types = first.map((frame) => frame.type)
        expect(types[0]).toBe("chat.accepted")
        expect(types.at(-1)).toBe("chat.done")
        const deltas = first.filter((frame) => frame.type === "chat.delta")
        expect(deltas.length).toBeGreaterThan(1)
        expect(deltas.map((d) => (d.type === "chat.delta" ? d.index : -1))).toEqual(
          deltas.map((_, i) => i),
        )
        const done = first.at(-1)
        const streamed = deltas.map((d) => (d.type === "chat.delta" ? d.text : "")).join("")
        expect(done?.type === "chat.done" && done.text).toBe(streamed)
        const seqs = client.frames.filter((f) => "seq" in f).map((f) => ("seq" in f ? f.seq : 0))
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b))

        // The turn is stored: the conversation lists both messages (opened for its owner).
        const conversationId = first[0]?.type === "chat.accepted" ? first[0].conversationId : ""
        const messages = yield* Effect.promise(() =>
          fetch(`${gateway}/conversations/${conversationId}/messages`, {
            headers: { authorization: `Bearer ${accessToken}` },
          }).then((response) => response.json()),
        )
        expect(JSON.stringify(messages)).toContain("4471")

        // A new conversation recalls it: the stored turn is in the assembled context.
        const second = yield* chat(client, "second", "What is the vault code under the lighthouse?")
        expect(second.at(-1)?.type).toBe("chat.done")
        const search = yield* Effect.promise(() =>
          fetch(`${gateway}/memory/search`, {
            method: "POST",
            headers: {
              authorization: `Bearer ${accessToken}`,
              "content-type": "application/json",
            },
            body: JSON.stringify({ query: "vault code lighthouse", limit: 3 }),
          }).then((response) => response.json()),
        )
        const hits = Schema.decodeUnknownSync(
          Schema.Struct({
            hits: Schema.Array(Schema.Struct({ id: Schema.String, content: Schema.String })),
          }),
        )(search).hits
        const remembered = hits.find((hit) => hit.content.includes("4471"))
        expect(remembered).toBeDefined()
        const engine = yield* Effect.promise(() =>
          fetch(`${introspection}/actors/conversation@home`).then((response) => response.text()),
        )
        expect(engine).toContain(remembered!.id)
        expect(engine).not.toContain("4471")

        // Stopped (SIGTERM: graceful), nothing under the data directory holds the secret.
        service.process.kill("SIGTERM")
        expect(yield* service.exited).toBe(0)
        const files = filesUnder(dataDir)
        expect(files.some((file) => file.includes("postgres"))).toBe(true)
        expect(files.some((file) => file.includes("working-memory"))).toBe(true)
        expect(files.some((file) => file.includes("chroma"))).toBe(true)
        expect(files.some((file) => file.endsWith(".log"))).toBe(true)
        const needles = ["vault code under the lighthouse", "4471 and only Ingrid"].map((text) => [
          Buffer.from(text, "utf8"),
          Buffer.from(text, "utf16le"),
        ])
        const leaks = files.filter((file) => {
          if (statSync(file).size === 0) return false
          const bytes = readFileSync(file)
          return needles.flat().some((needle) => bytes.includes(needle))
        })
        expect(leaks).toEqual([])

        // The log is sealed on disk, and `aico logs` opens it with the kept master key.
        const log = readFileSync(join(dataDir, "logs", "aico.log"))
        expect(log.subarray(0, 7).toString("latin1")).toBe("AICOLOG")
        const query = yield* aicoCli(env, ["logs", "query", "--level", "info", "--json"])
        expect(query.code).toBe(0)
        expect(query.stdout).toContain("AICO node home ready")
      }),
    { timeout: 420_000 },
  )
})
