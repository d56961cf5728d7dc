/**
 * The gateway end to end, as a user and an operator meet it: one real service started with
 * `aico start --detach` (embedded PostgreSQL, Chroma, the embedder, the small stories260K
 * model through node-llama-cpp, the AFINN classifier), then `aico chat` in a real
 * pseudo-terminal under tmux, and the operator commands that go through the gateway. Shared
 * by every test in this file, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Schema, Scope } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DeadLetterView, RestartResult } from "../../../platform/gateway/api/ResourceSchemas.js"
import { ActorDetail } from "../../../schemas/Introspection.js"
import { aicoBin, aicoCli, setUpAndStartDetached } from "../../support/aicoCli.js"
import { smallModelSettings } from "../../support/models.js"
import { type Pane, type Terminal, tmuxTerminal } from "../../support/tmuxTerminal.js"

const root = mkdtempSync(join(tmpdir(), "aico-cli-chat-"))
const env = {
  AICO_CONFIG: "/dev/null",
  AICO_NODE__ID: "main",
  AICO_NODE__DATA_DIR: join(root, "data"),
  AICO_SECURITY__KEY_FILE: join(root, "keys"),
  AICO_BUS__ENDPOINT: "",
  AICO_INTROSPECTION__PORT: "0",
  AICO_GATEWAY__PORT: "0",
  ...smallModelSettings(40),
}
const aico = (...args: ReadonlyArray<string>) => aicoCli(env, args)
const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)

const terminalScope = Effect.runSync(Scope.make())
let terminal: Terminal | undefined
let ready = ""

/** `aico chat` in a new pane of the test's terminal. */
const openChat = Effect.suspend(() => {
  if (terminal === undefined) return Effect.die(new Error("the terminal was not set up"))
  return terminal.open({ argv: [process.execPath, aicoBin, "chat"], env, cwd: tmpdir() })
})

const prompt = "you>"
// The client's own error lines: "(code) message" for a failed reply, "gateway: …" for a
// refused frame.
const failureLine = /^\([a-z_]+\) |^gateway: /m

/** What the screen shows after the user's line `text` (undefined: not typed yet). */
const after = (screen: string, text: string): string | undefined => {
  const typed = `${prompt} ${text}`
  const at = screen.lastIndexOf(typed)
  return at < 0 ? undefined : screen.slice(at + typed.length)
}

/** The turn after `text` is over: the prompt is back below it. */
const turnOver = (text: string) => (screen: string) =>
  after(screen, text)?.endsWith(`\n${prompt}`) === true

/** Types `text`, presses `keys`, and returns what the screen shows once the prompt is back. */
const say = (pane: Pane, text: string, ...keys: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    yield* pane.type(text)
    yield* pane.press("Enter", ...keys)
    const screen = yield* pane.waitFor(`the prompt back after "${text}"`, turnOver(text))
    return (after(screen, text) ?? "").slice(0, -prompt.length).trim()
  })

/** A reply as the client shows it: "aico> " and then the streamed text, no error line. */
const expectReply = (turn: string) => {
  expect(turn).toMatch(/^aico> /)
  expect(turn.slice("aico> ".length).trim()).not.toBe("")
  expect(turn).not.toMatch(failureLine)
}

beforeAll(async () => {
  terminal = await run(Scope.extend(tmuxTerminal, terminalScope))
  ready = await run(setUpAndStartDetached(env))
}, 600_000)

afterAll(async () => {
  // Whatever happened above, leave no terminal and no service behind.
  await run(Scope.close(terminalScope, Exit.void))
  await run(aico("stop"))
  rmSync(root, { recursive: true, force: true })
}, 600_000)

describe("aico chat in a terminal", () => {
  let chat: Pane | undefined
  const pane = Effect.suspend(() =>
    chat === undefined ? Effect.die(new Error("the chat did not start")) : Effect.succeed(chat),
  )

  it.live(
    "a typed message gets a streamed reply, then the prompt comes back",
    () =>
      Effect.gen(function* () {
        chat = yield* openChat
        const connected = yield* chat.waitFor("the first prompt", (s) =>
          s.endsWith(`Ctrl-C stops a reply, Ctrl-D leaves\n${prompt}`),
        )
        expect(connected).toMatch(/^connected; /)
        // The text after "aico> " comes only from chat.delta frames (chat.done ends the line).
        expectReply(yield* say(chat, "Tell me a story about a red ball"))
      }),
    300_000,
  )

  it.live(
    "Ctrl-C during a reply stops it, and the next message is answered",
    () =>
      Effect.gen(function* () {
        const chat = yield* pane
        // Ctrl-C right behind Enter: the stop follows the send on the same socket, so it
        // reaches the engine while the turn is still in progress.
        const stopped = yield* say(chat, "What did the little dog find?", "C-c")
        expect(stopped).toMatch(/^\(stopping\)/)
        expect(stopped).toMatch(/^\(cancelled\) stopped/m)
        expect(stopped).not.toMatch(/^gateway: /m)
        expectReply(yield* say(chat, "Where did the bird fly?"))
      }),
    300_000,
  )

  it.live(
    "Ctrl-C at the prompt only says how to leave",
    () =>
      Effect.gen(function* () {
        const chat = yield* pane
        yield* chat.press("C-c")
        yield* chat.waitFor('"(Ctrl-D leaves)"', (s) => s.endsWith(`(Ctrl-D leaves)\n${prompt}`))
        expect(yield* chat.state).toEqual({ _tag: "Running" })
      }),
    300_000,
  )

  it.live(
    "Ctrl-D leaves with exit code 0",
    () =>
      Effect.gen(function* () {
        const chat = yield* pane
        yield* chat.press("C-d")
        const ended = yield* chat.ended()
        const screen = yield* chat.screen
        // The screen beside the outcome says why, if it is not exit 0.
        expect({ ended, screen }).toMatchObject({ ended: { _tag: "Exited", code: 0 } })
        expect(screen).not.toContain("the gateway closed the chat")
      }),
    300_000,
  )
})

describe("the operator's commands through the gateway", () => {
  it.live(
    "actors restart model@main restarts it; an unknown address is refused",
    () =>
      Effect.gen(function* () {
        const text = yield* aico("actors", "restart", "model@main")
        expect(text.stderr).toBe("")
        expect(text.code).toBe(0)
        expect(text.stdout).toMatch(/^restarted model@main \(\d+ restarts? so far\)\n$/)
        const asJson = yield* aico("actors", "restart", "model@main", "--json")
        expect(asJson.code).toBe(0)
        const result = Schema.decodeUnknownSync(Schema.parseJson(RestartResult))(asJson.stdout)
        expect(result.address).toBe("model@main")
        const first = Number(/\((\d+) restart/.exec(text.stdout)?.[1])
        expect(result.restarts).toBe(first + 1)
        // The supervisor really did it: the live tree counts the same restarts.
        const inspect = yield* aico("actors", "inspect", "model@main", "--json")
        const detail = Schema.decodeUnknownSync(Schema.parseJson(ActorDetail))(inspect.stdout)
        expect(detail.status).toBe("running")
        expect(detail.restarts).toBe(result.restarts)

        const missing = yield* aico("actors", "restart", "nobody@main")
        expect(missing.code).toBe(1)
        expect(missing.stderr).toContain('no actor at address "nobody@main"')
      }),
    300_000,
  )

  it.live(
    "after the model restarted, a new chat is still answered",
    () =>
      Effect.gen(function* () {
        const chat = yield* openChat
        yield* chat.waitFor("the first prompt", (s) => s.endsWith(`Ctrl-D leaves\n${prompt}`))
        expectReply(yield* say(chat, "Once upon a time there was a cat"))
        yield* chat.press("C-d")
        const ended = yield* chat.ended()
        expect({ ended, screen: yield* chat.screen }).toMatchObject({
          ended: { _tag: "Exited", code: 0 },
        })
      }),
    300_000,
  )

  it.live(
    "actors dead-letters lists the dead letters, as a table and as JSON",
    () =>
      Effect.gen(function* () {
        const asJson = yield* aico("actors", "dead-letters", "--json")
        expect(asJson.stderr).toBe("")
        expect(asJson.code).toBe(0)
        const letters = Schema.decodeUnknownSync(Schema.parseJson(Schema.Array(DeadLetterView)))(
          asJson.stdout,
        )
        const text = yield* aico("actors", "dead-letters")
        expect(text.code).toBe(0)
        // Nothing here crashes an actor on purpose, but the listing must agree either way.
        if (letters.length === 0) expect(text.stdout).toBe("no dead letters\n")
        else expect(text.stdout.split("\n")[0]).toMatch(/^ID +AT +RECIPIENT +TYPE +ATTEMPTS/)
      }),
    300_000,
  )
})

const EndpointStatus = Schema.Struct({
  url: Schema.String,
  health: Schema.Struct({ status: Schema.Literal("ok"), node: Schema.Literal("main") }),
  error: Schema.Null,
})
const Status = Schema.Struct({
  running: Schema.Literal(true),
  introspection: EndpointStatus,
  gateway: EndpointStatus,
})

describe("aico status with the gateway", () => {
  it.live(
    "status --json shows the gateway's URL (the one the ready line named) and its health",
    () =>
      Effect.gen(function* () {
        const gateway = /gateway=(http:\/\/127\.0\.0\.1:\d+)/.exec(ready)?.[1]
        expect(gateway).toBeDefined()
        const asJson = yield* aico("status", "--json")
        expect(asJson.code).toBe(0)
        const status = Schema.decodeUnknownSync(Schema.parseJson(Status))(asJson.stdout)
        expect(status.gateway.url).toBe(gateway)
        expect(status.gateway.url).not.toBe(status.introspection.url)
        const text = yield* aico("status")
        expect(text.stdout).toMatch(
          new RegExp(`^gateway +${gateway?.replaceAll(".", "\\.") ?? "-"} +ok$`, "m"),
        )
      }),
    300_000,
  )
})
