/**
 * The embedded provider on the real stories260K model, run by node-llama-cpp in its own
 * process: streaming, usage, token counts, cancellation and the failures a user can meet.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Deferred, Effect, Exit, Stream } from "effect"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import * as Embedded from "../../../platform/llm/EmbeddedLanguageModel.js"
import {
  LanguageModel,
  type ChatMessage,
  type Finished,
  type GenerationEvent,
} from "../../../platform/llm/LanguageModel.js"
import { tempDir } from "../../support/nodes.js"
import { documentedStory, stories } from "./storiesModel.js"

const once: ReadonlyArray<ChatMessage> = [{ role: "user", content: "Once upon a time" }]

const collect = (events: ReadonlyArray<GenerationEvent>) => ({
  text: events.flatMap((e) => (e._tag === "Delta" ? [e.text] : [])).join(""),
  deltas: events.filter((e) => e._tag === "Delta").length,
  finished: events.filter((e): e is Finished => e._tag === "Finished"),
})

const run = (llm: LanguageModel["Type"], maxTokens: number, messages = once) =>
  Stream.runCollect(llm.generate({ messages, maxTokens, temperature: 0 })).pipe(
    Effect.map((chunk) => collect(Chunk.toReadonlyArray(chunk))),
  )

describe("embedded language model", () => {
  it.scopedLive("greedy plain completion of “Once upon a time” is the documented story", () =>
    Effect.gen(function* () {
      const llm = yield* LanguageModel
      const { text, deltas, finished } = yield* run(llm, 60)
      expect(text.startsWith(documentedStory)).toBe(true)
      expect(deltas).toBeGreaterThan(10)
      expect(finished).toHaveLength(1)
      expect(finished[0]?.completionTokens).toBe(60)
      expect(finished[0]?.promptTokens).toBe(5) // BOS + 4 tokens
      expect(finished[0]?.totalMs).toBeGreaterThanOrEqual(finished[0]?.firstTokenMs ?? -1)
    }).pipe(Effect.provide(Embedded.layer(stories({ chatFormat: "plain" })))),
  )

  it.scopedLive(
    "the callback form gives the same reply; interrupting it cancels the generation",
    () =>
      Effect.gen(function* () {
        const llm = yield* LanguageModel
        const deltas: Array<string> = []
        const finished = yield* llm.generateWith(
          { messages: once, maxTokens: 60, temperature: 0 },
          (text) => void deltas.push(text),
        )
        expect(deltas.join("")).toBe((yield* run(llm, 60)).text)
        expect(finished.completionTokens).toBe(60)

        // A long generation interrupted after its third delta: the model is free for the next.
        const third = yield* Deferred.make<void>()
        let heard = 0
        const long = llm.generateWith({ messages: once, maxTokens: 400, temperature: 0 }, () => {
          if (++heard === 3) Deferred.unsafeDone(third, Exit.void)
        })
        yield* Effect.raceFirst(long, Deferred.await(third))
        const after = heard
        const { text } = yield* run(llm, 60)
        expect(text.startsWith(documentedStory)).toBe(true)
        expect(after).toBeGreaterThanOrEqual(3)
        expect(heard).toBe(after)
      }).pipe(Effect.provide(Embedded.layer(stories({ chatFormat: "plain" })))),
  )

  it.scopedLive("a chat reply streams in order and is the same on every greedy run", () =>
    Effect.gen(function* () {
      const llm = yield* LanguageModel
      const messages: ReadonlyArray<ChatMessage> = [
        { role: "system", content: "A story." },
        ...once,
      ]
      const first = yield* run(llm, 40, messages)
      const second = yield* run(llm, 40, messages)
      expect(first.text.length).toBeGreaterThan(20)
      expect(second.text).toBe(first.text)
      expect(first.finished[0]?.promptTokens).toBeGreaterThan(5)
      expect(yield* llm.countTokens(["Once upon a time", ""])).toEqual([4, 0])
      expect(yield* llm.contextSize).toBe(512)
    }).pipe(Effect.provide(Embedded.layer(stories()))),
  )

  it.scopedLive("stopping the stream cancels the generation; the next one is served", () =>
    Effect.gen(function* () {
      const llm = yield* LanguageModel
      const firstThree = yield* Stream.runCollect(
        llm.generate({ messages: once, maxTokens: 400, temperature: 0 }).pipe(Stream.take(3)),
      )
      expect(Chunk.size(firstThree)).toBe(3)
      const { text } = yield* run(llm, 60)
      expect(text.startsWith(documentedStory)).toBe(true)
    }).pipe(Effect.provide(Embedded.layer(stories({ chatFormat: "plain" })))),
  )

  it.scopedLive("a prompt larger than the context fails as ContextTooLong", () =>
    Effect.gen(function* () {
      const llm = yield* LanguageModel
      const error = yield* Effect.flip(
        run(llm, 10, [{ role: "user", content: "Once upon a time ".repeat(200) }]),
      )
      expect(error._tag).toBe("ContextTooLong")
      expect(error.message).toContain("context of 512")
    }).pipe(Effect.provide(Embedded.layer(stories()))),
  )

  it.scopedLive("a missing model file fails with ModelMissing naming the file and the pull", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir()
      const missing = join(dir, "absent.gguf")
      const llm = yield* LanguageModel.pipe(
        Effect.provide(Embedded.layer(stories({ model: "absent.gguf", modelPath: missing }))),
      )
      const error = yield* Effect.flip(run(llm, 10))
      expect(error._tag).toBe("ModelMissing")
      expect(error.message).toContain(missing)
      expect(error.message).toContain("aico models pull")
      expect((yield* Effect.flip(llm.countTokens(["x"])))._tag).toBe("ModelMissing")
    }),
  )

  it.scopedLive("a file that is not a GGUF model fails as unavailable, with the reason", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir()
      const bogus = join(dir, "bogus.gguf")
      writeFileSync(bogus, "this is not a model")
      const llm = yield* LanguageModel.pipe(
        Effect.provide(Embedded.layer(stories({ model: "bogus.gguf", modelPath: bogus }))),
      )
      const error = yield* Effect.flip(run(llm, 10))
      expect(error._tag).toBe("ModelUnavailable")
      expect(error.message).toContain("could not be loaded")
    }),
  )
})
