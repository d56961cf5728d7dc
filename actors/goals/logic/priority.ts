/**
 * A goal's priority: importance × urgency × emotional salience, recomputed whenever one of
 * them changes (a date comes closer, the user talks about it again). Each factor has a
 * floor so that no single zero hides a goal entirely.
 */
import type { Goal } from "./Goal.js"

const day = 24 * 60 * 60 * 1000

/** Goals without a date are moderately urgent; dated ones grow urgent over the last two weeks. */
export const urgencyOf = (dueAt: number | undefined, now: number, horizonMs = 14 * day) => {
  if (dueAt === undefined) return 0.3
  const left = dueAt - now
  if (left <= 0) return 1
  return Math.max(0.1, Math.min(1, 1 - left / horizonMs))
}

/** User-stated goals count fully; inferred and self-generated ones a little less. */
const originWeight = { user_stated: 1, inferred: 0.8, self_generated: 0.6 } as const

export const priorityOf = (goal: Goal, now: number): number => {
  if (goal.status === "done" || goal.status === "dropped") return 0
  const importance = Math.max(0.05, goal.importance) * originWeight[goal.origin]
  const salience = 0.2 + 0.8 * Math.max(0, Math.min(1, goal.emotionalSalience))
  return importance * urgencyOf(goal.dueAt, now) * salience
}

/** Open goals, highest priority first (ties: the older goal first, so order is stable). */
export const byPriority = (goals: ReadonlyArray<Goal>, now: number): ReadonlyArray<Goal> =>
  goals
    .filter((goal) => goal.status === "proposed" || goal.status === "active")
    .map((goal) => ({ goal, priority: priorityOf(goal, now) }))
    .sort((a, b) => b.priority - a.priority || a.goal.createdAt - b.goal.createdAt)
    .map(({ goal }) => goal)
