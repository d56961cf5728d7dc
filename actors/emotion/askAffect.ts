/**
 * The companion's current affect as the conversation engine needs it for a prompt: asked
 * of the emotion actor, and none when it does not answer in time (the reply goes on
 * without it rather than waiting).
 */
import { Effect, Option, Schema } from "effect"
import { Asker } from "../../runtime/actor/Asker.js"
import type { Affect } from "../conversation/context/ContextParts.js"
import { AffectState, GetAffect } from "./messages.js"

export const askAffect = (emotion: string, timeoutMs = 1000) =>
  Effect.gen(function* () {
    const asker = yield* Asker
    const answer = yield* asker.ask(emotion, GetAffect.make({ now: 0 }), timeoutMs)
    if (answer.type !== AffectState.type) return Option.none<Affect>()
    const affect = yield* Schema.decodeUnknown(AffectState.schema)(answer.payload)
    return Option.some<Affect>({
      label: affect.label,
      valence: affect.valence,
      // Appraisal's arousal runs -1..1; the prompt speaks of 0 (calm) .. 1 (excited).
      arousal: (affect.arousal + 1) / 2,
    })
  }).pipe(Effect.orElseSucceed(() => Option.none<Affect>()))
