/**
 * One running model process (`llamaProcess.mjs`): started with its options, answering
 * requests by id, stopped with a grace period. Every message from it is decoded; one that
 * does not decode means the process cannot be trusted any more, and it is killed.
 */
import { Effect } from "effect"
import { fork, type ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"
import { exited, OutputTail } from "../process/childProcess.js"
import { decode, type ProcessMessage } from "./embeddedProtocol.js"
import { ModelUnavailable } from "./LlmError.js"

export interface ProcessOptions {
  readonly modelPath: string
  readonly contextSize: number
  readonly threads: number
  readonly gpu: boolean
  readonly chatFormat: "auto" | "general" | "plain"
  /** Generations the process runs at the same time. */
  readonly sequences: number
}

type Answer = Exclude<ProcessMessage, { type: "ready" | "failed" }>

/** What a request's listener hears: an answer, or that the process is gone. */
export type Heard = Answer | { readonly type: "exited"; readonly reason: string }

export interface LlamaProcess {
  readonly contextSize: number
  readonly alive: () => boolean
  /** Registers the listener of request `id` and sends the request; returns the unregister. */
  readonly request: (
    id: number,
    message: Record<string, unknown>,
    listener: (heard: Heard) => void,
  ) => () => void
  readonly send: (message: Record<string, unknown>) => void
}

const script = fileURLToPath(new URL("./llamaProcess.mjs", import.meta.url))
const provider = "embedded"
const STOP_GRACE_MS = 5000

const unavailable = (reason: string) => new ModelUnavailable({ provider, reason })

const stopProcess = (child: ChildProcess) =>
  Effect.promise(async () => {
    if (child.connected) child.send({ type: "stop" })
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS)
    await exited(child)
    clearTimeout(timer)
  })

/** Starts the process and waits until the model is loaded; stops it with the scope. */
export const start = (options: ProcessOptions) =>
  Effect.acquireRelease(
    Effect.async<{ child: ChildProcess; contextSize: number; tail: OutputTail }, ModelUnavailable>(
      (resume) => {
        const tail = new OutputTail()
        // No inherited flags (tsx, the test runner's): the script is plain JavaScript.
        const child = fork(script, [JSON.stringify(options)], {
          execArgv: [],
          stdio: ["ignore", "pipe", "pipe", "ipc"],
        })
        child.stdout?.on("data", (chunk: Buffer) => tail.push(chunk.toString()))
        child.stderr?.on("data", (chunk: Buffer) => tail.push(chunk.toString()))
        const onExit = (code: number | null) =>
          resume(Effect.fail(unavailable(`the model process exited (code ${code}): ${tail}`)))
        child.once("exit", onExit)
        child.once("error", (error) => resume(Effect.fail(unavailable(error.message))))
        child.once("message", (raw: unknown) => {
          child.off("exit", onExit)
          const message = decode(raw)
          if (message._tag === "Right" && message.right.type === "ready") {
            return resume(Effect.succeed({ child, contextSize: message.right.contextSize, tail }))
          }
          child.kill("SIGKILL")
          const reason =
            message._tag === "Right" && message.right.type === "failed"
              ? message.right.message
              : "it answered something other than ready"
          resume(Effect.fail(unavailable(`the model could not be loaded: ${reason}`)))
        })
        return stopProcess(child)
      },
    ),
    ({ child }) => stopProcess(child),
  ).pipe(Effect.map(({ child, contextSize, tail }) => attach(child, contextSize, tail)))

const attach = (child: ChildProcess, contextSize: number, tail: OutputTail): LlamaProcess => {
  const listeners = new Map<number, (heard: Heard) => void>()
  let gone: string | undefined
  const end = (reason: string) => {
    if (gone !== undefined) return
    gone = reason
    for (const listener of [...listeners.values()]) listener({ type: "exited", reason })
    listeners.clear()
  }
  child.on("message", (raw: unknown) => {
    const message = decode(raw)
    if (message._tag === "Left") {
      child.kill("SIGKILL")
      return end(`the model process sent a malformed message: ${message.left.message}`)
    }
    const answer = message.right
    if (answer.type === "ready" || answer.type === "failed") return
    listeners.get(answer.id)?.(answer)
  })
  child.once("exit", (code, signal) =>
    end(`the model process exited (${signal ?? `code ${code}`}): ${tail}`),
  )
  return {
    contextSize,
    alive: () => gone === undefined && child.connected,
    request: (id, message, listener) => {
      if (gone !== undefined) {
        listener({ type: "exited", reason: gone })
        return () => {}
      }
      listeners.set(id, listener)
      child.send(message)
      return () => listeners.delete(id)
    },
    send: (message) => {
      if (gone === undefined && child.connected) child.send(message)
    },
  }
}
