/**
 * Assembling the context from its parts and their token counts: what the model is sent,
 * and the budget it has to fit.
 */
import { describe, expect, it } from "@effect/vitest"
import {
  assemble,
  estimateTokens,
  messageOverhead,
  pieces,
  promptBudget,
} from "../../../../actors/conversation/context/assemble.js"
import type {
  ContextParts,
  RecalledMemory,
  Turn,
} from "../../../../actors/conversation/context/ContextParts.js"
import { turnsOf } from "../../../../actors/conversation/context/history.js"
import { systemText } from "../../../../actors/conversation/context/prompt.js"

const persona = { name: "AICO", description: "You are AICO." }
const memory = (id: string, content: string): RecalledMemory => ({
  id,
  content,
  score: 1,
  conversationId: null,
})
const turn = (user: string, assistant: string): Turn => ({
  messages: [
    { role: "user", content: user },
    { role: "assistant", content: assistant },
  ],
})

const parts: ContextParts = {
  persona,
  affect: { label: "curious", valence: 0.6, arousal: 0.5 },
  memories: [
    memory("m1", "User: my cat is Tom\nAICO: lovely"),
    memory("m2", "User: I live in Oslo"),
  ],
  turns: [turn("hi", "hello"), turn("how are you", "fine")],
  message: "What is my cat called?",
}

/** Every piece counted as one token per character: easy to reason about in a table. */
const counts = (p: ContextParts) => pieces(p).map((text) => text.length)

describe("assemble", () => {
  it("with room for everything, sends persona, affect, memories, the whole history and the message", () => {
    const assembled = assemble(parts, counts(parts), 10_000)
    expect(assembled.messages.map((m) => m.role)).toEqual([
      "system",
      "user",
      "assistant",
      "user",
      "assistant",
      "user",
    ])
    const system = assembled.messages[0]!.content
    expect(system).toBe(systemText(persona, parts.affect, parts.memories))
    expect(system).toContain("You are AICO.")
    expect(system).toContain("curious")
    // A memory is one line: a turn document's lines are joined.
    expect(system).toContain("- User: my cat is Tom / AICO: lovely")
    expect(assembled.messages.at(-1)).toEqual({ role: "user", content: "What is my cat called?" })
    expect(assembled).toMatchObject({ turns: 2, droppedTurns: 0, droppedMemories: 0 })
  })

  it("at the window's limit, drops in reverse priority — least relevant memory, then the oldest turn — never half a turn", () => {
    const full = assemble(parts, counts(parts), 10_000)
    const lastMemory = pieces(parts)[3]!.length + 1
    const tight = assemble(parts, counts(parts), full.tokens - 1)
    expect(tight).toMatchObject({ droppedMemories: 1, droppedTurns: 0 })
    expect(tight.memories.map((m) => m.id)).toEqual(["m1"])

    const tighter = assemble(parts, counts(parts), full.tokens - lastMemory - 1)
    expect(tighter).toMatchObject({ droppedMemories: 1, droppedTurns: 1 })
    const sent = tighter.messages.map((m) => m.content)
    expect(sent).not.toContain("hi")
    expect(sent).not.toContain("hello")
    expect(sent).toEqual(expect.arrayContaining(["how are you", "fine"]))
    expect(tighter.tokens).toBeLessThanOrEqual(full.tokens - lastMemory - 1)
  })

  it("with no room at all, still sends the persona and the new message", () => {
    const none = assemble(parts, counts(parts), 0)
    expect(none.messages).toEqual([
      { role: "system", content: systemText(persona, parts.affect, []) },
      { role: "user", content: "What is my cat called?" },
    ])
    expect(none).toMatchObject({ turns: 0, droppedTurns: 2, droppedMemories: 2 })
  })

  it("counts each message's template overhead", () => {
    const bare: ContextParts = { persona, affect: undefined, memories: [], turns: [], message: "x" }
    const assembled = assemble(bare, counts(bare), 1000)
    expect(assembled.tokens).toBe(persona.description.length + 1 + 2 * messageOverhead)
  })
})

describe("promptBudget", () => {
  it.each([
    { contextTokens: 0, modelContextSize: 4096, maxReplyTokens: 512, budget: 4096 - 512 - 410 },
    { contextTokens: 2048, modelContextSize: 4096, maxReplyTokens: 512, budget: 2048 - 512 - 205 },
    { contextTokens: 8192, modelContextSize: 4096, maxReplyTokens: 512, budget: 4096 - 512 - 410 },
    { contextTokens: 1000, modelContextSize: 0, maxReplyTokens: 100, budget: 1000 - 100 - 100 },
    { contextTokens: 0, modelContextSize: 512, maxReplyTokens: 600, budget: 0 },
  ])(
    "context $contextTokens, model window $modelContextSize, reply $maxReplyTokens: $budget",
    ({ budget, ...options }) => {
      expect(promptBudget(options)).toBe(budget)
    },
  )

  it("estimates a token for every three characters, rounding up", () => {
    expect([estimateTokens(""), estimateTokens("abc"), estimateTokens("abcd")]).toEqual([0, 1, 2])
  })
})

describe("turnsOf", () => {
  const entry = (
    role: "user" | "assistant" | "system",
    content: string,
    metadata: Record<string, string> = {},
  ) => ({ role, content, metadata })

  it.each([
    {
      name: "pairs each user message with the replies after it",
      entries: [entry("user", "a"), entry("assistant", "b"), entry("user", "c")],
      exclude: [],
      turns: [["a", "b"], ["c"]],
    },
    {
      name: "leaves out a replaced reply and keeps its replacement",
      entries: [
        entry("user", "a", { messageId: "u1" }),
        entry("assistant", "old", { messageId: "r1" }),
        entry("assistant", "new", { messageId: "r2", replaces: "r1" }),
      ],
      exclude: [],
      turns: [["a", "new"]],
    },
    {
      name: "leaves out the messages the request answers itself",
      entries: [
        entry("user", "a", { messageId: "u1" }),
        entry("assistant", "b", { messageId: "r1" }),
        entry("user", "c", { messageId: "u2" }),
        entry("assistant", "d", { messageId: "r2" }),
      ],
      exclude: ["u2", "r2"],
      turns: [["a", "b"]],
    },
    {
      name: "skips system entries; a reply with nothing before it is a turn of its own",
      entries: [entry("system", "notice"), entry("assistant", "hello first"), entry("user", "hi")],
      exclude: [],
      turns: [["hello first"], ["hi"]],
    },
  ])("$name", ({ entries, exclude, turns }) => {
    expect(turnsOf(entries, exclude).map((t) => t.messages.map((m) => m.content))).toEqual(turns)
  })
})
