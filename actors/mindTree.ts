/**
 * The companion's mind as a supervision subtree: emotion appraisal, the goal system, the
 * curiosity engine, the memory consolidator and the initiative manager, each with exactly
 * the topics it needs, beside the scheduler's clock that drives them all. A test leaves the
 * scheduler out (`clock: false`) and publishes `schedule.tick` itself.
 */
import type { Config } from "../schemas/Config.js"
import { actor, supervisor } from "../runtime/system/TreeSpec.js"
import { consolidatorActor } from "./consolidator/consolidator.machine.js"
import { curiosityActor } from "./curiosity/curiosity.machine.js"
import { curiosityMessages } from "./curiosity/messages.js"
import { emotionActor } from "./emotion/emotion.machine.js"
import { emotionMessages } from "./emotion/messages.js"
import { goalsActor } from "./goals/goals.machine.js"
import { goalMessages } from "./goals/messages.js"
import { initiativeActor } from "./initiative/initiative.machine.js"
import { initiativeMessages } from "./initiative/messages.js"
import type { Consolidation } from "./consolidator/Consolidation.js"
import type { NoveltyProbe } from "./curiosity/NoveltyProbe.js"
import type { AffectHistory } from "./emotion/AffectHistory.js"
import type { GoalStore } from "./goals/GoalStore.js"
import type { InitiativeStore } from "./initiative/InitiativeStore.js"
import { scheduleMessages } from "./schedule/messages.js"
import { schedulerActor } from "./schedule/scheduler.machine.js"

export const mindMessages = [
  ...emotionMessages,
  ...goalMessages,
  ...curiosityMessages,
  ...initiativeMessages,
  ...scheduleMessages,
]

export interface MindOptions {
  readonly node: string
  /** Whether the machine is too busy for consolidation now. */
  readonly isBusy: () => boolean
  /** Include the wall-clock scheduler (default true). */
  readonly clock?: boolean
  /** Seed of the initiative manager's sampling (default: the time of start). */
  readonly seed?: number
}

/** The services the mind's actors use (the platform provides them). */
export type MindServices =
  AffectHistory | GoalStore | NoveltyProbe | Consolidation | InitiativeStore

const minute = 60 * 1000

/** The configured time zone, or this machine's. */
export const timeZoneOf = (config: Config) =>
  config.mind.timeZone !== ""
    ? config.mind.timeZone
    : Intl.DateTimeFormat().resolvedOptions().timeZone

export const mindTree = (config: Config, options: MindOptions) => {
  const mind = config.mind
  const timeZone = timeZoneOf(config)
  const turns = "conversation.turn_completed"
  const tick = "schedule.tick"
  return supervisor<MindServices>("mind", { strategy: "one-for-one" }, [
    ...(options.clock === false
      ? []
      : [actor(schedulerActor(mind.tickMs), { grants: { publish: [tick] } })]),
    actor(
      emotionActor({
        halfLifeMs: mind.emotionHalfLifeMinutes * minute,
        silenceStepMs: 24 * 60 * minute,
      }),
      { grants: { publish: ["emotion.state_changed"], subscribe: [turns, tick] } },
    ),
    actor(goalsActor(), { grants: { publish: ["goal.changed"], subscribe: [turns, tick] } }),
    actor(
      curiosityActor({
        interestHalfLifeMs: mind.curiosity.interestHalfLifeHours * 60 * minute,
        askThreshold: mind.curiosity.askThreshold,
        goalThreshold: mind.curiosity.goalThreshold,
        goals: `goals@${options.node}`,
      }),
      { grants: { publish: ["curiosity.question"], subscribe: [turns, tick] } },
    ),
    actor(
      consolidatorActor({
        idleMs: mind.consolidation.idleMinutes * minute,
        nightlyAt: mind.consolidation.nightlyAt,
        timeZone,
        isBusy: options.isBusy,
      }),
      { grants: { subscribe: [turns, tick] } },
    ),
    actor(
      initiativeActor({
        preferences: {
          timeZone,
          quietHours: { start: mind.initiative.quietStart, end: mind.initiative.quietEnd },
          maxPerDay: mind.initiative.maxPerDay,
          minGapMs: mind.initiative.minGapMinutes * minute,
          requirePresence: mind.initiative.requirePresence,
        },
        seed: options.seed ?? Date.now() % 2_147_483_647,
      }),
      {
        grants: {
          publish: ["companion.notice", "initiative.outcome"],
          subscribe: [turns, "goal.changed", "curiosity.question", "gateway.presence", tick],
        },
      },
    ),
  ])
}
