/**
 * Model management, as `aico models` offers it: what is configured and present, pulling
 * (a GGUF download for the embedded provider, `ollama pull` for Ollama) and removing.
 */
export interface ModelEntry {
  readonly name: string
  readonly provider: "embedded" | "ollama"
  /** Named by the configuration (`llm.embedded.model`, `llm.ollama.model`). */
  readonly configured: boolean
  /** The provider that serves now (for auto: Ollama if it answers). */
  readonly active: boolean
  /** unknown: Ollama did not answer, so whether it has the model cannot be said. */
  readonly status: "present" | "missing" | "unknown"
  readonly sizeBytes: number | null
  /** A file path, or the Ollama host. */
  readonly location: string
}

export interface Progress {
  readonly name: string
  /** "downloading", or Ollama's own status line ("pulling manifest", "verifying…"). */
  readonly status: string
  readonly completedBytes: number
  /** null when the server does not say. */
  readonly totalBytes: number | null
}

export type OnProgress = (progress: Progress) => void

export interface Pulled {
  readonly name: string
  readonly provider: "embedded" | "ollama"
  readonly location: string
  readonly sizeBytes: number | null
}
