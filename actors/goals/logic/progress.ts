/**
 * Progress from conversation events: what a user turn says about a goal, applied to it.
 * Reaching 1 (or the user saying it is done) completes an active goal; a proposed goal the
 * user talks about doing becomes active.
 */
import { canMove, type Goal, type GoalStatus } from "./Goal.js"

export type GoalEvent =
  | { readonly type: "accepted"; readonly at: number }
  | { readonly type: "progressed"; readonly amount: number; readonly at: number }
  | { readonly type: "completed"; readonly at: number }
  | { readonly type: "abandoned"; readonly at: number }
  | { readonly type: "mentioned"; readonly salience: number; readonly at: number }

export type Applied =
  | { readonly _tag: "changed"; readonly goal: Goal; readonly from: GoalStatus }
  | { readonly _tag: "refused"; readonly reason: string }

const move = (goal: Goal, to: GoalStatus, at: number, extra: Partial<Goal> = {}): Applied =>
  canMove(goal.status, to) || goal.status === to
    ? { _tag: "changed", goal: { ...goal, ...extra, status: to, updatedAt: at }, from: goal.status }
    : { _tag: "refused", reason: `a ${goal.status} goal cannot become ${to}` }

export const applyEvent = (goal: Goal, event: GoalEvent): Applied => {
  switch (event.type) {
    case "accepted":
      return move(goal, "active", event.at)
    case "completed":
      return goal.status === "proposed"
        ? { _tag: "refused", reason: "a proposed goal must be accepted before it is done" }
        : move(goal, "done", event.at, { progress: 1 })
    case "abandoned":
      return move(goal, "dropped", event.at)
    case "progressed": {
      if (goal.status === "done" || goal.status === "dropped") {
        return { _tag: "refused", reason: `a ${goal.status} goal makes no more progress` }
      }
      const progress = Math.max(0, Math.min(1, goal.progress + event.amount))
      const status: GoalStatus = progress >= 1 ? "done" : "active"
      return move(goal, status, event.at, { progress })
    }
    case "mentioned":
      return {
        _tag: "changed",
        from: goal.status,
        goal: {
          ...goal,
          // Salience follows the latest feeling, but remembers the earlier ones a little.
          emotionalSalience: Math.max(
            0,
            Math.min(1, 0.6 * event.salience + 0.4 * goal.emotionalSalience),
          ),
          updatedAt: event.at,
        },
      }
  }
}
