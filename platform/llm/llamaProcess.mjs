/**
 * The embedded language model's process: loads a GGUF file with node-llama-cpp and serves
 * generations over the IPC channel, so that neither the model's memory nor a long
 * generation ever touches the service's event loop, and a crash in native code ends only
 * this process. Plain JavaScript so that it starts the same under Node, tsx and the test
 * runner. The parent decodes everything it receives (see embeddedProtocol.ts).
 *
 * argv[2]: JSON { modelPath, contextSize, threads, gpu, chatFormat, sequences }
 * in:  { type: "generate", id, messages: [{ role, content }], maxTokens, temperature }
 *      { type: "cancel", id } | { type: "count", id, texts } | { type: "stop" }
 * out: { type: "ready", contextSize } | { type: "failed", message }
 *      { type: "delta", id, text }
 *      { type: "done", id, promptTokens, completionTokens, firstTokenMs, totalMs }
 *      { type: "error", id, code: "cancelled" | "context_too_long" | "internal", message,
 *        promptTokens, contextSize }
 *      { type: "counts", id, counts }
 */
import { GeneralChatWrapper, getLlama, LlamaChat, LlamaCompletion } from "node-llama-cpp"
import process from "node:process"
import { performance } from "node:perf_hooks"

const options = JSON.parse(process.argv[2] ?? "{}")
const send = (message) => {
  if (process.connected) process.send(message)
}

let llama
let model
let context
const free = []
const waiting = []
const running = new Map()

const load = async () => {
  // Never download or compile binaries at run time: the prebuilt ones come with the package.
  llama = await getLlama({ gpu: options.gpu ? "auto" : false, build: "never" })
  model = await llama.loadModel({ modelPath: options.modelPath })
  context = await model.createContext({
    contextSize: Math.min(options.contextSize, model.trainContextSize),
    threads: options.threads,
    sequences: options.sequences,
  })
  for (let i = 0; i < options.sequences; i++) free.push(context.getSequence())
}

const acquire = () =>
  free.length > 0 ? Promise.resolve(free.pop()) : new Promise((resolve) => waiting.push(resolve))
const release = (sequence) => {
  const next = waiting.shift()
  if (next === undefined) free.push(sequence)
  else next(sequence)
}

const historyOf = (messages) => {
  const history = messages.map((m) =>
    m.role === "assistant"
      ? { type: "model", response: [m.content] }
      : { type: m.role, text: m.content },
  )
  // A reply is written into a last, open model turn (continuing it if the caller began one).
  if (history.at(-1)?.type !== "model") history.push({ type: "model", response: [] })
  return history
}

const tooLong = (id, promptTokens) =>
  send({
    type: "error",
    id,
    code: "context_too_long",
    message: `the prompt is ${promptTokens} tokens, more than the context of ${context.contextSize}`,
    promptTokens,
    contextSize: context.contextSize,
  })

const generate = async ({ id, messages, maxTokens, temperature }) => {
  const started = performance.now()
  const abort = new globalThis.AbortController()
  running.set(id, abort)
  const sequence = await acquire()
  let firstTokenMs = -1
  let completionTokens = 0
  const onTextChunk = (text) => {
    if (firstTokenMs < 0) firstTokenMs = performance.now() - started
    send({ type: "delta", id, text })
  }
  const onToken = (tokens) => {
    completionTokens += tokens.length
  }
  const settings = { maxTokens, temperature, signal: abort.signal, onTextChunk, onToken }
  let chat
  try {
    if (abort.signal.aborted) throw new Error("cancelled")
    let promptTokens
    if (options.chatFormat === "plain") {
      const prompt = messages.map((m) => m.content).join("\n\n")
      promptTokens = model.tokenize(prompt).length + 1
      if (promptTokens >= context.contextSize) return tooLong(id, promptTokens)
      await new LlamaCompletion({ contextSequence: sequence }).generateCompletion(prompt, settings)
    } else {
      chat = new LlamaChat({
        contextSequence: sequence,
        chatWrapper: options.chatFormat === "general" ? new GeneralChatWrapper() : "auto",
        autoDisposeSequence: false,
      })
      const chatHistory = historyOf(messages)
      promptTokens = chat.chatWrapper
        .generateContextState({ chatHistory })
        .contextText.tokenize(model.tokenizer).length
      if (promptTokens >= context.contextSize) return tooLong(id, promptTokens)
      await chat.generateResponse(chatHistory, settings)
    }
    const totalMs = performance.now() - started
    send({
      type: "done",
      id,
      promptTokens,
      completionTokens,
      firstTokenMs: firstTokenMs < 0 ? totalMs : firstTokenMs,
      totalMs,
    })
  } catch (error) {
    // A broken-off reply's tokens are still in the sequence: the next prompt starts clean.
    await sequence.clearHistory().catch(() => {})
    const cancelled = abort.signal.aborted
    send({
      type: "error",
      id,
      code: cancelled ? "cancelled" : "internal",
      message: cancelled ? "cancelled" : error instanceof Error ? error.message : String(error),
      promptTokens: 0,
      contextSize: context.contextSize,
    })
  } finally {
    chat?.dispose({ disposeSequence: false })
    running.delete(id)
    release(sequence)
  }
}

const count = ({ id, texts }) =>
  send({ type: "counts", id, counts: texts.map((text) => model.tokenize(text).length) })

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  for (const abort of running.values()) abort.abort()
  // Disposing releases the native memory before the process exits; exiting while native
  // threads still run aborts the process instead.
  await llama?.dispose().catch(() => {})
  process.disconnect?.()
  process.exit(0)
}

process.on("disconnect", () => void stop())
// Listening from the start: a stop may come while the model is still loading.
process.on("message", (message) => {
  switch (message?.type) {
    case "generate":
      return void generate(message)
    case "cancel":
      return running.get(message.id)?.abort()
    case "count":
      return count(message)
    case "stop":
      return void stop()
  }
})

try {
  await load()
  send({ type: "ready", contextSize: context.contextSize })
} catch (error) {
  send({ type: "failed", message: error instanceof Error ? error.message : String(error) })
  await llama?.dispose().catch(() => {})
  process.exit(1)
}
