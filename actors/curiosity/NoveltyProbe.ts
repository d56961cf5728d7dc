/**
 * How new a turn is against what semantic memory already holds (the curiosity engine's
 * novelty signal), as a service so the actor does not depend on how memory is stored.
 */
import { Context, Data, type Effect } from "effect"

export class NoveltyProbeError extends Data.TaggedError("NoveltyProbeError")<{
  readonly reason: string
}> {
  override get message() {
    return `novelty: ${this.reason}`
  }
}

export interface Service {
  /**
   * 0 (said before) .. 1 (nothing like it), against memories of other conversations: the
   * turn's own conversation is already in memory by the time it is judged.
   */
  readonly novelty: (
    text: string,
    conversationId: string,
  ) => Effect.Effect<number, NoveltyProbeError>
}

export class NoveltyProbe extends Context.Tag("aico/NoveltyProbe")<NoveltyProbe, Service>() {}
