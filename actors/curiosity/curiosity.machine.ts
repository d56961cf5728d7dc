/**
 * The curiosity engine: every completed turn is judged for novelty against memory
 * (`NoveltyProbe`), its topics feed an interest model that decays by the scheduler's
 * clock, and a topic interesting enough and little known becomes a question — published on
 * `curiosity.question` for the initiative manager, and proposed to the goal system as
 * something to learn about when the interest is strong. Shows as `idle` or `curious`.
 */
import { Effect } from "effect"
import { assertEvent, enqueueActions, setup } from "xstate"
import { defineActor, type MessageEvents } from "../../runtime/actor/ActorDefinition.js"
import { fromEffectIn } from "../../runtime/actor/fromEffect.js"
import * as Outgoing from "../../runtime/actor/Outgoing.js"
import { TurnCompleted } from "../conversation/messages.js"
import { derivedUuid } from "../goals/goalIds.js"
import { ProposeGoal } from "../goals/messages.js"
import { Tick } from "../schedule/messages.js"
import { curiousAbout, mention, type TopicInterest } from "./logic/interest.js"
import { questionAbout, topicsOf } from "./logic/topics.js"
import { Question, questionTopic } from "./messages.js"
import { NoveltyProbe } from "./NoveltyProbe.js"

const accepts = [TurnCompleted, Tick] as const

export interface CuriosityOptions {
  readonly interestHalfLifeMs: number
  /** Interest from which a topic becomes a question. */
  readonly askThreshold: number
  /** Interest from which it is also proposed as a goal ("learn more about …"). */
  readonly goalThreshold: number
  /** Where goal proposals go (`goals@<node>`). */
  readonly goals: string
}

interface Judged {
  readonly novelty: number
  readonly turn: typeof TurnCompleted.schema.Type
}

interface Context {
  interests: Record<string, TopicInterest>
  asked: Array<string>
  now: number
  lastNovelty: number
}

const isJudged = (output: unknown): output is Judged =>
  typeof output === "object" && output !== null && "novelty" in output && "turn" in output

export const curiosityMachine = (options: CuriosityOptions) =>
  Effect.gen(function* () {
    const probe = yield* NoveltyProbe
    const runtime = yield* Effect.runtime<never>()
    return setup({
      types: {
        context: {} as Context,
        events: {} as
          MessageEvents<typeof accepts> | { type: `xstate.done.actor.${string}`; output: unknown },
        emitted: {} as Outgoing.Outgoing,
      },
      actors: {
        judge: fromEffectIn(runtime, (turn: typeof TurnCompleted.schema.Type) =>
          probe.novelty(turn.userText, turn.conversationId).pipe(
            // Without memory to compare with, a turn counts as moderately new.
            Effect.catchAll((error) => Effect.as(Effect.logWarning(error.message), 0.5)),
            Effect.map((novelty): Judged => ({ novelty, turn })),
          ),
        ),
      },
      guards: {
        curious: ({ context }) =>
          curiousAbout(
            new Map(Object.entries(context.interests)),
            context.now,
            options.interestHalfLifeMs,
            {
              threshold: options.askThreshold,
            },
          ).length > 0,
      },
    }).createMachine({
      id: "curiosity",
      context: { interests: {}, asked: [], now: 0, lastNovelty: 0 },
      initial: "idle",
      on: {
        "conversation.turn_completed": {
          actions: enqueueActions(({ event, enqueue }) => {
            assertEvent(event, "conversation.turn_completed")
            enqueue.spawnChild("judge", { input: event.payload })
          }),
        },
        "xstate.done.actor.*": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            if (!("output" in event) || !isJudged(event.output)) return
            const { novelty, turn } = event.output
            const at = Math.max(context.now, turn.completedAt)
            const salience = turn.sentiment === "neutral" ? 0.2 : turn.sentimentScore
            let model: ReadonlyMap<string, TopicInterest> = new Map(
              Object.entries(context.interests),
            )
            for (const topic of topicsOf(turn.userText)) {
              model = mention(model, topic, { novelty, salience, at }, options.interestHalfLifeMs)
            }
            const asked = [...context.asked]
            for (const entry of curiousAbout(model, at, options.interestHalfLifeMs, {
              threshold: options.askThreshold,
            })) {
              if (asked.includes(entry.topic)) continue
              asked.push(entry.topic)
              enqueue.emit(
                Outgoing.publish(
                  questionTopic,
                  Question.make({
                    questionId: derivedUuid("question", turn.userId, entry.topic),
                    userId: turn.userId,
                    topic: entry.topic,
                    text: questionAbout(entry.topic),
                    novelty,
                    interest: Math.min(1, entry.interest),
                    at,
                  }),
                ),
              )
              if (entry.interest >= options.goalThreshold) {
                enqueue.emit(
                  Outgoing.tell(
                    options.goals,
                    ProposeGoal.make({
                      userId: turn.userId,
                      title: `learn more about ${entry.topic}`,
                      origin: "self_generated",
                      importance: 0.3,
                      dueAt: 0,
                      at,
                    }),
                  ),
                )
              }
            }
            enqueue.assign({
              interests: Object.fromEntries(model),
              asked: asked.slice(-200),
              now: at,
              lastNovelty: novelty,
            })
          }),
        },
        "schedule.tick": {
          target: ".settling",
          actions: enqueueActions(({ context, event, enqueue }) => {
            const now = Math.max(context.now, event.payload.now)
            // Topics that have faded to nothing are forgotten.
            const interests = Object.fromEntries(
              Object.entries(context.interests).filter(
                ([, entry]) =>
                  entry.interest * Math.pow(0.5, (now - entry.at) / options.interestHalfLifeMs) >=
                  0.01,
              ),
            )
            enqueue.assign({ interests, now })
          }),
        },
      },
      states: {
        idle: {},
        curious: {},
        settling: { always: [{ guard: "curious", target: "curious" }, { target: "idle" }] },
      },
    })
  })

export const curiosityActor = (options: CuriosityOptions, name = "curiosity") =>
  defineActor<NoveltyProbe>({
    name,
    accepts,
    emits: [Question, ProposeGoal],
    subscribes: ["conversation.turn_completed", "schedule.tick"],
    machine: curiosityMachine(options),
  })
