/**
 * The terminal side of `aico chat`: lines typed become `chat.send` frames; `chat.delta`
 * text streams out as it comes, `chat.done` ends the reply with a newline; errors and
 * companion notices are shown in their own lines. Ctrl-C during a reply sends `chat.stop`,
 * Ctrl-D leaves. Every frame from the gateway is decoded with ServerFrame first.
 */
import { Data, Effect, Either, ParseResult, Schema } from "effect"
import { createInterface } from "node:readline"
import WebSocket from "ws"
import { type ClientFrame } from "../../../schemas/client/ClientFrame.js"
import { ServerFrame } from "../../../schemas/client/ServerFrame.js"
import { type Style } from "../output/ansi.js"

export class ChatClosed extends Data.TaggedError("ChatClosed")<{ readonly reason: string }> {
  override get message() {
    return `the gateway closed the chat: ${this.reason}`
  }
}

const ServerFrameJson = Schema.parseJson(ServerFrame)

export interface ChatOptions {
  readonly url: string
  readonly style: Style
  readonly input: NodeJS.ReadableStream
  readonly output: NodeJS.WritableStream
}

/** Runs until Ctrl-D (succeeds) or until the connection is lost (fails). */
export const chatTerminal = (options: ChatOptions): Effect.Effect<void, ChatClosed> =>
  Effect.async<void, ChatClosed>((resume) => {
    const { style, output } = options
    const write = (text: string) => output.write(text)
    const socket = new WebSocket(options.url)
    const rl = createInterface({
      input: options.input,
      output,
      terminal: Reflect.get(output, "isTTY") === true,
    })
    rl.setPrompt(style.bold("you> "))
    let conversationId: string | undefined
    let replying: string | undefined
    let sent = 0
    let leaving = false
    let finished = false
    const finish = (outcome: Effect.Effect<void, ChatClosed>) => {
      if (finished) return
      finished = true
      rl.close()
      socket.close()
      resume(outcome)
    }
    const send = (frame: ClientFrame) => socket.send(JSON.stringify(frame))
    const prompt = () => {
      if (replying === undefined) rl.prompt()
    }

    const onFrame = (frame: ServerFrame) => {
      switch (frame.type) {
        case "session":
          write(style.dim("connected; Ctrl-C stops a reply, Ctrl-D leaves\n"))
          return prompt()
        case "chat.accepted":
          conversationId = frame.conversationId
          return write(style.cyan("aico> "))
        case "chat.delta":
          return write(frame.text)
        case "chat.done":
          replying = undefined
          write("\n")
          return prompt()
        case "chat.error":
          replying = undefined
          write(`\n${style.red(`(${frame.code}) ${frame.message}`)}\n`)
          return prompt()
        case "companion.notice":
          return write(`\n${style.yellow(`[${frame.kind}] ${frame.text}`)}\n`)
        case "error":
          if (frame.id !== undefined && frame.id === replying) replying = undefined
          write(`${style.red(`gateway: ${frame.message}`)}\n`)
          return prompt()
        default:
          return
      }
    }

    socket.on("message", (data: WebSocket.RawData) => {
      Either.match(Schema.decodeUnknownEither(ServerFrameJson)(data.toString()), {
        onLeft: (error) =>
          write(
            style.dim(
              `(an unreadable frame: ${ParseResult.TreeFormatter.formatErrorSync(error).split("\n")[0]})\n`,
            ),
          ),
        onRight: onFrame,
      })
    })
    socket.on("error", (error) => finish(Effect.fail(new ChatClosed({ reason: error.message }))))
    socket.on("close", (code, reason) =>
      finish(
        leaving
          ? Effect.void
          : Effect.fail(
              new ChatClosed({
                reason: `code ${code}${reason.length > 0 ? `, ${reason.toString()}` : ""}`,
              }),
            ),
      ),
    )

    rl.on("line", (line) => {
      const text = line.trim()
      if (text === "" || replying !== undefined) return prompt()
      if (socket.readyState !== WebSocket.OPEN) return
      replying = `cli-${++sent}`
      send({
        type: "chat.send",
        id: replying,
        text,
        ...(conversationId === undefined ? {} : { conversationId }),
      })
    })
    rl.on("SIGINT", () => {
      if (replying !== undefined) {
        send({ type: "chat.stop", id: replying })
        write(style.dim(" (stopping)"))
      } else {
        write(style.dim("\n(Ctrl-D leaves)\n"))
        prompt()
      }
    })
    rl.on("close", () => {
      leaving = true
      write("\n")
      finish(Effect.void)
    })
    return Effect.sync(() => {
      leaving = true
      finish(Effect.void)
    })
  })
