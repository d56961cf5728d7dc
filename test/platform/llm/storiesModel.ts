/** The embedded provider on the shared stories260K GGUF (a 260K-parameter story model). */
import { join } from "node:path"
import type { EmbeddedOptions } from "../../../platform/llm/EmbeddedLanguageModel.js"
import { sharedModels } from "../../support/models.js"

export const storiesPath = join(sharedModels, "stories260K-gguf", "stories260K.gguf")

/** The text its greedy completion of "Once upon a time" begins with (its SOURCE.txt). */
export const documentedStory =
  ", there was a little girl named Lily. She loved to play outside in the park. One day, she saw a big, red ball."

export const stories = (overrides: Partial<EmbeddedOptions> = {}): EmbeddedOptions => ({
  model: "stories260K.gguf",
  modelPath: storiesPath,
  contextSize: 512,
  threads: 1,
  gpu: false,
  chatFormat: "general",
  sequences: 1,
  ...overrides,
})
