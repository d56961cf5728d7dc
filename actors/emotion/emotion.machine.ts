/**
 * Emotion appraisal: every completed turn (and every long silence) is appraised in
 * Scherer's four stages (`appraisal/`), blended into the companion's affect, published on
 * `emotion.state_changed` and recorded in its history. Between events the affect decays
 * toward the baseline mood by the scheduler's clock (`schedule.tick`). The state shows
 * on introspection as `calm` or `feeling`, with the affect in the context.
 */
import { Effect } from "effect"
import { emit, enqueueActions, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import { fromEffectLogged } from "../../runtime/actor/fromEffect.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import { TurnCompleted } from "../conversation/messages.js"
import { Tick } from "../schedule/messages.js"
import { type Affect, baseline } from "./appraisal/Affect.js"
import type { AppraisalInput } from "./appraisal/AppraisalInput.js"
import { appraise } from "./appraisal/appraise.js"
import { blend, decay, fadedBelow } from "./appraisal/dynamics.js"
import { fromSilence, fromUserTurn } from "./appraisal/inputs.js"
import { AffectHistory } from "./AffectHistory.js"
import { AffectState, GetAffect, StateChanged, stateChangedTopic } from "./messages.js"

const accepts = [TurnCompleted, Tick, GetAffect] as const

export interface EmotionOptions {
  /** Affect returns halfway to the baseline in this time. */
  readonly halfLifeMs: number
  /** Silence is appraised once per this much time without a user turn. */
  readonly silenceStepMs: number
}

export const defaultEmotionOptions: EmotionOptions = {
  halfLifeMs: 6 * 60 * 60 * 1000,
  silenceStepMs: 24 * 60 * 60 * 1000,
}

interface Context {
  affect: Affect
  cause: string
  /** The clock as of the latest tick or event. */
  now: number
  lastUserAt: number
  /** Silence steps already appraised since the last user turn. */
  silenceSteps: number
}

const published = (affect: Affect, cause: string) => StateChanged.make({ ...affect, cause })

export const emotionMachine = (options: EmotionOptions = defaultEmotionOptions) =>
  Effect.gen(function* () {
    const history = yield* AffectHistory
    const runtime = yield* Effect.runtime<never>()
    /** The affect after appraising `input` at `at`: decayed first, then blended. */
    const feel = (context: Context, input: AppraisalInput, at: number) =>
      blend(decay(context.affect, baseline(at), at, options.halfLifeMs), appraise(input, at).affect)

    return setup({
      types: {
        context: {} as Context,
        events: {} as MessageEvents<typeof accepts>,
        emitted: {} as Outgoing.Outgoing,
      },
      actors: {
        record: fromEffectLogged(runtime, (input: { affect: Affect; cause: string }) =>
          history.record(input.affect, input.cause),
        ),
      },
      guards: {
        felt: ({ context }) => context.affect.intensity >= fadedBelow,
      },
    }).createMachine({
      id: "emotion",
      context: {
        affect: baseline(0),
        cause: "",
        now: 0,
        lastUserAt: 0,
        silenceSteps: 0,
      },
      initial: "calm",
      on: {
        "conversation.turn_completed": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            // Strictly after the last event: each appraisal is its own moment in the history.
            const at = Math.max(context.now + 1, event.payload.completedAt)
            const affect = feel(
              context,
              fromUserTurn({
                sentiment: event.payload.sentiment,
                sentimentScore: event.payload.sentimentScore,
                emotion: event.payload.emotion,
                emotionScore: event.payload.emotionScore,
              }),
              at,
            )
            enqueue.assign({
              affect,
              cause: "user_turn",
              now: at,
              lastUserAt: at,
              silenceSteps: 0,
            })
            enqueue.emit(Outgoing.publish(stateChangedTopic, published(affect, "user_turn")))
            enqueue.spawnChild("record", { input: { affect, cause: "user_turn" } })
          }),
        },
        "schedule.tick": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            const now = Math.max(context.now, event.payload.now)
            const steps =
              context.lastUserAt === 0
                ? 0
                : Math.floor((now - context.lastUserAt) / options.silenceStepMs)
            if (steps > context.silenceSteps) {
              const hours = (now - context.lastUserAt) / (60 * 60 * 1000)
              const affect = feel(context, fromSilence(hours), now)
              enqueue.assign({ affect, cause: "long_silence", now, silenceSteps: steps })
              enqueue.emit(Outgoing.publish(stateChangedTopic, published(affect, "long_silence")))
              enqueue.spawnChild("record", { input: { affect, cause: "long_silence" } })
              return
            }
            const decayed = decay(context.affect, baseline(now), now, options.halfLifeMs)
            const faded = context.affect.label !== "neutral" && decayed.label === "neutral"
            enqueue.assign({ affect: decayed, now })
            // Fading back to calm is a change others may want to see; plain decay is not.
            if (faded) enqueue.emit(Outgoing.publish(stateChangedTopic, published(decayed, "")))
          }),
        },
        "emotion.get_state": {
          actions: emit(({ context, event }) => {
            const now = Math.max(context.now, event.payload.now)
            const affect = decay(context.affect, baseline(now), now, options.halfLifeMs)
            return Outgoing.reply(AffectState.make({ ...affect, cause: context.cause }))
          }),
        },
      },
      states: {
        calm: {},
        feeling: {},
        // Picks calm or feeling after every change, so the state names what introspection shows.
        settling: {
          always: [{ guard: "felt", target: "feeling" }, { target: "calm" }],
        },
      },
    })
  })

export const emotionActor = (options: EmotionOptions = defaultEmotionOptions, name = "emotion") =>
  defineActor<AffectHistory>({
    name,
    accepts,
    emits: [StateChanged, AffectState],
    subscribes: ["conversation.turn_completed", "schedule.tick"],
    machine: emotionMachine(options),
  })
